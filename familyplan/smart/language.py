"""Word lists matched in all their forms, and acronyms: the vocabulary side of the checker.

The guidance warns against words in all their forms ("monitor" also means
"monitoring" and "monitored"), so word lists hold base forms and are matched
through the inflections generated here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

_VOWELS = "aeiou"
_IRREGULAR = {
    "keep": ("kept",),
    "keep up": ("kept up",),
    "take": ("took", "taken"),
    "go": ("went", "gone", "goes"),
    "do": ("did", "done", "does"),
    "make": ("made",),
    "stop": ("stopped", "stopping"),
    "refer": ("referred", "referring", "referral", "referrals"),
    "better": ("better",),
}


def _inflections(word: str) -> set[str]:
    """Regular English inflections of one word: -s, -es, -ed, -ing, -ment, -ly and the like."""
    forms = {word}
    if " " in word:
        head, _, tail = word.partition(" ")
        return {f"{h} {tail}" for h in _inflections(head)}
    if word.endswith("e"):
        stem = word[:-1]
        forms |= {word + "s", word + "d", stem + "ing", word + "ment", word + "ments"}
        if word.endswith("ate"):
            forms |= {stem + "ion", stem + "ions"}
    elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        stem = word[:-1]
        forms |= {stem + "ies", stem + "ied", word + "ing"}
    else:
        suffix = "es" if word.endswith(("s", "x", "z", "ch", "sh")) else "s"
        forms |= {word + suffix, word + "ed", word + "ing", word + "ment", word + "ments"}
        # Short consonant-vowel-consonant words double the last letter: stop -> stopped.
        if (
            len(word) >= 3
            and word[-1] not in _VOWELS + "wxy"
            and word[-2] in _VOWELS
            and word[-3] not in _VOWELS
        ):
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    forms |= set(_IRREGULAR.get(word, ()))
    return forms


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?%?")


@lru_cache(maxsize=8192)
def _tokenise(text: str) -> tuple[tuple[str, int, int], ...]:
    lowered = text.lower().replace("’", "'")
    return tuple((m[0], m.start(), m.end()) for m in _TOKEN.finditer(lowered))


@lru_cache(maxsize=8192)
def _token_set(text: str) -> frozenset[str]:
    return frozenset(t[0] for t in _tokenise(text))


@dataclass(frozen=True)
class Lexicon:
    """A word list (matched in all forms) and a phrase list (matched as written), ready to search.

    Matching runs over the statement's tokens with a dictionary keyed by each
    phrase's first token, rather than one large regular expression: a whole
    plan's check then stays within a few milliseconds.
    """

    by_first_token: dict[str, tuple[tuple[str, ...], ...]]
    first_tokens: frozenset[str]

    def find(self, text: str) -> list[Span]:
        found: list[Span] = []
        if self.first_tokens.isdisjoint(_token_set(text)):
            return found
        toks = _tokenise(text)
        names = tuple(t[0] for t in toks)
        i = 0
        while i < len(toks):
            for phrase in self.by_first_token.get(names[i], ()):
                n = len(phrase)
                if names[i : i + n] == phrase:
                    start, end = toks[i][1], toks[i + n - 1][2]
                    found.append(Span(start, end, text[start:end]))
                    i += n - 1
                    break
            i += 1
        return found

    def covers(self, text: str, filler: frozenset[str] = frozenset()) -> bool:
        """True when ``text`` has words and every one is in the list or is a filler word."""
        names = [t[0] for t in _tokenise(text)]
        if not names:
            return False
        # The same left-to-right, longest-first matching as find(), stopping at the first word
        # that is neither listed nor a filler.
        i, n = 0, len(names)
        while i < n:
            for phrase in self.by_first_token.get(names[i], ()):
                if tuple(names[i : i + len(phrase)]) == phrase:
                    i += len(phrase)
                    break
            else:
                if names[i] not in filler:
                    return False
                i += 1
        return True


@dataclass(frozen=True)
class RuleLexicon:
    """The word lists of many rules, searched in one pass over a statement's tokens."""

    by_first_token: dict[str, tuple[tuple[tuple[str, ...], str], ...]]

    def find(self, text: str) -> dict[str, list[Span]]:
        """Every listed word or phrase in ``text``, by the rule that lists it."""
        found: dict[str, list[Span]] = {}
        toks = _tokenise(text)
        names = tuple(t[0] for t in toks)
        for i, token in enumerate(names):
            candidates = self.by_first_token.get(token)
            if candidates is None:
                continue
            for phrase, key in candidates:
                n = len(phrase)
                if n == 1 or names[i : i + n] == phrase:
                    start, end = toks[i][1], toks[i + n - 1][2]
                    found.setdefault(key, []).append(Span(start, end, text[start:end]))
        return found


