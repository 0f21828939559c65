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

# A child of five or under, by their age in brackets or said, doing what a grown-up would.
_A_SMALL_CHILD_ACTS = re.compile(
    r"(?:\b(?-i:[A-Z])[\w'\u2019-]+\s*\(\s*[1-5]\s*\)|\b[1-5][\s-]year[\s-]old(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)"
    r"\s+(?:will|is\s+to|to|can|should)\s+"
    r"(?:(?:ring|call|phone|text)(?=\s+(?!999\b|the\s+police\b|an\s+ambulance\b)\S)"
    r"|go\s+(?:next\s+door|round|over|out|to\s+(?:a|the|their|his|her)\s+neighbou?r)"
    r"|(?:fetch|get)\s+(?:help|someone|a\s+neighbou?r|an\s+adult)"
    r"|look\s+after|give\s+(?:him|her|them|mum|dad)|unlock|open\s+the\s+(?:front\s+)?door)",
    re.IGNORECASE,
)
# A child kept from school to care: "stay home from school to look after baby Aisha".
_KEPT_FROM_SCHOOL = re.compile(
    r"\b(?:(?:stay|stays|staying|kept|keep\s+\w+)\s+(?:at\s+)?(?:home\s+from|off)|miss(?:es|ing)?|off)\s+"
    r"(?:school|college)\s+(?:to|and)\s+(?:look\s+after|care\s+for|mind|give|help\s+(?:look\s+after|care\s+for))\b",
    re.IGNORECASE,
)


@matcher("child-given-a-grown-ups-part")
def child_given_a_grown_ups_part(rule: Rule, s: Statement) -> list[Hit]:
    # In a contingency, what it responds with: "If Sana misses school to look after Mum" is the worry.
    start = len(s.text) - len(_response(s.text, trailing=False)) if s.kind == "contingency" else 0
    # Only where their telling words stand: an age, or school or college.
    found = None
    if "(" in s.text or "year" in s.lower:
        found = _A_SMALL_CHILD_ACTS.search(s.text, start)
    if found is None and ("school" in s.lower or "college" in s.lower):
        found = _KEPT_FROM_SCHOOL.search(s.text, start)
    if found is None:
        return []
    return [Hit(s.span(found.start(), found.end()), {"match": found[0]})]
