"""Recording reviews, and views given through a one-time link."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework.models import Action, FamilyMember, Goal, Plan, ProgressNote
from familyplan.web.casework.services import PlanClosedError, PlanRuleError, plan_score_refresh
from familyplan.web.casework.signals import plan_changed
from familyplan.web.expiring import digest
from familyplan.web.reviews.models import ActionReviewed, Review, ScalingScore, ViewsLink, ViewsSubmission
from familyplan.web.reviews.rules import ActionUpdate, GoalUpdate, ReviewRefused, review_problems
from familyplan.web.reviews.selectors import DRIFT, updates_since_last_review, with_drift
from familyplan.web.versioning import StaleVersionError, claim

__all__ = ["ActionUpdate", "GoalUpdate", "ReviewConflictError", "ReviewRefused", "review_record"]

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def next_review_proposal(plan: Plan, reviewed_on: dt.date) -> dt.date:
    """The council's cycle for this kind of plan (6 weeks unless the council says otherwise)."""
    from familyplan.web.council.services import next_review_after

    return next_review_after(reviewed_on, plan.plan_type)


@receiver(plan_changed, dispatch_uid="reviews.plan_drift_refresh")
def plan_drift_refresh(*, plan_id: int, **_signal: object) -> bool:
    """Work out again whether the plan shows drift, and keep it with the plan (on every change)."""
    drifting = with_drift(Plan.objects.filter(pk=plan_id)).filter(DRIFT).exists()
    Plan.objects.filter(pk=plan_id).update(drifting=drifting)
    return drifting


class ReviewConflictError(StaleVersionError):
    """Actions or goals the review would change were changed by someone else since the form opened;
    ``current`` is the list of them as they now stand."""


def _claim_changed(actions: list[ActionUpdate], goals: list[GoalUpdate]) -> None:
    """Claim (versioning) every action whose status and every goal whose achievement the review
    changes, all or none: the review is refused, naming each record someone else changed."""
    stale: list[Action | Goal] = []
    changing: list[tuple[Action | Goal, int | None]]
    changing = [(u.action, u.version) for u in actions if u.status != _stored(u.action).status]
    changing += [(u.goal, u.version) for u in goals if u.achieved and _stored(u.goal).status != "achieved"]
    for record, version in changing:
        try:
            claim(record, version)
        except StaleVersionError as error:
            stale.append(error.current)
    if stale:
        raise ReviewConflictError(stale)


def _stored(record: Action | Goal) -> Action | Goal:
    return type(record)._default_manager.get(pk=record.pk)


def _land_sent_in(plan: Plan, review: Review, updates: list[tuple[int, dt.date]]) -> None:
    """Views given through links since the last review land in this one, marked as theirs; so do
    the updates TAF members sent in up to the day of the review, which then leave "My work"."""
    ViewsSubmission.objects.filter(plan=plan, review__isnull=True).update(review=review)
    looked_at = [pk for pk, day in updates if day <= review.date]
    ProgressNote.objects.filter(pk__in=looked_at).update(review=review)


def _actions_reviewed(review: Review, actions: list[ActionUpdate], by: User) -> None:
    """Each action's progress and status as the review records them. The status it found is kept
    with the review (ActionReviewed), since the action's own status moves on after it."""
    for update in actions:
        if update.progress.strip():
            ProgressNote.objects.create(
                action=update.action, review=review, date=review.date, text=update.progress.strip(), by=by
            )
        if update.status != update.action.status:
            Action.objects.filter(pk=update.action.pk).update(status=update.status)
    ActionReviewed.objects.bulk_create(
        ActionReviewed(review=review, action=u.action, status_before=u.action.status, status=u.status)
        for u in actions
    )


def _goals_scored(review: Review, goals: list[GoalUpdate]) -> None:
    ScalingScore.objects.bulk_create(
        ScalingScore(
            review=review,
            goal=u.goal,
            family_score=u.family_score,
            practitioner_score=u.practitioner_score,
            no_score_reason=u.no_score_reason.strip(),
            achieved=u.achieved,
        )
        for u in goals
        if u.family_score is not None
        or u.practitioner_score is not None
        or u.no_score_reason.strip()
        or u.achieved
    )


