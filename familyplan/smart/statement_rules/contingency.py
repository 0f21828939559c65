"""Rules for contingencies: what would set the plan off, and who in the family's network responds."""

from __future__ import annotations

import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.statement_rules.statement import Statement, _hits, _listed, _whole, matcher

# --- Contingency -----------------------------------------------------------------


@matcher("contingency-missing")
def contingency_missing(rule: Rule, s: Statement) -> list[Hit]:
    text = s.text.strip().strip(".").lower()
    if s.is_blank or text in rule.phrases:
        return [Hit(_whole(s.text))]
    return []


_NETWORK_PERSON = re.compile(
    r"\b(?:mum|mam|mother|dad|father|parents?|carers?|grandma|gran|nan|nanna|grandad|granddad|grandparents?|"
    r"grandmother|grandfather|aunt|auntie|aunty|uncle|cousin|brother|sister|sibling|friend|neighbou?r|"
    r"godparent|godmother|godfather|family\s+friend|partner|he|she|they|we|i)\b",
    re.IGNORECASE,
)
# A capitalised name that is not the first word of a sentence: "Aunt Rosa", "Sarah".
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\b")
_TRIGGER = re.compile(
    r"\b(?:if|when|whenever|should|unless|otherwise|in\s+case|in\s+the\s+event|where|once|"
    r"(?:does|do|is|are)\s+not\s+(?:work|working|happen|met|improve)|fails?|breaks?\s+down|relapses?)\b",
    re.IGNORECASE,
)


# "We" and "they" in a plan are as often the services as the family: with a process ("we will
# refer to social care") they name nobody who would step in.
_WE_OR_THEY = re.compile(r"\b(?:we|they)\b", re.IGNORECASE)


def _names_someone(text: str) -> bool:
    return bool(
        _NETWORK_PERSON.search(text) or _NAME.search(text) or re.search(r"\[[^\]]+\]|\bX{2,}\b", text)
    )


_LEADING_TRIGGER = re.compile(r"^\s*(?:if|when|whenever|should|in\s+case)\b[^,;:]*[,;:]", re.IGNORECASE)


def _response(text: str) -> str:
    """What is done, past a trigger that opens the sentence: "If Mum does not come, a meeting
    will be held" responds with the meeting, not with Mum."""
    return _LEADING_TRIGGER.sub("", text, count=1)


@matcher("contingency-process-only")
def process_only(rule: Rule, s: Statement) -> list[Hit]:
    if contingency_missing(s.catalogue.rule("contingency-missing"), s):
        return []
    response = _response(s.text)
    if any(not _WE_OR_THEY.fullmatch(m[0]) for m in _NETWORK_PERSON.finditer(response)):
        return []
    return _hits(_listed(rule, s)[:1])


@matcher("contingency-no-network")
def no_network(rule: Rule, s: Statement) -> list[Hit]:
    # Someone named in the trigger alone ("If Mum is unwell, the children will be looked after")
    # is not someone who steps in.
    if contingency_missing(s.catalogue.rule("contingency-missing"), s) or _names_someone(_response(s.text)):
        return []
    if process_only(s.catalogue.rule("contingency-process-only"), s):
        return []  # the process finding already says it
    return [Hit(_whole(s.text))]


@matcher("contingency-no-trigger")
def no_trigger(rule: Rule, s: Statement) -> list[Hit]:
    if contingency_missing(s.catalogue.rule("contingency-missing"), s) or _TRIGGER.search(s.text):
        return []
    return [Hit(_whole(s.text))]
