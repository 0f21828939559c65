"""A child given a grown-up's part: "Jack (4) will ring Nana to come and get him", "Skye (3) will go next
door to ask for help", "Rumana (12) will stay home from school to look after the baby". Seed 001 asks
for plans "realistic, based on ... the specific developmental needs of the child"; what a small child
does when they need help is tell a grown-up they trust, or ring 999, which is taught for that."""

from __future__ import annotations

import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.statement_rules.statement import Statement, matcher
from familyplan.smart.statement_rules.triggers import _response

# A child of five or under, by their age in brackets or said, fetching help themselves in a contingency.
_A_SMALL_CHILD_FETCHES_HELP = re.compile(
    r"(?:\b(?-i:[A-Z])[\w'\u2019-]+\s*\(\s*[1-5]\s*\)|\b[1-5][\s-]year[\s-]old(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)"
    r"\s+(?:will|is\s+to|to|can|should)\s+"
    r"(?:(?:ring|call|phone|text)\b(?!\s+(?:999|out)\b|\s+the\s+police\b|\s+an\s+ambulance\b)"
    r"|go\s+next\s+door\b|(?:fetch|get)\s+(?:help|someone|a\s+neighbou?r|an\s+adult)\b)",
    re.IGNORECASE,
)
# "with Mum", "while Dad watches": a grown-up there with them, so the child is not the one in charge.
_A_GROWN_UP_WITH_THEM = re.compile(
    r"[^.;]*?\b(?:with|while|and)\s+(?:(?:his|her|their)\s+)?(?:mum|mummy|dad|daddy|nan|nana|gran|grandad|"
    r"grandma|auntie|aunt|uncle|a\s+grown[\s-]up|an\s+adult)\b",
    re.IGNORECASE,
)
# A child who will be kept from school to care: "Rumana (12) will stay home from school to look after the
# baby". Not a plan that stops it ("so that Tia does not have to miss school"), nor a grown-up keeping a
# poorly child at home.
_KEPT_FROM_SCHOOL_TO_CARE = re.compile(
    r"\b(?-i:[A-Z])[\w'\u2019-]+(?:\s*\(\s*\d{1,2}\s*\))?\s+will\s+(?:have\s+to\s+)?(?:stay|be\s+kept|miss)\s+"
    r"(?:(?:at\s+)?home\s+from\s+|off\s+)?(?:school|college)\s+(?:to|and)\s+"
    r"(?:look\s+after|care\s+for|mind|help\s+(?:look\s+after|care\s+for|her|him|them|(?:his|her|their)\s+"
    r"(?:mum|dad|mother|father|nan|gran|grandad|brothers?|sisters?|siblings?)|mum|dad))\b",
    re.IGNORECASE,
)
# A child of twelve or under, by their age in brackets, left in a contingency to care for the family: "Jess
# (12) will look after her little brother in the evenings", "Bethan (11) will give him his tablets".
_A_CHILD_LEFT_TO_CARE = re.compile(
    r"\b(?-i:[A-Z])[\w'\u2019-]+\s*\(\s*(?P<age>[1-9]|1[0-7])\s*\)\s+(?:will|knows\s+to)\s+(?:have\s+to\s+)?"
    # Looking after someone, not "the hamster" or "his own packed lunch".
    r"(?:(?:look\s+after|care\s+for|mind|babysit)\s+(?:(?:his|her|their|the)\s+(?:little\s+|baby\s+|younger\s+|"
    r"two\s+|three\s+)?(?:brothers?|sisters?|siblings?|baby|twins|children|kids|little\s+ones|mum|dad|nan|gran|grandad)"
    r"|(?-i:[A-Z])[a-z]+)|do\s+the\s+cooking|cook\s+(?:tea|dinner|the\s+meals)|"
    r"give\s+(?:him|her|them|mum|dad)\s+(?:his|her|their)\s+(?:tablets|medication|medicine|insulin|injections?)|"
    r"put\s+(?:(?:his|her|their)\s+(?:little\s+)?(?:brothers?|sisters?|siblings?)|"
    r"(?-i:[A-Z])[a-z]+(?:\s+and\s+(?-i:[A-Z])[a-z]+)?)\s+to\s+bed)\b",
    re.IGNORECASE,
)


# The others named before a small child in one subject: "Keeley, Mason (7) and Poppy (3) can go next door".
_OTHERS_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w'\u2019-]+(?:\s*\(\s*\d{1,2}\s*\))?(?:\s*,\s*|\s+and\s+))+$")
_AN_AGE = re.compile(r"\(\s*(\d{1,2})\s*\)")


def _with_someone_older(text: str, start: int) -> bool:
    """The small child goes with the others, one of them older (or of no age said, as a parent is)."""
    others = _OTHERS_BEFORE.search(text, max(0, start - 80), start)
    if others is None:
        return False
    names = re.split(r"\s*,\s*|\s+and\s+", others[0].strip(" ,"))
    ages = [_AN_AGE.search(name) for name in names if name]
    return any(age is None or int(age[1]) >= 11 for age in ages)


# The night, with no grown-up until the morning: "until Mum gets home from her night shift at 7am", "then
# ring Nan in the morning". A teenager may mind the others for an hour; not be their safety overnight.
_OVERNIGHT = re.compile(
    r"[^.;]*?\b(?:in\s+the\s+morning|the\s+next\s+(?:day|morning)|overnight|all\s+night|night\s+shift|"
    r"at\s+[4-9](?:[.:][0-5]\d)?\s*am)\b",
    re.IGNORECASE,
)
_TILL_A_GROWN_UP_COMES = re.compile(
    r"[^.;]{0,40}?\buntil\s+(?:\w+\s+){0,2}?(?:comes|arrives|gets\s+(?:there|home|back|in)|is\s+home|is\s+back)\b",
    re.IGNORECASE,
)


@matcher("child-given-a-grown-ups-part")
def child_given_a_grown_ups_part(rule: Rule, s: Statement) -> list[Hit]:
    # In a contingency, what it responds with: "If Sana misses school to look after Mum" is the worry.
    start = len(s.text) - len(_response(s.text, trailing=False)) if s.kind == "contingency" else 0
    found = None
    if s.kind == "contingency" and ("(" in s.text or "year" in s.lower):
        small = _A_SMALL_CHILD_FETCHES_HELP.search(s.text, start)
        if small is not None and not _A_GROWN_UP_WITH_THEM.match(s.text, small.end()):
            found = None if _with_someone_older(s.text, small.start()) else small
    if found is None and ("school" in s.lower or "college" in s.lower):
        found = _KEPT_FROM_SCHOOL_TO_CARE.search(s.text, start)
    if found is None and s.kind == "contingency" and "(" in s.text:
        found = _left_to_care(s.text, start)
    if found is None:
        return []
    return [Hit(s.span(found.start(), found.end()), {"match": found[0]})]


def _left_to_care(text: str, start: int) -> re.Match[str] | None:
    for found in _A_CHILD_LEFT_TO_CARE.finditer(text, start):
        overnight = _OVERNIGHT.match(text, found.end()) is not None
        if int(found["age"]) > 12 and not overnight:
            continue  # "Josh (16) will mind Bella until Nan gets there"
        if not overnight and _TILL_A_GROWN_UP_COMES.match(text, found.end()):
            continue  # "will look after Alfie until Nan comes": minutes, with a grown-up on the way
        return found
    return None
