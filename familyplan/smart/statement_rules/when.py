"""Rules for when cells: a date, a day, how often with a review, or a point the family knows."""

from __future__ import annotations

import datetime as dt
import re

from familyplan.plan.parsing import ParsedWhen, month_end_named, only_a_start
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import (
    A_BABY,
    A_SAFETY_WORRY,
    BABY_HORIZON,
    PINNED_TO_AN_EVENT,
    STEP_HORIZON,
    Span,
)
from familyplan.smart.reading.patterns import EVENT_DEADLINE
from familyplan.smart.statement_rules.statement import Statement, _hits, _listed, _whole, matcher
from familyplan.smart.statement_rules.triggers import _response

_ASAP_FIRST = re.compile(r"\s*(?:asap|as soon as possible)", re.IGNORECASE)
_REVIEW = re.compile(r"\breview", re.IGNORECASE)


# --- When ------------------------------------------------------------------------


@matcher("when-missing")
def when_missing(rule: Rule, s: Statement) -> list[Hit]:
    return [Hit(_whole(s.text))] if s.is_blank else []


@matcher("when-asap")
def when_asap(rule: Rule, s: Statement) -> list[Hit]:
    parsed = s.parsed_when
    if parsed.dates and not _ASAP_FIRST.match(s.text):
        return []  # "as needed (review 03/05/2025)" has a date to hold it to
    return _hits(_listed(rule, s)[:1])


def _held_to_a_date(s: Statement) -> bool:
    """A date the work is due by or looked at again on: the day it starts ("Weekly from
    09/02/2026") holds nobody to anything."""
    return s.parsed_when.due_date is not None or s.parsed_when.review_date is not None


@matcher("when-ongoing")
def when_ongoing(rule: Rule, s: Statement) -> list[Hit]:
    if _held_to_a_date(s):
        return []
    parsed = s.parsed_when
    if not parsed.recurrence and len(parsed.dates) == 1 and not _STARTS_SOMETHING.search(s.context.action):
        date = parsed.dates[0]
        if only_a_start(s.text[: date.start]) and _NOTHING_HELD.fullmatch(s.text[date.end :]):
            # "From 18.01.2027": it starts, and goes on with nothing to review it by.
            return [Hit(_whole(s.text.strip()), {"match": s.text.strip()})]
    return _hits(_listed(rule, s)[:1])


# After a start date, words that hold it to nothing: "for 6 sessions", not "(review 01.03.2027)".
_NOTHING_HELD = re.compile(r"[\w./ -]*")
# An action that is itself a start, done on the day a "From ..." cell gives: "Ben will start at
# Oakfield Primary", "Mum to move into the new flat".
_STARTS_SOMETHING = re.compile(
    r"\b(?:will|to|is\s+going\s+to)\s+(?:start|begin|join|move|return|go\s+back)\b", re.I
)
# A timescale that floats: "within 6 weeks" means a different day each time the plan is read.
_RELATIVE = re.compile(
    r"\b(?:within|in|over|after|for)\s+(?:the\s+)?(?:next\s+|coming\s+|first\s+)?(?:\d+|a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|twelve|a\s+few|a\s+couple\s+of|several)\s+(?:days?|weeks?|months?|years?|terms?)\b|"
    r"\b(?:in|within|over)\s+the\s+(?:next|coming)\s+(?:weeks?|months?|terms?|half[\s-]terms?|years?)\b|"
    r"\b(?:next|this|coming|following)\s+(?:week|month|term|half[\s\-]term|year|meeting|review|taf|visit)\b|"
    r"\b(?:by|before|at|until)\s+(?:the\s+)?(?:next|following)\s+(?:\w+\s+)?(?:review|meeting|taf|tac|core\s+group|conference|visit)\b|"
    r"\b(?:short|medium|long)[\s\-]term\b|\bweeks?\s+\d+\s*-\s*\d+\b",
    re.IGNORECASE,
)
# A point the family can recognise but that has no date yet: "end of term", "by Christmas".
_CALENDAR_POINT = re.compile(
    r"\b(?:by|before|at|until)\s+(?:the\s+)?end\s+of(?:\s+the)?\s+(?:(?!next\b|following\b|coming\b)\w+\s+)?"
    r"(?:term|half[\s\-]term|week|month|year)\b|"
    r"\b(?:end\s+of|by|before)\s+(?:the\s+)?(?:term|half[\s\-]term|summer|holidays?|christmas|easter|new\s+year)\b|"
    r"\b(?:autumn|spring|summer)\s+(?:term|half[\s\-]term)\b",
    re.IGNORECASE,
)


@matcher("when-relative")
def when_relative(rule: Rule, s: Statement) -> list[Hit]:
    if s.parsed_when.dates:
        return []
    return [Hit(Span(m.start(), m.end(), m[0]), {"match": m[0]}) for m in _RELATIVE.finditer(s.text)][:1]


@matcher("when-calendar-point")
def calendar_point(rule: Rule, s: Statement) -> list[Hit]:
    if s.parsed_when.dates:
        return []
    return [Hit(Span(m.start(), m.end(), m[0]), {"match": m[0]}) for m in _CALENDAR_POINT.finditer(s.text)][
        :1
    ]


