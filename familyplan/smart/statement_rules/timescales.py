"""An outcome's timescale: seed 002 asks for "clear timescales for actions and intended outcomes".

An outcome is held to time by a date, a point the family knows ("by the May review", "before
Christmas", "by the time she starts school") or a span ("over the next 3 months", "for six weeks
in a row"). A pattern it keeps ("every school night", "at least 4 days a week") says how the
change is measured, not by when it is reached: the seed asks for "a definitive timescale for
completion". "By 8pm" is a time of day and holds the outcome to nothing.
"""

from __future__ import annotations

import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.statement_rules.statement import Statement, _whole, matcher
from familyplan.smart.statement_rules.when import _CALENDAR_POINT, _RELATIVE, event_deadline

_MONTHS = (
    r"January|February|March|April|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_PERIOD = re.compile(
    # "by the May review", "at every review", "before half term", "over the summer holidays"
    # Not a review to come, "by the following review" (it moves: outcome-relative-timescale),
    # nor "in terms of".
    r"\b(?:by|before|until|till|at|from|during|over|for|after|in)\s+(?:the\s+|his\s+|her\s+|their\s+|each\s+|every\s+)?"
    r"(?:(?!(?:next|following|coming)\b)[\w'\u2019-]+\s+){0,3}?(?:reviews?|birthday|half[\s-]terms?|"
    r"(?:summer|autumn|spring|christmas|easter|this|that|school)\s+terms?|holidays?|christmas|easter|"
    r"summer|autumn|spring|new\s+year|school\s+year|closure)\b"
    # "by Year 7", "before the end of Year 6": not "reading at the standard for Year 3"
    r"|\b(?:by|before|until|till|(?:at\s+the\s+)?(?:end|start)\s+of)\s+(?:the\s+(?:end|start)\s+of\s+)?year\s+\d+\b"
    # "by the time she starts school", "before he moves up to secondary school"
    r"|\b(?:by\s+the\s+time|before|when)\s+(?:he|she|they|(?-i:[A-Z])\w+)\s+"
    r"(?:starts?|moves?|goes|leaves?|returns?)\b"
    # "by his 8-week check", "before the eviction date", "by the hearing"
    r"|\b(?:by|before|until|till)\s+(?:the\s+|his\s+|her\s+|their\s+|any\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:date|deadline|hearing|check|appointment|assessment|meeting|conference|panel|visit)\b"
    # "by 14 days old", "by the age of 2"
    r"|\bby\s+(?:the\s+)?age\s+(?:of\s+)?\w+|\b\w+[\s-](?:days?|weeks?|months?|years?)[\s-]old\b"
    # "back in class within 10 minutes": a limit on each time it happens
    r"|\bwithin\s+\w+\s+(?:minutes?|hours?)\b"
    # "in March", "by May 2027", "from September", "between February and May"
    rf"|\b(?:by|before|until|till|in|from|during|between|end\s+of|beginning\s+of|start\s+of)\s+(?:{_MONTHS}|May)\b"
    rf"|\b(?:{_MONTHS})\b(?=\s+(?:\d|half|review))"
    # "for six weeks in a row", "three Saturdays running", "over 4 consecutive weeks"
    r"|\b(?:in\s+a\s+row|running|consecutive|back[\s-]to[\s-]back)\b"
    # A point said as an event: "by the time he turns three", "by the end of Reception", "by the start of
    # the new term", "before Ramadan", "by the end of 2028" (which the rules for far dates judge).
    r"|\b(?:by|before|until|till)\s+the\s+time\b"
    r"|\b(?:by|before|until|till|at)\s+the\s+(?:end|start|beginning)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?!(?:next|following|coming)\b)\w"
    r"|\bbefore\s+(?-i:[A-Z])[a-z]+\b|\b(?:by|before|until|till)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _fixed_timescale(s: Statement) -> bool:
    """A date or a point the family knows, which stays put however often the plan is read."""
    # The patterns first: reading the dates is the dearest test.
    return bool(
        _PERIOD.search(s.text) or _CALENDAR_POINT.search(s.text) or event_deadline(s) or s.parsed_when.dates
    )


def _a_pattern(s: Statement) -> bool:
    """ "every school night", "4 days a week": a pattern kept, which each review measures."""
    return any(kind == "frequency" for kind, *_ in s.when) or bool(s.parsed_when.recurrence)


def has_timescale(s: Statement) -> bool:
    return bool(_RELATIVE.search(s.text)) or _fixed_timescale(s)


# "over the coming months", "in the next few weeks": a span with no end to measure at.
_NO_END = re.compile(r"\b(?:coming|few|several|couple)\b", re.IGNORECASE)
_A_DEADLINE = re.compile(r"(?:within|in|by|before|until|after)\b", re.IGNORECASE)


@matcher("outcome-relative-timescale")
def outcome_relative_timescale(rule: Rule, s: Statement) -> list[Hit]:
    """ "Within 8 weeks", "before the following review": when the plan is read again, it means another day."""
    found = _RELATIVE.search(s.text)
    # "every day for the next 6 weeks": a pattern kept over a span, measured at every review; not
    # "within 8 weeks ... every week", a deadline that moves whatever is kept by it.
    if found is None or _fixed_timescale(s):
        return []
    if _a_pattern(s) and not _A_DEADLINE.match(found[0]) and not _NO_END.search(found[0]):
        return []
    return [Hit(Span(found.start(), found.end(), found[0]), {"match": found[0]})]


@matcher("outcome-no-timescale")
def outcome_no_timescale(rule: Rule, s: Statement) -> list[Hit]:
    # "home by 9.30pm on school nights - ongoing": a pattern with no end and no review to measure it at.
    # "starts a trial as soon as possible, with weekly feedback": no date for the change itself.
    ongoing = (_ONGOING.search(s.text) or _AS_SOON_AS_POSSIBLE.search(s.text)) and not _fixed_timescale(s)
    if s.is_blank or (has_timescale(s) and not ongoing):
        return []
    return [Hit(_whole(s.text))]


_AS_SOON_AS_POSSIBLE = re.compile(
    r"\b(?:as\s+soon\s+as\s+(?:possible|practicable)|asap|a\.s\.a\.p|in\s+due\s+course|"
    r"at\s+the\s+earliest\s+opportunity)\b",
    re.IGNORECASE,
)
# "ongoing" as the timescale itself ("- ongoing."), not "with ongoing encouragement from Dan".
_ONGOING = re.compile(
    r"(?:(?:^|[-\u2013\u2014,;:(]\s*)(?:ongoing|on-going)\s*(?:[.)]|$)|\bindefinitely\b|\bfor\s+the\s+foreseeable\s+future\b"
    r"|\bon\s+an\s+(?:ongoing|on-going)\s+basis\b)",
    re.IGNORECASE,
)
