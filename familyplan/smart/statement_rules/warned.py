"""A contingency written as a warning of what will be done to the family: "Kacey understands that if
she keeps going missing the police will be involved and she could be placed in care". Seed 002: such
statements "have the potential to sound more like a threat than a plan"; the contingency plan is who in
the family's network will help."""

from __future__ import annotations

import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.statement_rules.statement import Statement, _hits, matcher

_TOLD_WHAT_IF = re.compile(
    r"\b(?:understands?|knows?|(?:is|are)\s+(?:aware|clear)|(?:has|have)\s+been\s+(?:told|warned|made\s+aware)|"
    r"(?:was|were)\s+(?:told|warned|made\s+aware))\s+(?:that\s+)?(?:if|unless|should)\b",
    re.IGNORECASE,
)
# What would be done to them: "the police will be involved", "placed in care", "evicted".
_DONE_TO_THEM = re.compile(
    r"\b(?:police|social\s+(?:care|services|workers?)|in(?:to)?\s+care|removed|evict\w*|lose|prosecut\w*|"
    r"court|fined?|excluded|exclusion|taken\s+(?:away|off|into)|placed|child\s+protection|conference|"
    r"consequences?|sanction\w*)\b",
    re.IGNORECASE,
)
# "Kacey knows that if she feels unsafe she can ring the police": what she can do is her plan.
_WHAT_THEY_CAN_DO = re.compile(
    r"\b(?:she|he|they|I|we|you)\s+(?:can|could|should|will|is\s+to)\s+(?:ring|call|phone|text|go(?!\s+(?:into\s+care|to\s+court|to\s+prison))|ask|tell|come|get)\b",
    re.IGNORECASE,
)


@matcher("contingency-a-warning")
def a_warning(rule: Rule, s: Statement) -> list[Hit]:
    told = _TOLD_WHAT_IF.search(s.text)
    if told is None:
        return []
    then = re.split(r"[.;]", s.text[told.end() :], maxsplit=1)[0]
    if not _DONE_TO_THEM.search(then) or _WHAT_THEY_CAN_DO.search(then):
        return []
    return _hits([Span(told.start(), told.end(), told[0])])
