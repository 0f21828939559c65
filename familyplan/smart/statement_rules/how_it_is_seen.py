"""How an observable behaviour is seen: how often, at what time, for how long, on what day, or
who will note it (seed 004: "what evidence will prove a difference")."""

from __future__ import annotations

import re

from familyplan.smart.language import Span
from familyplan.smart.statement_rules.statement import Statement


def how_it_is_seen(s: Statement, vague: bool) -> tuple[str, Span] | None:
    """How often, at what time or for how long it is seen, or who will note it and when."""
    for kind, a, b, _ in s.when:
        if kind in ("duration", "frequency") and vague:
            continue  # "will manage better for a whole week", "a better daily routine": better than what?
        if kind in ("frequency", "time", "duration"):
            return (f"seen {kind}" if kind != "frequency" else "how often it is seen", s.span(a, b))
    for kind, a, b, _ in s.evidence:
        if kind == "checked" and not vague:
            return "checked by someone", s.span(a, b)  # "... - her key person will note this in July"
    for kind, a, b, _ in s.when:
        # "both sit in with his teacher at parents' evening on 10 March 2027": done or not on the day.
        if kind == "date" and not vague and _ON_THE_DAY.search(s.text, max(0, a - 40), a):
            return "seen on the day", s.span(a, b)
    return None


# An event on its day: "at parents' evening on 10 March", "her gala on 19.06.2027"; not "by the review
# on 10/03/2027" (a point that holds it to a date) nor "manage her money on 31 March".
_ON_THE_DAY = re.compile(
    r"\b(?:evening|gala|concert|assembly|match|sports\s+day|open\s+day|party|show|play|trip|interview|"
    r"ceremony|fair|festival|performance|celebration|graduation|prom)s?\s+on\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?$",
    re.IGNORECASE,
)
