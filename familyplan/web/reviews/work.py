"""Reads for a practitioner's own work tray ("My work"): what needs them, across their families."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import F, QuerySet
from django.utils import timezone

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.casework.models import (
    OPEN_ACTION_STATUSES,
    Action,
    ClosureReturn,
    Family,
    Plan,
    ProgressNote,
)
from familyplan.web.casework.review_due import (
    review_due_between,
    review_due_on,
    review_overdue,
    review_was_set,
)
from familyplan.web.council.services import cycles
from familyplan.web.reviews.models import ViewsSubmission
from familyplan.web.reviews.selectors import updates_since_last_review

# Reviews falling due within this many days are shown as coming up.
DUE_SOON_DAYS = 14


@dataclass(frozen=True)
class DueReview:
    """A plan whose review is due, and the day it is due by (set at the last review, or a full
    cycle after the plan started when it has never been reviewed)."""

    plan: Plan
    due: dt.date
    review_set: bool  # casework.review_due.review_was_set: if not, it was never reviewed


@dataclass(frozen=True)
class WorkTray:
    families: list[Family]
    reviews_overdue: list[DueReview]
    reviews_due: list[DueReview]
    my_actions: list[Action]
    team_overdue_actions: list[Action]
    drifting: list[Plan]
    views: list[ViewsSubmission]
    updates: list[ProgressNote]
    returned: list[ClosureReturn]
    # The actions of my_actions whose own "Update progress" page is the person's to use.
    progress_pages: frozenset[int] = frozenset()

    @property
    def counts(self) -> dict[str, int]:
        return {
            name: len(getattr(self, name)) for name in self.__dataclass_fields__ if name != "progress_pages"
        }


def _led_plans(user: User) -> QuerySet[Plan]:
    return (
        Plan.objects.filter(family__taf__user=user, family__taf__is_lead=True)
        .exclude(status=Plan.Status.CLOSED)
        .select_related("family")
        .order_by("family__family_name", "pk")
    )


def _actions(queryset: QuerySet[Action]) -> list[Action]:
    # Most urgent first: the longest overdue, then those due soonest, then those with no date.
    soonest = F("overdue_from").asc(nulls_last=True)
    return list(queryset.select_related("goal__plan__family").order_by(soonest, "pk")[:200])


def _progress_pages(user: User, actions: list[Action]) -> frozenset[int]:
    """The actions given to the person that they update on their own page, as the plan page
    offers it: those they may update but whose plan they do not change (who changes the plan
    changes the action itself)."""
    return frozenset(
        a.pk
        for a in actions
        if permissions.can(user, permissions.ACTION_UPDATE, a)
        and not permissions.can(user, permissions.PLAN_CHANGE, a.goal.plan.family)
    )


def _due(plans: QuerySet[Plan]) -> list[DueReview]:
    council = cycles()
    due = [
        DueReview(plan, review_due_on(plan, council), review_was_set(plan))
        for plan in plans.prefetch_related("reviews")
    ]
    return sorted(due, key=lambda d: (d.due, d.plan.pk))


def work_tray(user: User, today: dt.date | None = None) -> WorkTray:
    today = today or timezone.localdate()
    led = _led_plans(user)
    live = led.filter(status=Plan.Status.LIVE)
    open_actions = Action.objects.filter(
        goal__status="open", goal__plan__status=Plan.Status.LIVE, status__in=OPEN_ACTION_STATUSES
    )
    families: dict[int, Any] = {
        f.pk: f for f in Family.objects.filter(taf__user=user).distinct().order_by("family_name", "pk")
    }
    # The rules read each action's owner and its family's team: read once, not action by action.
    mine = _actions(
        open_actions.filter(taf_member__user=user)
        .select_related("taf_member")
        .prefetch_related("goal__plan__family__taf")
    )
    return WorkTray(
        families=list(families.values()),
        reviews_overdue=_due(live.filter(review_overdue(today))),
        reviews_due=_due(live.filter(review_due_between(today, today + dt.timedelta(DUE_SOON_DAYS)))),
        my_actions=mine,
        progress_pages=_progress_pages(user, mine),
        team_overdue_actions=_actions(
            Action.objects.filter(goal__plan__in=live, overdue_from__lt=today).exclude(taf_member__user=user)
        ),
        drifting=list(live.filter(drifting=True)),
        views=list(
            ViewsSubmission.objects.filter(plan__in=led, review__isnull=True)
            .select_related("plan__family")
            .order_by("submitted_at")
        ),
        # What the rest of the team sent in on the plans the person leads, for the next review.
        updates=list(updates_since_last_review(live).exclude(by=user)[:200]),
        returned=list(
            ClosureReturn.objects.filter(plan__in=live, answered_at__isnull=True)
            .select_related("plan__family", "returned_by")
            .order_by("-returned_at")
        ),
    )
