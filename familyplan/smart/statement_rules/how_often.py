"""An action that goes on from a start date, or until its review, with nothing to say how often:
"Olena will practise English with Sofiia" (when: "By the review on 25.01.2027"), "Jordan will go to the
youth club" (when: "From 05.01.2027 (review 27.01.2027)"). Seed 001 asks "when and how ... how
frequently"; MISSION names "no how / how often" among an action's faults. A one-off step needs only its
date; work that recurs needs how often, or on which occasions."""

from __future__ import annotations

import re

from familyplan.plan.parsing import parse_when
from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.statement_rules.statement import Statement, matcher

# A when cell for work that goes on: from a start, until a review, or "ongoing".
_GOES_ON = re.compile(
    r"\s*(?:from|starting|ongoing|until|review|by\s+the\s+review|to\s+be\s+reviewed)\b", re.IGNORECASE
)
# How often, said in the cell in ways its reader does not count as a recurrence: "Monday to Friday",
# "term time", "school days", a clock time each day.
_OFTEN_IN_A_CELL = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\bterm[\s-]time\b|\bschool\s+days\b"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s?[ap]m\b|\bdaily\b|\bweekly\b|\bnightly\b|\beach\b|\bevery\b|\bweekdays\b|\bweekends?\b",
    re.IGNORECASE,
)
# Things done again and again, which need how often: not one-off steps ("book", "apply", "refer").
_DONE_AGAIN_AND_AGAIN = w.word_set(
    "practise practice use go attend help visit spend read play meet see talk speak walk cook work call ring "
    "phone text take bring teach show sit eat exercise swim tidy clean revise study write record chat"
)


@matcher("action-no-how-often")
def no_how_often(rule: Rule, s: Statement) -> list[Hit]:
    cell = s.context.when
    if (
        s.kind != "action"
        or not s.context.has_when
        or not _GOES_ON.match(cell)
        or _OFTEN_IN_A_CELL.search(cell)
    ):
        return []
    if parse_when(cell, s.today).recurrence:
        return []
    main = s.reading.main
    if main is None or main.verb is None or main.negated or main.passive or main.ended:
        return []
    if main.lemma.split(" ")[0] not in _DONE_AGAIN_AND_AGAIN:
        return []
    # How often or on which occasions, in the action's own words: "every Tuesday", "at 7pm", "for his
    # first four weeks", "when he is upset".
    if any(kind in ("frequency", "time", "duration") for kind, *_ in s.when):
        return []
    if any(slot.name in ("if", "how often") for slot in s.reading.slots):
        return []
    return s.verb_hit()
