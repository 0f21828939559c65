"""An action that goes on from a start date with nothing to say how often: "Jordan will go to the youth
club" (when: "From 05.01.2027 (review 27.01.2027)"), "Mum to use the reward chart with Alfie" (when:
"Ongoing (review 22.01.2027)"). Seed 001 asks "when and how ... how frequently"; MISSION names "no how /
how often" among an action's faults. A one-off step needs only its date; work that recurs needs how
often, or on which occasions."""

from __future__ import annotations

import re

from familyplan.plan.parsing import parse_when
from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.reading import Clause
from familyplan.smart.reading.patterns import WEEKDAY
from familyplan.smart.statement_rules.statement import Statement, matcher

# A when cell for work that goes on from a start; not "By the review on 25.01.2027" nor "Review
# 27.01.2027", which a one-off step may be due by.
_GOES_ON = re.compile(r"\s*(?:from|starting|ongoing)\b", re.IGNORECASE)
# How often, said in the cell in ways its reader does not count as a recurrence: "Monday to Friday",
# "term time", "school days", a clock time each day, "3 x per week".
_OFTEN_IN_A_CELL = re.compile(
    rf"\b{WEEKDAY}\b|\bterm[\s-]time\b|\bschool\s+days\b"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s?[ap]m\b|\bdaily\b|\bweekly\b|\bnightly\b|\beach\b|\bevery\b|\bweekdays\b|\bweekends?\b"
    r"|\b\d+\s*x\b|\bper\s+(?:day|week|month)\b|\btimes?\s+a\b|\bfortnightly\b|\bmonthly\b",
    re.IGNORECASE,
)
# Things done again and again, which need how often: not one-off steps ("book", "ring", "take").
_DONE_AGAIN_AND_AGAIN = w.word_set(
    "practise practice use go attend help visit spend read play walk cook exercise swim "
    "collect brush bath bathe feed babysit mind tidy wash shop tutor mentor coach"
)
# How often or which occasions, said some other way: days named ("the Tuesday coffee morning"), a count
# ("three times before the review"), or an occasion the frequency comes from ("as prescribed", "all his
# appointments", taking children "to school", "on his days off", "during the half term").
_OCCASIONS = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:once|twice|three\s+times|four\s+times|\d+\s+times)\b"
    r"|\bas\s+prescribed\b|\ball\s+(?:of\s+)?(?:his|her|their|the)\s+(?:\w+\s+)?appointments\b"
    r"|\bto\s+(?:school|nursery|college)\b|\bdays?\s+off\b|\bduring\b"
    # "every contact", "each handover", "while Mum is at college", "so Mum can go to her sessions"
    r"|\b(?:every|each)\s+\w+|\bwhil(?:e|st)\b|\bso\s+(?:that\s+)?(?:[\w'\u2019-]+\s+){1,3}?can\b",
    re.IGNORECASE,
)


# Not "revise the safety plan" (amend it) nor "exercise her right": "revise for her exams" is practice.
_PRACTICE = w.word_set("practise practice rehearse")
_DUE_BY = re.compile(r"\b(?:by|review|until|before|deadline)\b", re.IGNORECASE)
# A session someone runs on a day set: "Home visit on 21/01/2027", "Clinic appointment 19/01/2027".
_ON_A_DAY = re.compile(
    r"\b(?:visit|session|appointment|clinic|class|group|meeting)\b[^;,]{0,20}?\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*$",
    re.IGNORECASE,
)
# What is done again and again when someone "does" it: "do extra reading with Joseph", "do his
# physio exercises"; not "do the forms", a one-off.
_ACTIVITIES = w.word_set(
    "homework exercises activities practice spellings phonics stretches chores routine routines"
)
_BEFORE_AN_ACTIVITY = w.word_set("extra more some the a his her their daily")
_AFTER_AN_ACTIVITY = w.word_set("with at in on together after before every each")


def _an_activity_done(s: Statement, main: Clause) -> bool:
    if main.lemma != "do" or main.verb is None:
        return False
    after = [t.lower for t in main.tokens[main.verb + 1 : main.verb + 5]]
    while after and after[0] in _BEFORE_AN_ACTIVITY:
        after = after[1:]
    # "his physio exercises": the activity after a word saying which; but "the housing register
    # application", "the booking for his club place": a one-off piece of paperwork.
    # The activity is the head of what is done: "a morning routine chart" is a chart, made once.
    if len(after) > 1 and after[1] in _ACTIVITIES and (len(after) == 2 or after[2] in _AFTER_AN_ACTIVITY):
        return True
    head = after[0] if after else ""
    ends = len(after) == 1 or after[1] in _AFTER_AN_ACTIVITY
    return (head in _ACTIVITIES or (head.endswith("ing") and w.can_be(head, "NOUN"))) and ends


def _revises_for(main: Clause) -> bool:
    """ "revise for her exams", "revise with Mum": study, done again and again; not "revise the
    safety plan", which amends it once."""
    if main.verb is None or main.lemma != "revise":
        return False
    after = main.tokens[main.verb + 1 : main.verb + 2]
    return not after or after[0].lower in ("for", "with", "at", "every", "each")


@matcher("action-no-how-often")
def no_how_often(rule: Rule, s: Statement) -> list[Hit]:
    cell = s.context.when
    if s.kind != "action" or not s.context.has_when or _OFTEN_IN_A_CELL.search(cell):
        return []
    if parse_when(cell, s.today).recurrence:
        return []
    main = s.reading.main
    if main is None or main.verb is None or main.negated or main.passive or main.ended:
        return []
    lemmas = [main.lemma.split(" ")[0], *(lemma.split(" ")[0] for lemma in main.looked_through)]
    # Practice is never done once, so even "by the review" leaves how often unsaid; but practice on a
    # day set ("Home visit on 21/01/2027") is a session of it, whose day is said.
    on_a_day = _ON_A_DAY.search(cell) and not _DUE_BY.search(cell)
    always_again = any(lemma in _PRACTICE for lemma in lemmas) and not on_a_day
    if not _GOES_ON.match(cell) and not always_again:
        return []
    done_again = always_again or any(lemma in _DONE_AGAIN_AND_AGAIN for lemma in lemmas) or _revises_for(main)
    if not done_again and not _an_activity_done(s, main):
        return []
    # How often or on which occasions, in the action's own words: "every Tuesday", "at 7pm", "for his
    # first four weeks", "on 14.01.2027", "when he is upset".
    if any(kind in ("frequency", "time", "duration", "date", "day", "month", "point") for kind, *_ in s.when):
        return []
    if _OCCASIONS.search(s.text) or any(slot.name in ("if", "how often") for slot in s.reading.slots):
        return []
    return s.verb_hit()