@transaction.atomic
def review_record(
    *,
    plan: Plan,
    by: User,
    review_fields: dict[str, object],
    actions: list[ActionUpdate],
    goals: list[GoalUpdate],
) -> Review:
    """Record a review: progress on every action, scaling on every goal, the next date.

    Refuses (ReviewRefused) a review that misses what the guidance asks for (reviews.rules).
    """
    permissions.require(by, permissions.PLAN_CHANGE, plan.family)
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    if plan.status != Plan.Status.LIVE:
        raise PlanClosedError
    problems = review_problems(
        plan=plan, fields=review_fields, actions=actions, goals=goals, today=timezone.localdate()
    )
    if problems:
        raise ReviewRefused(problems)
    _claim_changed(actions, goals)
    sent_in = list(updates_since_last_review([plan]).values_list("pk", "date"))
    review = Review.objects.create(plan=plan, recorded_by=by, **review_fields)
    _actions_reviewed(review, actions, by)
    _goals_scored(review, goals)
    achieved = [u.goal.pk for u in goals if u.achieved]
    if achieved:
        # Seed 002: achieved outcomes are celebrated and leave the live plan.
        Goal.objects.filter(pk__in=achieved).update(status="achieved", achieved_on=review.date)
    _land_sent_in(plan, review, sent_in)
    Plan.objects.filter(pk=plan.pk).update(
        next_review_date=review.next_review_date, version=F("version") + 1, updated_at=timezone.now()
    )
    Review.objects.filter(pk=review.pk).update(smart_score=plan_score_refresh(plan.pk))
    review.refresh_from_db(fields=["smart_score"])
    audit.record_change(review, None, family_id=plan.family_id, user=by)
    return review


@transaction.atomic
def views_link_create(
    *, plan: Plan, by: User, for_name: str = "", for_member: FamilyMember | None = None
) -> tuple[ViewsLink, str]:
    """A new link for a parent or young person, chosen from the family (``for_member``) or named.
    The token is returned once and only its hash is kept."""
    permissions.require(by, permissions.PLAN_CHANGE, plan.family)
    if plan.status != Plan.Status.LIVE:
        raise PlanClosedError
    if for_member is not None and for_member.family_id != plan.family_id:
        raise PlanRuleError(_("The person chosen is not a member of this family"))
    name = for_member.name if for_member is not None else for_name.strip()
    if not name:
        raise PlanRuleError(_("Choose who the link is for, or write their name"))
    token = secrets.token_urlsafe(24)
    link = ViewsLink.objects.create(
        plan=plan,
        for_name=name,
        for_member=for_member,
        token_hash=digest(token),
        created_by=by,
        expires_at=timezone.now() + dt.timedelta(days=settings.VIEWS_LINK_DAYS),
    )
    audit.record_change(link, None, family_id=plan.family_id, user=by)
    return link, token


class LinkNotUsable(PlanRuleError):
    """A views link that cannot be used; ``link`` is set if found, to answer in its family's language."""

    def __init__(self, message: StrOrPromise, link: ViewsLink | None = None) -> None:
        self.link = link
        super().__init__(message)


NOT_A_LINK = _("This link does not work. Ask your family's worker for a new one.")
USED = _("This link has already been used. Thank you for sharing your views.")
EXPIRED = _("This link has expired. Ask your family's worker for a new one.")


def views_link_get(token: str) -> ViewsLink:
    link = ViewsLink.objects.select_related("plan", "plan__family").filter(token_hash=digest(token)).first()
    if link is None:
        raise LinkNotUsable(NOT_A_LINK)
    if link.used_at is not None:
        raise LinkNotUsable(USED, link)
    if link.expired or link.plan.status != Plan.Status.LIVE:
        raise LinkNotUsable(EXPIRED, link)
    return link


@transaction.atomic
def views_submit(*, token: str, going_well: str, worried_about: str, would_like: str) -> ViewsSubmission:
    link = views_link_get(token)
    # Marking it used in the same statement that checks it stops a second submission racing the first.
    if not ViewsLink.objects.filter(pk=link.pk, used_at__isnull=True).update(used_at=timezone.now()):
        raise LinkNotUsable(USED, link)
    submission = ViewsSubmission.objects.create(
        link=link,
        plan=link.plan,
        name=link.for_name,
        going_well=going_well,
        worried_about=worried_about,
        would_like=would_like,
    )
    audit.record_change(submission, None, family_id=link.plan.family_id)
    return submission
