"""How hard a plan's words are to read: the Flesch-Kincaid grade, as textstat computes it."""

from __future__ import annotations

import re
from functools import lru_cache

import textstat

from familyplan.smart.language import words


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    return max(1, int(textstat.syllable_count(word)))


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
