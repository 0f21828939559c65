"""Which numbers in an outcome measure it: not dates, times, ages, school years, counts of sessions
or a scale's range (seed 004: "what evidence will prove a difference")."""

from __future__ import annotations

import re

from familyplan.smart.language import Span
from familyplan.smart.statement_rules.statement import Statement

_ACTIVITY_COUNT = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-]+(?:weekly\s+|week\s+)?"
    r"(?:sessions?|appointments?|meetings?|visits?|classes|workshops?|courses?|referrals?|calls?|programmes?)\b"
    r"|\b(?:\d+|six|eight|ten|twelve)[\s-]+week\s+(?:course|programme|group)\b|\byear\s+\d+\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\b\d+(?:\.\d+)?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|once|"
    r"twice|half)\b",
    re.IGNORECASE,
)
# Someone's age: "Sophie (14)", "Noah (18 months)", "aged 3", "a 15-year-old". Not a measure.
_AGE = re.compile(
    r"\(\s*(?:aged?\s+)?\d{1,2}(?:\s*(?:months?|mths?|years?|yrs?|weeks?)(?:\s+old)?)?\s*\)"
    r"|\baged?\s+\d{1,2}\b|\bturns?\s+\d{1,2}\b"
    # "when Isla is six months old": an age, written in words or figures.
    r"|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)[\s-]"
    r"(?:years?|months?|weeks?)[\s-]old\b",
    re.IGNORECASE,
)


# How many children there are: "coping with the four children", "all three boys". Who, not how much.
_CHILDREN_COUNTED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:children|kids|boys|girls|sons|daughters|"
    r"siblings|brothers|sisters|babies|grandchildren|little\s+ones)\b",
    re.IGNORECASE,
)


# What is going on around the change: "while Dad works two jobs", "now that Mum has three jobs".
_WHILE_SOMEONE_HAS = re.compile(
    r"\b(?:while|whilst|because|since|now\s+that|as)\s+(?:[\w'\u2019]+\s+){1,3}?"
    r"(?:works?|working|has|have|having|juggles?|juggling|holds?\s+down)\s+(\d+|two|three|four|both)\s+\w+",
    re.IGNORECASE,
)


# Where it starts, with nowhere to get to: "up from 71% this term".
_BASELINE = re.compile(
    r"\b(?:up|down|rise|rises|go|goes|increase|increases|improve|improves|improved)\s+from\s+"
    r"(?:(?:its|his|her|their|the)\s+)?(?:current\s+|present\s+)?(\d+(?:\.\d+)?\s?%?)(?!\s*(?:to|-|\u2013)\s*\d)",
    re.IGNORECASE,
)


def only_where_it_starts(text: str, at: int) -> bool:
    """A figure that is only where things start: "will improve from its current 78%", with no "to"."""
    return any(m.start(1) <= at < m.end(1) for m in _BASELINE.finditer(text))


_YEAR_AFTER = re.compile(r"[\s,]{1,3}((?:19|20)\d\d)\b")
_YEAR_OF = re.compile(
    r"\b(?:spring|summer|autumn|winter|term|half[\s-]term|easter|christmas|new\s+year|holidays?)[\s,]{1,3}((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# "on a 0-10 scale", "a 1 to 10 score": how the scale runs, not a score to reach.
_A_SCALE_RANGE = re.compile(
    r"\b[01]\s*(?:-|\u2013|to)\s*(?:10|ten|5|five|100)\b(?=\s+(?:scal(?:e|ing)|scores?|ratings?)\b)",
    re.IGNORECASE,
)


# "by the February half term": a point in the school year, not half of anything.
_HALF_TERM = re.compile(r"\bhalf[\s-]?terms?\b", re.IGNORECASE)


def _numbers_that_measure(s: Statement) -> list[Span]:
    """Numbers that are not dates, times, timescales, school years, counts of sessions or ages."""
    taken = [(a, b) for kind, a, b, _ in s.when if kind in ("date", "time", "relative", "month", "day")]
    # "by Easter 2027", "by the end of summer term, 2027": the year of a point in the year.
    taken += [(m.start(1), m.end(1)) for _, _, b, _ in s.when if (m := _YEAR_AFTER.match(s.text, b))]
    taken += [(m.start(1), m.end(1)) for m in _YEAR_OF.finditer(s.text)]
    taken += [(m.start(), m.end()) for m in _ACTIVITY_COUNT.finditer(s.text)]
    taken += [(m.start(), m.end()) for m in _AGE.finditer(s.text)]
    taken += [(m.start(1), m.end(1)) for m in _BASELINE.finditer(s.text)]
    taken += [(m.start(), m.end()) for m in _A_SCALE_RANGE.finditer(s.text)]
    taken += [(m.start(), m.end()) for m in _HALF_TERM.finditer(s.text)]
    taken += [(m.start(), m.end()) for m in _CHILDREN_COUNTED.finditer(s.text)]
    taken += [(m.start(1), m.end(1)) for m in _WHILE_SOMEONE_HAS.finditer(s.text)]
    found = []
    for m in _NUMBER.finditer(s.text):
        if not any(a <= m.start() < b for a, b in taken):
            found.append(Span(m.start(), m.end(), m[0]))
    return found
