"""A contingency whose trigger does not say what would set it off: "if things get worse", "if Mum is
struggling", "if the house is not kept to an acceptable standard" (seed 002: the plan says what
would happen, so that everyone knows when to act)."""

from __future__ import annotations

import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.statement_rules.statement import Statement, _hits, _listed, matcher
from familyplan.smart.statement_rules.triggers import vague_trigger


@matcher("contingency-vague-trigger")
def vague(rule: Rule, s: Statement) -> list[Hit]:
    found = vague_trigger(s.text)
    if found:
        return _hits([Span(found.start(), found.end(), found[0])])
    # "If the house is not kept to an acceptable standard": a standard people judge differently sets it off.
    if not s.catalogue.enabled("subjective-standard"):
        return []
    triggers = [(slot.start, slot.end) for slot in s.reading.slots if slot.name == "if"][:1]
    # Not "finding it hard to keep on top of the washing and shopping": what she struggles with, said.
    judged = [
        sp
        for sp in _listed(s.catalogue.rule("subjective-standard"), s)
        if not (sp.text.lower() == "keep on top of" and _A_THING_NAMED.match(s.text, sp.end))
    ]
    return _hits([sp for sp in judged for a, b in triggers if a <= sp.start and sp.end <= b][:1])


_A_THING_NAMED = re.compile(r"\s+(?:the|her|his|their|my|our)\s+\w", re.IGNORECASE)
