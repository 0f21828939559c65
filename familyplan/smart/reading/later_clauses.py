"""A clause after the main verb that has a modal of its own: "Sue babysits on Fridays so Mum can go out",
"Shanice knows who to call when Rio won't settle". Its modal is not the main clause's."""

from __future__ import annotations

from familyplan.smart import words as w
from familyplan.smart.reading.looking_through import finite_form
from familyplan.smart.reading.tokens import Token

_AFTER_A_VERB = w.word_set("so when whenever if while whilst because unless until")


def a_later_clause(tokens: list[Token], main: int, i: int) -> bool:
    """Whether the word at ``i`` opens a clause after a verb already said, whose modal is its own."""
    if tokens[i].lower not in _AFTER_A_VERB or i <= main + 1:
        return False
    return any(finite_form(x) for x in tokens[main + 1 : i]) and not _joined_back(tokens, i)


def _joined_back(tokens: list[Token], i: int) -> bool:
    """ "knows what to do if Leo has a seizure and will keep ...", "..., and she will ring Tanya": a
    modal after "and" is the main clause's again."""
    for j in range(i + 1, len(tokens)):
        if tokens[j].lower in ("and", "but") and any(t.lower in w.MODALS for t in tokens[j + 1 : j + 4]):
            return True
    return False
