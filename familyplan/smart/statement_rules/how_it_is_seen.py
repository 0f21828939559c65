"""How an observable behaviour is seen: how often, at what time, for how long, on what day, or
who will note it (seed 004: "what evidence will prove a difference")."""

from __future__ import annotations

import re

from familyplan.smart.language import Span
from familyplan.smart.reading import Clause
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


# A state spelt out between dashes as what is done, and how often: "will be stable on her prescription
# - collecting it from the chemist every day and giving clear drug tests at her fortnightly checks -".
_AN_ASIDE_OF_DOINGS = re.compile(
    r"\s[-\u2013\u2014]\s+[a-z]+ing\b[^-\u2013\u2014.;]{5,200}?\s[-\u2013\u2014](?=\s)", re.IGNORECASE
)


# "- going to her counselling sessions every week -": taking part in a service, seed 002's "attending
# 10 sessions", says nothing of what changes.
_TAKING_PART_IN = re.compile(
    r"\s[-\u2013\u2014]\s+(?:going|attending|engaging|taking\s+part|completing|doing|having|receiving|getting)\b",
    re.IGNORECASE,
)


def spelt_out_in_an_aside(s: Statement, after: int) -> tuple[str, Span] | None:
    aside = _AN_ASIDE_OF_DOINGS.search(s.text, after)
    if aside is None or _TAKING_PART_IN.match(s.text, aside.start()):
        return None
    if not any(kind == "frequency" and aside.start() <= a < aside.end() for kind, a, *_ in s.when):
        return None
    return "what it looks like, how often", s.span(aside.start() + 3, aside.end() - 2)


# A note of where someone will be, when and how often: "Marlon (13) home for tea by 6pm every school night".
_SOMEWHERE = re.compile(
    r"\s*(?:\([^)]{1,12}\)\s*)?(?:back\s+)?(?:home|in\s+bed|(?:in|at)\s+(?:school|class|nursery|college|home))\b",
    re.IGNORECASE,
)


def noted_where_seen(s: Statement, main: Clause) -> tuple[str, Span] | None:
    first = main.tokens[main.main] if main.main < len(main.tokens) else None
    if first is None or not first.name or not _SOMEWHERE.match(s.text, first.end):
        return None
    kinds = {kind: (a, b) for kind, a, b, _ in s.when}
    if "time" not in kinds or "frequency" not in kinds:
        return None
    return "seen at a time, how often", s.span(*kinds["frequency"])