_EVENT_DEADLINE = re.compile(EVENT_DEADLINE, re.IGNORECASE)


def event_deadline(s: Statement) -> bool:
    """ "Within 72 hours of each missing episode": a deadline that comes with each event."""
    return bool(_EVENT_DEADLINE.search(s.text))


def recurring_review(s: Statement) -> bool:
    """ "Review every 6 weeks", "reviewed at each half term": the recurrence is the review point."""
    return bool(s.parsed_when.recurrence) and bool(_REVIEW.search(s.text))


_UNTIL_MONTH = re.compile(
    r"\b(?:until|till|til|to|by|in|through|throughout|end\s+of)\s+(?:the\s+)?$", re.IGNORECASE
)


# A day and month with no year, "15/12": in a list of them, the days a recurrence falls on.
# Not a fraction: "1/2 hour sessions", "2/3 times a week".
_DAYS_LISTED = re.compile(
    r"(?<![/\d])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![/\d])"
    r"(?!\s*(?:hours?|hrs?|times?|mins?|minutes?|days?|weeks?|of\b|an?\s+hour))",
    re.IGNORECASE,
)


def days_listed(s: Statement) -> bool:
    return len(_DAYS_LISTED.findall(s.text)) >= 2


@matcher("when-recurring-without-review")
def recurring_without_review(rule: Rule, s: Statement) -> list[Hit]:
    parsed = s.parsed_when
    if not parsed.recurrence or _held_to_a_date(s) or parsed.recurrence_span is None:
        return []
    # "until April", "in March": the month it ends by; when-month-only asks for its day.
    if any(_UNTIL_MONTH.search(s.text, 0, a) for a, _, _ in parsed.month_only):
        return []
    if _REVIEW.search(s.text):
        return []  # "reviewed every 6 weeks": the recurrence is the review point itself
    if days_listed(s):
        return []  # "Tuesdays 15/12, 12/01 and 09/02": each day listed, the last its end
    start, end = parsed.recurrence_span
    return [Hit(Span(start, end, parsed.recurrence), {"match": parsed.recurrence})]


@matcher("when-month-only")
def month_only(rule: Rule, s: Statement) -> list[Hit]:
    parsed = s.parsed_when
    if parsed.dates:
        return []
    hits = []
    for a, b, t in parsed.month_only[:1]:
        values = {"match": t}
        if (end := month_end_named(t, s.today or dt.date.today())) is not None:
            values["example_month_end"] = f"{end.day} {end:%B %Y}"  # the month written, in full
        hits.append(Hit(Span(a, b, t), values))
    return hits


@matcher("when-invalid-date")
def invalid_date(rule: Rule, s: Statement) -> list[Hit]:
    return [Hit(Span(a, b, t), {"match": t}) for a, b, t in s.parsed_when.invalid_dates]


_WEEKDAY_ONLY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tomorrow|tonight)\b",
    re.IGNORECASE,
)


def weekday_named(s: Statement) -> re.Match[str] | None:
    return _WEEKDAY_ONLY.search(s.text)


@matcher("when-day-only")
def day_only(rule: Rule, s: Statement) -> list[Hit]:
    parsed = s.parsed_when
    m = weekday_named(s)
    if parsed.dates or parsed.recurrence or m is None:
        return []
    return [Hit(Span(m.start(), m.end(), m[0]), {"match": m[0]})]


# "when-no-date" is decided in checker.py: it applies only when no other "when" rule spoke.


# --- A date on its own: passed, or beyond the child's timescale ------------------------------------

# Further off than this, a date is beyond the child's timescale (seed 002), as the plan's own rule
# (plan-date-beyond-timescale) judges it.
_HORIZON = dt.timedelta(days=365)
# A date the work was finished on: "Completed 12/11/2026", "Done on 3 March".
_DONE = re.compile(r"\b(?:completed|done|achieved|finished|closed|ended)\b", re.IGNORECASE)
# Not "(not yet done)", "still to be completed", "wasn't done", "never completed", "hasn't completed this".
_NOT_DONE_BEFORE = re.compile(
    r"\b(?:not|never|yet|be|been|n['\u2019]t)\s+(?:\w+\s+)?$|n['\u2019]t\s+(?:\w+\s+)?$", re.IGNORECASE
)


def _done(text: str) -> bool:
    return any(
        not _NOT_DONE_BEFORE.search(text, max(0, m.start() - 20), m.start()) for m in _DONE.finditer(text)
    )


