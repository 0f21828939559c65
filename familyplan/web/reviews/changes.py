"""Reviews recorded, corrected or removed by other systems (through the API), against the plan's version."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework.changes import part_delete, plan_at, version_raised
from familyplan.web.casework.models import Plan
from familyplan.web.casework.services import plan_score_refresh
from familyplan.web.reviews.models import Review
from familyplan.web.reviews.rules import ReviewRefused, review_problems
from familyplan.web.reviews.services import plan_drift_refresh

_ASKED = (
    "date",
    "next_review_date",
    "next_review_reason",
    "attendees",
    "child_views",
    "child_views_missing_reason",
)


@transaction.atomic
def review_save(*, plan: Plan, by: User, version: int, review: Review, **fields: Any) -> Review:
    """Record a review's notes (``review`` new and unsaved) or correct one already recorded."""
    permissions.require(by, permissions.PLAN_CHANGE, plan.family)
    plan = plan_at(plan, version)
    before = audit.snapshot(review) if review.pk else None
    for name, value in fields.items():
        setattr(review, name, value)
    # The same questions as a review recorded on the page: who took part, the dates, the child's views.
    whole = {name: getattr(review, name, "") for name in _ASKED} | fields
    problems = review_problems(plan=plan, fields=whole, actions=[], goals=[], today=dt.date.today())
    if problems:
        raise ReviewRefused(problems)
    review.plan = plan
    if not review.pk:
        review.recorded_by = by
    review.save()
    latest = plan.reviews.order_by("-date", "-id").first() or review
    Plan.objects.filter(pk=plan.pk).update(next_review_date=latest.next_review_date)
    audit.record_change(review, before, family_id=plan.family_id, user=by)
    plan_score_refresh(plan.pk)
    plan_drift_refresh(plan_id=plan.pk)
    version_raised(plan)
    return review


def review_delete(*, plan: Plan, by: User, version: int, review: Review) -> None:
    part_delete(plan=plan, by=by, version=version, record=review)
    plan_drift_refresh(plan_id=plan.pk)