def rule_lexicon(lists: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]) -> RuleLexicon:
    """One lexicon from each rule's (words, phrases)."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, (words, phrases) in lists.items():
        for first, entries in lexicon(words, phrases).by_first_token.items():
            table.setdefault(first, []).extend((phrase, key) for phrase in entries)
    return RuleLexicon({k: tuple(v) for k, v in table.items()})


@lru_cache(maxsize=1024)
def lexicon(words: tuple[str, ...], phrases: tuple[str, ...] = ()) -> Lexicon:
    forms: set[str] = set(phrases)
    for word in words:
        forms |= _inflections(word.lower())
    table: dict[str, list[tuple[str, ...]]] = {}
    for form in forms:
        phrase = tuple(t[0] for t in _tokenise(form))
        if phrase:
            table.setdefault(phrase[0], []).append(phrase)
    # Longest phrase first, so "must not" wins over "must".
    return Lexicon({k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}, frozenset(table))


WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def words(text: str) -> list[str]:
    return WORD.findall(text)


# --- Acronyms ----------------------------------------------------------------

_TWO_CAPITALS = re.compile(r"[A-Z][A-Z&]|\b[A-Z][a-z][A-Z]\b")
# "SENCo", "SENDCo": an acronym some write with its last letter small. Two joined by a slash
# ("CSE/CCE") are two acronyms; a letter and a slash ("N/A", "A/B") is neither.
# "GCP2", "KS2": a tool's or a stage's name, with its number.
# "SoS", "CiN": three letters with a small one between, as some services write their own.
ACRONYM = re.compile(r"(?<!\w)(?<!\b\w/)([A-Z][A-Z&]{1,6}(?:o|\d)?|[A-Z][a-z][A-Z])(s?)(?!\w)(?!/\w\b)")


def acronyms_in(text: str, known: Iterable[str]) -> Iterator[Span]:
    """Upper-case abbreviations not explained in the text itself."""
    if not _TWO_CAPITALS.search(text):
        return
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and len(letters) > 12:
        return  # a whole line in capitals is a heading or shouting, not a list of acronyms
    known_set = {k.upper() for k in known}
    for m in ACRONYM.finditer(text):
        token = m[1]
        if token.upper() in known_set or (token + m[2]).upper() in known_set:
            continue
        if _explained_in(text, token, m.start(), m.end()):
            continue
        yield Span(m.start(), m.end(), m[0])


def _explained_in(text: str, token: str, start: int, end: int) -> bool:
    # "Child and Adolescent Mental Health Services (CAMHS)" or "CAMHS (Child and ...)".
    after = text[end : end + 4].lstrip()
    if after.startswith("(") and not text[end:].lstrip().startswith(f"({token})"):
        inner = text[end:].lstrip()[1:].split(")", 1)[0]
        if len(inner.split()) >= 2:
            return True
    before = text[:start].rstrip()
    if before.endswith("(") and text[end : end + 1] == ")":
        preceding = words(before[:-1])[-(len(token) + 3) :]
        return any(
            w[0].upper() == token[0] and _is_subsequence(token.lower(), "".join(preceding[i:]).lower())
            for i, w in enumerate(preceding)
        )
    return False


def _is_subsequence(letters: str, text: str) -> bool:
    remaining = iter(text)
    return all(ch in remaining for ch in letters if ch.isalpha())


def expand_acronyms(text: str, acronyms: dict[str, str]) -> str:
    """The text with each acronym the catalogue knows written out for a family reading it.

    "CAMHS" becomes "Child and Adolescent Mental Health Services (CAMHS)", and "Jo (DSL)"
    becomes "Jo (Designated Safeguarding Lead)". One already explained in the text is left.
    """
    if not _TWO_CAPITALS.search(text):
        return text
    parts: list[str] = []
    last = 0
    for m in ACRONYM.finditer(text):
        token = m[1]
        meaning = acronyms.get(token) or acronyms.get(token + m[2])
        if not meaning or _explained_in(text, token, m.start(), m.end()):
            continue
        alone_in_brackets = text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
        parts += [text[last : m.start()], meaning if alone_in_brackets else f"{meaning} ({m[0]})"]
        last = m.end()
    return "".join(parts) + text[last:]


# The family's own words for grandparents, aunts and uncles in the languages they speak at home.
HOME_LANGUAGE_KIN = (
    # Not words that are also common surnames ("Bibi", "Dada", "Opa"): "Farzana Bibi (social worker)".
    r"nani|nanu|dadi|babcia|dziadek|abuela|abuelo|nonna|nonno|yiayia|khala|chacha|chachi|mamu|phuppo"
)
# Who someone is to the family: the network, even when they have a job as well ("uncle & coach").
KIN = re.compile(
    r"\b(?:mum|mam|mother|dad|father|step-?\w+|nan|nanna|nana|gran|granny|grandma|grandmother|grandad|"
    r"granddad|grandpa|grandfather|grandparents?|aunt|auntie|aunty|uncle|cousin|brother|sister|friend|"
    r"neighbou?r|godmother|godfather|partner|husband|wife|fianc[eé]e?|family\s+(?:friend|member)|sponsor|volunteer|"
    r"daughter|son|niece|"
    r"nephew|grandson|granddaughter|next\s+door|" + HOME_LANGUAGE_KIN + r")\b",
    re.IGNORECASE,
)


# A baby, as a statement says so: "baby Esme", "Kofi (3 weeks old)", "Archie (10 months)". A baby's
# timescale is shorter: three months is a quarter of their life so far, and the plan is reviewed every
# 6-8 weeks (seed 002: "How long can the child wait for the changes to take place?").
A_BABY = re.compile(
    r"\b(?:baby|newborn)\b|\b(?:[1-9]|1[01])\s*(?:months?|mths?)\s+old\b|\b\d{1,2}\s*(?:weeks?|wks?)\s+old\b"
    r"|\(\s*(?:\d{1,2}\s*(?:weeks?|wks?)|(?:[1-9]|1[01])\s*(?:months?|mths?))\s*(?:old\s*)?\)",
    re.IGNORECASE,
)
BABY_HORIZON = dt.timedelta(days=91)
# An action's own date more than six months away passes three reviews or more before it is due: seed 001
# asks for "realistic timescales with some being broken down into stages", seed 002 for a timescale "in
# the child's timescale". An outcome may be a year away; the steps towards it may not.
STEP_HORIZON = dt.timedelta(days=183)
# A step whose day is set by something else: an exam, a child's development check, the start of a school
# year, a hearing. Its date is not the plan's to bring forward.
PINNED_TO_AN_EVENT = re.compile(
    r"\b(?:exams?|gcses?|a[\s-]levels?|sats|mocks?|results\s+day|development\s+check|"
    r"(?:\d+|one|two)[\s-](?:year|month)(?:[\s-]old)?\s+check|(?:\d+|six)\s+to\s+(?:\d+|eight)[\s-]week\s+check|starts?\s+(?:at|in|year|reception|"
    r"secondary|college|school|nursery)|before\s+(?:he|she|they)\s+starts?|transition\s+(?:day|visits?)|induction|"
    r"open\s+day|court\s+(?:hearing|date)|(?:final|first|court)\s+hearing|birthday|due\s+date|summer\s+holidays?|"
    # "move up to Reception", "her 12-month jabs": a day the school year or the child's age sets.
    r"move\s+up\s+to|(?:\d+|one|two)[\s-](?:year|month)\s+(?:jabs|injections|immunisations|vaccinations)|"
    r"(?:jabs|immunisations|vaccinations)\s+at\s+(?:\d+|one|two)\s+(?:years?|months?))\b",
    re.IGNORECASE,
)
# A child's safety, as an action says it is about: seed 002, "In addressing safety, the practitioner
# will also need to think about timeliness ... How long can the child wait?". The same three months.
A_SAFETY_WORRY = re.compile(
    r"\b(?:safety\s+plan|unsafe|self[-\s]harm\w*|(?:hurt|harm)(?:s|ing)?\s+(?:him|her|them)sel(?:f|ves)|"
    r"(?:his|her|their|\w+['’]s)\s+cuts|exploit(?:ed|ation)|groom(?:ed|ing)|go(?:es|ing)?\s+missing|"
    r"(?:risk|danger)\s+of\s+harm|suicid\w*|"
    # A home's dangers to a small child: "fit the stair gate", "a window restrictor", "a smoke alarm".
    r"stair\s*gates?|window\s+(?:restrictors?|locks?|latch\w*)|smoke\s+alarms?|fire\s*guards?|safe[\s-]+sleep)\b",
    re.IGNORECASE,
)
