"""When a stored plan's next review is due, as the checker finds it (familyplan.plan.reviews.review_due).

The date set on the plan; else the latest date set at a review, unless a review was held after
it, when it is a full cycle of the plan's type (by the council's cycles) after that review; with
no review at all, a full cycle after the plan started. The plan page, "My work", the dashboard and
the reminders all ask here, as a value for one plan (the checker's own rule, given the stored
dates) or as a query over many, so that a plan is not "due" on one page and missing from another.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.expressions import Combinable
from django.db.models.lookups import GreaterThanOrEqual, IsNull, LessThan, LessThanOrEqual

from familyplan.plan.reviews import ReviewCycles, review_due_from
from familyplan.web.casework.models import Plan


def _cycles(cycles: ReviewCycles | None) -> ReviewCycles:
    if cycles is not None:
        return cycles
    from familyplan.web.council.services import cycles as council_cycles

    return council_cycles()


def review_was_set(plan: Plan) -> bool:
    """Whether a next review was set, on the plan or at a review recorded (read from the plan's
    prefetched reviews, if they were): if not, the plan has never been reviewed. A plan from a file
    may have reviews and no next review date of its own."""
    return plan.next_review_date is not None or bool(plan.reviews.all())


def review_due_on(plan: Plan, cycles: ReviewCycles | None = None) -> dt.date:
    """The day the plan's next review is due by. For many plans, prefetch their "reviews"."""
    held = [(r.date, r.next_review_date) for r in plan.reviews.all()]
    due = review_due_from(plan.next_review_date, plan.started_on, plan.plan_type, held, _cycles(cycles))
    # A stored plan always has a start date, so the rule always finds a day.
    return due or plan.started_on


def _reviews() -> QuerySet[Any]:
    # Reviews belong to the reviews app, which sits above casework: reached through the plan's
    # own relation, never by importing that app.
    review = Plan._meta.get_field("reviews").related_model
    return review._default_manager.filter(plan=OuterRef("pk"))  # type: ignore[union-attr]


def _within(day: Combinable, first: dt.date | None, last: dt.date | None) -> Q:
    # Lookups rather than arithmetic on dates in the database, which SQLite and PostgreSQL do apart.
    within = Q()
    if first is not None:
        within &= Q(GreaterThanOrEqual(day, first))
    if last is not None:
        within &= Q(LessThanOrEqual(day, last))
    return within


def _cycle_after(day: Combinable, first: dt.date | None, last: dt.date | None, cycles: ReviewCycles) -> Q:
    """Plans for which a full cycle of their type after ``day`` falls between ``first`` and ``last``."""
    after = Q(pk__in=[])
    for plan_type, cycle in cycles.items():
        after |= Q(plan_type=plan_type.value) & _within(
            day,
            None if first is None else first - cycle.latest,
            None if last is None else last - cycle.latest,
        )
    return after


def review_due_between(first: dt.date | None, last: dt.date | None, cycles: ReviewCycles | None = None) -> Q:
    """Plans whose next review is due between ``first`` and ``last`` (either end may be open):
    review_due_on as a query, case by case."""
    council = _cycles(cycles)
    reviews = _reviews()
    last_held = Subquery(reviews.order_by("-date").values("date")[:1])
    latest_set = Subquery(
        reviews.filter(next_review_date__isnull=False)
        .order_by("-next_review_date")
        .values("next_review_date")[:1]
    )
    set_on_plan = Q(next_review_date__isnull=False) & _within(F("next_review_date"), first, last)
    never_reviewed = ~Exists(reviews) & _cycle_after(F("started_on"), first, last, council)
    set_at_review = Q(GreaterThanOrEqual(latest_set, last_held)) & _within(latest_set, first, last)
    # Reviewed since the latest date set (or none set): a full cycle after the last review.
    reviewed_since = Exists(reviews) & (Q(LessThan(latest_set, last_held)) | Q(IsNull(latest_set, True)))
    reviewed_since &= _cycle_after(last_held, first, last, council)
    return set_on_plan | (
        Q(next_review_date__isnull=True) & (never_reviewed | set_at_review | reviewed_since)
    )


def review_overdue(today: dt.date, cycles: ReviewCycles | None = None) -> Q:
    """Plans whose next review was due before ``today``."""
    return review_due_between(None, today - dt.timedelta(days=1), cycles)
