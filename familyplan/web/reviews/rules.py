"""What a review must hold before it is recorded (seeds 000, 002, 003, 004).

A review that records nothing would move the next review date on, so the plan
would never show as overdue and drift could not be measured. A review names who
took part, says what progress each open action has made, scores every goal (or
says why not), has the child's views (or says why not: views a child sent in
through the family's link, or that were sent in for them, are the child's views),
is dated between the plan's start and today, and sets the next review within the
plan type's cycle unless a reason is given (the reason is shown to the manager).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from familyplan.plan import reviews
from familyplan.web.casework.models import OPEN_ACTION_STATUSES, Action, Goal, Plan
from familyplan.web.casework.presentation import action_named, goal_named
from familyplan.web.casework.services import Refused
from familyplan.web.reviews.models import Review, ViewsSubmission

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


@dataclass(frozen=True)
class ActionUpdate:
    action: Action
    progress: str
    status: str
    # The version of the action the person saw (familyplan.web.versioning): a status someone
    # changed since is not overwritten unseen.
    version: int | None = None


@dataclass(frozen=True)
class GoalUpdate:
    goal: Goal
    family_score: int | None
    practitioner_score: int | None
    achieved: bool
    no_score_reason: str = ""
    version: int | None = None


# Done and stopped actions have nothing left to report: a review asks progress on the others.


def actions_to_review(goals: Sequence[Goal], asked: Iterable[int] = ()) -> list[Action]:
    """The actions a review asks progress on: those still to do, under the goals still open; and
    those the form already ``asked`` about when it was opened, so that one someone finished
    meanwhile is shown as a clash of their status and yours, not dropped with what was written."""
    still_to_do = Q(status__in=OPEN_ACTION_STATUSES) | Q(pk__in=list(asked))
    return list(
        Action.objects.filter(still_to_do, goal__in=goals, goal__status="open").select_related("goal")
    )


class ReviewRefused(Refused):
    """The review misses something the guidance asks for: ``problems`` maps each part to what to do."""


def latest_next_review(plan: Plan, reviewed_on: dt.date) -> dt.date:
    """The latest next review the plan type's cycle allows without a reason."""
    from familyplan.web.council.services import cycles

    return reviews.latest_next_review(reviewed_on, plan.plan_type, cycles())


def review_on(plan: Plan, day: object, other_than: int | None = None) -> Review | None:
    """The review of the plan already recorded on ``day`` (besides review ``other_than``), if any."""
    if not isinstance(day, dt.date):
        return None
    same_day = plan.reviews.filter(date=day)
    if other_than is not None:
        same_day = same_day.exclude(pk=other_than)
    return same_day.order_by("pk").first()


def _dates(
    plan: Plan, fields: dict[str, Any], today: dt.date, review_id: int | None = None
) -> dict[str, StrOrPromise]:
    problems: dict[str, StrOrPromise] = {}
    day, next_day = fields.get("date"), fields.get("next_review_date")
    if day is None:
        return problems
    if review_on(plan, day, other_than=review_id) is not None:
        # Sending the form again (the browser's Back, a second click) must not record the review twice.
        problems["date"] = _(
            "A review on %(day)s has already been recorded for this plan: enter the date of this review"
        ) % {"day": f"{day:%d/%m/%Y}"}
    elif day < plan.started_on:
        problems["date"] = _("The review must be on or after the day the plan started, %(day)s") % {
            "day": f"{plan.started_on:%d/%m/%Y}"
        }
    elif day > today:
        problems["date"] = _("The review date must be today or in the past")
    if next_day is None:
        return problems
    if next_day <= day:
        problems["next_review_date"] = _("The next review must be after this one")
    elif "date" in problems:
        return problems  # a refused review date is no ground to judge the review cycle by
    elif (
        next_day > (latest := latest_next_review(plan, day))
        and not str(fields.get("next_review_reason", "")).strip()
    ):
        problems["next_review_reason"] = _(
            "The next review is later than the plan's review cycle allows (by %(day)s): "
            "say why, or choose an earlier date"
        ) % {"day": f"{latest:%d/%m/%Y}"}
    return problems


def _words(name: str) -> list[str]:
    return re.findall(r"\w+", name.casefold())


def child_views_sent_in(plan: Plan) -> bool:
    """Whether views sent in through the family's link and waiting for this review are a child's:
    the link was made for a child chosen from the family's record, or its written name names a
    child of the family by their first name at least ("Tobi", "Mum, for Tobi")."""
    children = {words[0] for m in plan.family.members.all() if m.is_child and (words := _words(m.name))}
    sent = ViewsSubmission.objects.filter(plan=plan, review__isnull=True).select_related("link")
    return any(
        s.link.for_member.is_child if s.link.for_member else bool(children.intersection(_words(s.name)))
        for s in sent
    )


def review_problems(
    *,
    plan: Plan,
    fields: dict[str, Any],
    actions: Sequence[ActionUpdate],
    goals: Sequence[GoalUpdate],
    today: dt.date,
    review_id: int | None = None,
) -> dict[str, StrOrPromise]:
    """Everything the review misses, by the part of the review it concerns; empty when it is whole
    (``review_id``: the review being corrected, which may keep its own date)."""
    problems = _dates(plan, fields, today, review_id)
    if not str(fields.get("attendees", "")).strip():
        problems["attendees"] = _("Tick who took part in the review, or write their names")
    for update in actions:
        if not update.progress.strip():
            problems[f"progress_{update.action.pk}"] = _(
                "Write what progress has been made on %(action)s, even if there has been none"
            ) % {"action": action_named(update.action.how)}
    for goal in goals:
        missing = (goal.family_score is None, goal.practitioner_score is None)
        if any(missing) and not goal.no_score_reason.strip():
            outcome = {"goal": goal_named(goal.goal.outcome)}
            problems[f"score_{goal.goal.pk}"] = (
                _("Give the practitioners' score for %(goal)s, or say why there is none")
                if missing == (False, True)
                else _("Give the family's score for %(goal)s, or say why there is none")
                if missing == (True, False)
                else _(
                    "Give a score from the family and from the practitioners for %(goal)s, "
                    "or say why there is none"
                )
            ) % outcome
    has_children = any(member.is_child for member in plan.family.members.all())
    views = f"{fields.get('child_views', '')}{fields.get('child_views_missing_reason', '')}"
    if has_children and not views.strip() and not child_views_sent_in(plan):
        problems["child_views"] = _("Write the child's views, or say why they could not be gathered")
    elif (
        fields.get("child_views_gathered_before")
        and not str(fields.get("child_views", "")).strip()
        and not child_views_sent_in(plan)
    ):
        problems["child_views"] = _("Write down the child's views that were gathered before the review")
    return problems
