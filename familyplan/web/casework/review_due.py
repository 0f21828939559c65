"""When a stored plan's next review is due, as the checker finds it (familyplan.plan.reviews.review_due).

The date set at the last review; with none set (a plan never reviewed), a full cycle of the plan's
type, by the council's cycles, after the plan started. The plan page, "My work", the dashboard
and the reminders all ask here, as a value for one plan or as a query over many, so that a plan
never reviewed is not "due" on one page and missing from another.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q

from familyplan.plan.reviews import ReviewCycles, latest_next_review
from familyplan.web.casework.models import Plan


def _cycles(cycles: ReviewCycles | None) -> ReviewCycles:
    if cycles is not None:
        return cycles
    from familyplan.web.council.services import cycles as council_cycles

    return council_cycles()


def review_due_on(plan: Plan, cycles: ReviewCycles | None = None) -> dt.date:
    """The day the plan's next review is due by."""
    if plan.next_review_date is not None:
        return plan.next_review_date
    return latest_next_review(plan.started_on, plan.plan_type, _cycles(cycles))


def review_due_between(first: dt.date | None, last: dt.date | None, cycles: ReviewCycles | None = None) -> Q:
    """Plans whose next review is due between ``first`` and ``last`` (either end may be open)."""
    set_at_review = Q(next_review_date__isnull=False)
    never_set = Q()
    for plan_type, cycle in _cycles(cycles).items():
        started = Q(plan_type=plan_type.value)
        if first is not None:
            started &= Q(started_on__gte=first - cycle.latest)
        if last is not None:
            started &= Q(started_on__lte=last - cycle.latest)
        never_set |= started
    if first is not None:
        set_at_review &= Q(next_review_date__gte=first)
    if last is not None:
        set_at_review &= Q(next_review_date__lte=last)
    return set_at_review | (Q(next_review_date__isnull=True) & never_set)


def review_overdue(today: dt.date, cycles: ReviewCycles | None = None) -> Q:
    """Plans whose next review was due before ``today``."""
    return review_due_between(None, today - dt.timedelta(days=1), cycles)
