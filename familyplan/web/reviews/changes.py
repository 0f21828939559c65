"""Reviews recorded, corrected or removed by other systems (through the API), against the plan's version."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework.changes import part_delete, plan_at, version_raised
from familyplan.web.casework.models import Action, Goal, Plan
from familyplan.web.casework.services import plan_score_refresh
from familyplan.web.reviews.models import Review
from familyplan.web.reviews.rules import (
    ActionUpdate,
    GoalUpdate,
    ReviewRefused,
    actions_to_review,
    review_problems,
)
from familyplan.web.reviews.services import plan_drift_refresh, review_record

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

_ASKED = (
    "date",
    "child_views_gathered_before",
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
    problems = review_problems(
        plan=plan, fields=whole, actions=[], goals=[], today=timezone.localdate(), review_id=review.pk
    )
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


@transaction.atomic
def review_delete(*, plan: Plan, by: User, version: int, review: Review) -> None:
    """Remove a review; the plan's next review date is the latest remaining review's again."""
    part_delete(plan=plan, by=by, version=version, record=review)
    latest = plan.reviews.order_by("-date", "-id").first()
    Plan.objects.filter(pk=plan.pk).update(next_review_date=latest.next_review_date if latest else None)
    plan_drift_refresh(plan_id=plan.pk)


@transaction.atomic
def review_add(
    *,
    plan: Plan,
    by: User,
    version: int,
    progress: Sequence[Mapping[str, Any]],
    scores: Sequence[Mapping[str, Any]],
    **fields: Any,
) -> Review:
    """A review recorded by another system, as the review page records it (review_record): asked
    everything the page asks, progress on every open action and a score (or why not) for every open
    goal among them, and marking goals achieved. ``progress``: action_id, progress, status (None:
    as it is); ``scores``: goal_id, family_score, practitioner_score, no_score_reason, achieved.
    Progress on an action of the plan already done or stopped is kept as a note, and the action
    stays as it is: clients send progress on every action of a goal, as a review once asked."""
    permissions.require(by, permissions.PLAN_CHANGE, plan.family)
    plan = plan_at(plan, version)
    goals = list(plan.goals.filter(status="open"))
    actions = actions_to_review(goals)
    given_progress = {int(item["action_id"]): item for item in progress}
    given_scores = {int(item["goal_id"]): item for item in scores}
    finished = list(
        Action.objects.filter(goal__plan=plan, pk__in=given_progress)
        .exclude(pk__in=[a.pk for a in actions])
        .select_related("goal")
    )
    unknown: dict[str, StrOrPromise] = {
        f"progress_{pk}": _("There is no action %(id)d in this plan") % {"id": pk}
        for pk in sorted(set(given_progress) - {a.pk for a in [*actions, *finished]})
    }
    unknown |= {
        f"score_{pk}": _("There is no open goal %(id)d in this plan") % {"id": pk}
        for pk in sorted(set(given_scores) - {g.pk for g in goals})
    }
    if unknown:
        raise ReviewRefused(unknown)
    updates = [_progress(action, given_progress.get(action.pk, {})) for action in actions]
    updates += _noted(finished, given_progress)
    scored = [_scores(goal, given_scores.get(goal.pk, {})) for goal in goals]
    return review_record(plan=plan, by=by, review_fields=fields, actions=updates, goals=scored)


def _progress(action: Action, given: Mapping[str, Any]) -> ActionUpdate:
    # The plan's version was checked: nobody changed the action since it was read.
    status = given.get("status") or action.status
    return ActionUpdate(action, str(given.get("progress") or ""), status, action.version)


def _noted(finished: Sequence[Action], given: Mapping[int, Mapping[str, Any]]) -> list[ActionUpdate]:
    # A review does not reopen an action done or stopped (a status sent for it is not applied) and
    # asks nothing of it: its progress is recorded as a note when there is some.
    written = {action: str(given[action.pk].get("progress") or "").strip() for action in finished}
    return [
        ActionUpdate(action, text, action.status, action.version) for action, text in written.items() if text
    ]


def _scores(goal: Goal, given: Mapping[str, Any]) -> GoalUpdate:
    return GoalUpdate(
        goal,
        given.get("family_score"),
        given.get("practitioner_score"),
        bool(given.get("achieved")),
        str(given.get("no_score_reason") or ""),
        goal.version,
    )
