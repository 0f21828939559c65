"""Whose a clause is: its subject's own words, and whether they name a person."""

from __future__ import annotations

from collections.abc import Sequence

from familyplan.smart import words as w
from familyplan.smart.reading import Clause
from familyplan.smart.reading.tokens import Token

_PEOPLE = w.word_set("child children boy boys girl girls baby babies kids kid people everyone person")


def own_subject_words(main: Clause) -> list[Token]:
    """The subject's own words, not a possessor's: "the boys' bedroom" is a room, "Mum's tablets" tablets."""
    if main.subject is None:
        return []
    tokens, (first, end) = main.tokens, main.subject
    return [
        t
        for i, t in enumerate(tokens[first:end], start=first)
        if t.is_word and not t.possessive and not (i + 1 < len(tokens) and tokens[i + 1].text in "'\u2019")
    ]


def names_a_person(words_: Sequence[Token]) -> bool:
    return any(
        t.name or t.lower in w.PERSONAL_PRONOUNS or t.lower in w.FAMILY_WORDS or t.lower in _PEOPLE
        for t in words_
    )