def _held_to(s: Statement) -> tuple[dt.date, Span] | None:
    """The day the statement is held to (due, or else reviewed), and where it is written."""
    # In a plan, plan-action-date-passed and plan-date-beyond-timescale judge it, knowing whether the
    # action is done. On its own, a statement is judged against a day only when told the day
    # (`--today`): a statement is otherwise judged as written, however long ago.
    if s.context.in_plan or s.today is None or _done(s.text):
        return None
    if s.kind == "action" and s.context.has_when:
        return None  # the action's when cell holds it to its date, and is judged on its own
    parsed = s.parsed_when
    day = parsed.due_date or parsed.review_date
    mention = next((d for d in parsed.dates if d.date == day), None)
    if day is not None and mention is not None:
        return day, Span(mention.start, mention.end, mention.text)
    # "by September 2029": the month's last day. Of several, the last one a deadline word holds it to
    # ("since he arrived in August, ... by September 2028"); else the first, as written.
    months = [
        (month_end, Span(start, end, text))
        for start, end, text in parsed.month_only
        if (month_end := month_end_named(text, s.today)) is not None
    ]
    deadlines = [m for m in months if _A_DEADLINE_BEFORE.search(s.text, max(0, m[1].start - 20), m[1].start)]
    if deadlines:
        return max(deadlines, key=lambda m: m[0])
    return months[0] if months else None


_A_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)


@matcher("when-date-passed")
def date_passed(rule: Rule, s: Statement) -> list[Hit]:
    held = _held_to(s)
    if held is None or s.today is None or held[0] >= s.today:
        return []
    if s.kind == "contingency" and held[1].start >= len(s.text) - len(_response(s.text, trailing=False)):
        return []  # a contingency's trigger can pass; "as she did in October" is what happened before
    return [Hit(held[1], {"match": held[1].text})]


_A_START = re.compile(r"\s*(?:from|starting|start(?:s|ing)?\s+in|begin\w*)\b", re.IGNORECASE)
_REVIEW_BEFORE = re.compile(r"\breview(?:ed)?\s*(?:on|by|date|:)?\s*:?\s*$", re.IGNORECASE)


def soonest_for_recurring(parsed: ParsedWhen, today: dt.date) -> dt.date | None:
    """For work that recurs, the day it is written to be reviewed ("every Wednesday until 10.03.2027
    (review 27.01.2027)"), not when it stops; with no review, the day it starts ("every Wednesday from
    13.01.2027 until 10.03.2027"), from which the child has it each week."""
    if not parsed.recurrence:
        return None
    ahead = [d for d in parsed.dates if d.date >= today]
    reviews = [d.date for d in ahead if _REVIEW_BEFORE.search(parsed.text, max(0, d.start - 15), d.start)]
    # Started already, or starting ("from 02/12/2026 until 10/04/2027"): the child has it from then.
    starts = [
        d.date for d in parsed.dates if _STARTS_BEFORE.search(parsed.text, max(0, d.start - 15), d.start)
    ]
    if reviews:
        return min(reviews)  # held to the review: how soon the plan looks again at what the baby has
    return max(min(starts), today) if starts else None


_STARTS_BEFORE = re.compile(r"\b(?:from|starting(?:\s+on)?|beginning|commencing)\s*$", re.IGNORECASE)


@matcher("when-beyond-timescale")
def beyond_timescale(rule: Rule, s: Statement) -> list[Hit]:
    held = _held_to(s)
    if held is None or s.today is None:
        return []
    # Work that recurs ("every Wednesday until 10.03.2027, review 27.01.2027") is held to its review: the
    # end of the range is when it stops, not a step that waits till then.
    if s.kind == "contingency" and not _A_DEADLINE_BEFORE.search(
        s.text, max(0, held[1].start - 20), held[1].start
    ):
        return []  # "when her tenancy ends in April 2028": a day the world sets, not one the plan waits for
    soonest = soonest_for_recurring(s.parsed_when, s.today) or held[0]
    # An action for a baby, in its words or its when cell's: "fit a stair gate now Archie (10 months) crawls".
    for_a_baby = (s.kind == "when" and A_BABY.search(s.context.action)) or (
        s.kind == "action" and A_BABY.search(s.text)
    )
    if (
        for_a_baby
        and soonest > s.today + BABY_HORIZON
        and not PINNED_TO_AN_EVENT.search(s.context.action or s.text)
    ):
        return [Hit(held[1], {"match": held[1].text, "how_far": "more than three months away, for a baby"})]
    action = s.context.action if s.kind == "when" else s.text if s.kind == "action" else ""
    if A_SAFETY_WORRY.search(action) and soonest > s.today + BABY_HORIZON:
        how_far = "more than three months away, for the child's safety"
        return [Hit(held[1], {"match": held[1].text, "how_far": how_far})]
    # An action's own due date (not the day it is reviewed): a step, which six months is too far off for.
    # Not the end of a recurring range ("every Saturday to 17.07.2027, review ..."), nor a day an event sets.
    a_step = (
        s.kind in ("action", "when")
        # "September 2027" alone in the when cell: the month is its due date; "From September 2027" a start.
        and (
            held[0] == s.parsed_when.due_date
            or not (s.parsed_when.due_date or s.parsed_when.review_date or _A_START.match(s.text))
        )
        and not s.parsed_when.recurrence
        and not PINNED_TO_AN_EVENT.search(action)
    )
    if a_step and held[0] > s.today + STEP_HORIZON:
        how_far = (
            "more than six months away, for one step of the plan (three reviews or more would pass first)"
        )
        return [Hit(held[1], {"match": held[1].text, "how_far": how_far})]
    if held[0] <= s.today + _HORIZON:
        return []
    return [Hit(held[1], {"match": held[1].text, "how_far": "more than a year away"})]
