"""The review cycle and drift, as plain rules over dates and scores.

Seeds 000 and 004: a plan is reviewed every 6-8 weeks (My Plan every 6). Seed
001: a lack of measurable progress across reviews, despite actions being done,
may mean disguised compliance and is taken to supervision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from familyplan.plan.kinds import PlanType

if TYPE_CHECKING:
    from familyplan.plan.models import Plan


@dataclass(frozen=True)
class ReviewCycle:
    """How long after a review the next one is proposed, and how long before it is overdue."""

    proposed: dt.timedelta
    latest: dt.timedelta


ReviewCycles = Mapping[PlanType, ReviewCycle]


def review_cycles(
    *,
    early_help_weeks: int = 6,
    early_help_latest_weeks: int = 8,
    my_plan_weeks: int = 6,
    interim_days: int = 7,
) -> dict[PlanType, ReviewCycle]:
    """Each plan type's review cycle from a council's settings; the defaults are the guidance's.

    The one definition: the checker, the review form, the proposed dates and the dashboard's
    count of overdue reviews (a database query) all take their cycles from here.
    """
    early_help = dt.timedelta(weeks=early_help_weeks)
    my_plan = dt.timedelta(weeks=my_plan_weeks)
    interim = dt.timedelta(days=interim_days)
    return {
        PlanType.EARLY_HELP: ReviewCycle(
            early_help, max(early_help, dt.timedelta(weeks=early_help_latest_weeks))
        ),
        PlanType.MY_PLAN: ReviewCycle(my_plan, my_plan),
        PlanType.INTERIM_SAFETY: ReviewCycle(interim, interim),
    }


DEFAULT_CYCLES: ReviewCycles = review_cycles()


def proposed_next_review(day: dt.date, plan_type: str, cycles: ReviewCycles | None = None) -> dt.date:
    """The date to propose for the next review after one held on ``day``: the start of the cycle."""
    return day + (cycles or DEFAULT_CYCLES)[PlanType(plan_type)].proposed


def latest_next_review(day: dt.date, plan_type: str, cycles: ReviewCycles | None = None) -> dt.date:
    """The last date the next review after one held on ``day`` can be before it is overdue."""
    return day + (cycles or DEFAULT_CYCLES)[PlanType(plan_type)].latest


def review_due(plan: Plan, cycles: ReviewCycles | None = None) -> dt.date | None:
    """When the plan's next review is due: the date set at the last review, or a full cycle after it."""
    held = [(r.date, r.next_review_date) for r in plan.reviews]
    return review_due_from(plan.next_review_date, plan.started_on, plan.plan_type, held, cycles)


def review_due_from(
    next_review_date: dt.date | None,
    started_on: dt.date | None,
    plan_type: str,
    reviews: Iterable[tuple[dt.date, dt.date | None]],
    cycles: ReviewCycles | None = None,
) -> dt.date | None:
    """review_due over the dates alone (each review's date and the next date set at it), so that a
    plan stored elsewhere (the web's database) is judged by this same rule, not a copy of it."""
    if next_review_date:
        return next_review_date
    held = list(reviews)
    last = max((day for day, _next in held), default=started_on)
    if last is None:
        return None
    latest_set = max((after for _day, after in held if after), default=None)
    if latest_set and latest_set >= last:
        return latest_set
    return latest_next_review(last, plan_type, cycles)


@dataclass(frozen=True)
class ReviewProgress:
    """What one review recorded for one goal: scaling scores and how many of its actions were done."""

    reviewed_on: dt.date
    family_score: int | None
    practitioner_score: int | None
    actions_done: int
    progress_notes: int
    goal: str = ""


def _score(r: ReviewProgress) -> float | None:
    scores = [s for s in (r.family_score, r.practitioner_score) if s is not None]
    return sum(scores) / len(scores) if scores else None


def is_drifting(history: Sequence[ReviewProgress]) -> bool:
    """No rise in scaling scores over the last two reviews while actions are being done,
    or a review that recorded no progress at all.

    The scores compared are those of the goals scored at both reviews: a goal added since the
    earlier one starts where it starts, and its first score says nothing of drift."""
    if not history:
        return False
    ordered = sorted(history, key=lambda r: r.reviewed_on)
    latest = ordered[-1]
    if latest.progress_notes == 0 and latest.actions_done == 0:
        return True
    days = sorted({r.reviewed_on for r in ordered})
    if len(days) < 2:
        return False
    earlier = {r.goal: _score(r) for r in ordered if r.reviewed_on == days[-2]}
    later = {r.goal: _score(r) for r in ordered if r.reviewed_on == days[-1]}
    both = [g for g in later if later[g] is not None and earlier.get(g) is not None]
    if not both:
        return False
    before = sum(earlier[g] or 0 for g in both) / len(both)
    after = sum(later[g] or 0 for g in both) / len(both)
    return after <= before and latest.actions_done > 0
