"""Reads about reviews: what one review recorded, and the drift a manager is shown (worked out in
the database).

Drift is no rise in the scaling scores over the last two reviews (of the goals scored at
both) while actions are done, or a review that recorded no progress at all (seed 001,
disguised compliance).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Avg, Count, Exists, F, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from familyplan.web.casework.models import Action, Goal, Plan, ProgressNote
from familyplan.web.reviews.models import ActionReviewed, Review, ScalingScore

_SCORED = Q(family_score__isnull=False) | Q(practitioner_score__isnull=False)


def _score_of(review_ref: str, other_ref: str) -> Subquery:
    """The review's mean scaling score over the goals scored at the other review too: a goal added
    since starts where it starts, and its first score says nothing of drift."""
    both = (
        Coalesce("family_score", "practitioner_score") + Coalesce("practitioner_score", "family_score")
    ) / Value(2.0)
    scored_there = ScalingScore.objects.filter(
        _SCORED, review_id=OuterRef(OuterRef(other_ref)), goal_id=OuterRef("goal_id")
    )
    return Subquery(
        ScalingScore.objects.filter(_SCORED, Exists(scored_there), review_id=OuterRef(review_ref))
        .values("review_id")
        .annotate(score=Avg(both))
        .values("score")[:1]
    )


def with_drift(plans: QuerySet[Plan]) -> QuerySet[Plan]:
    """Plans annotated with what drift needs: the last two reviews' scaling, progress, actions done."""
    latest = Review.objects.filter(plan=OuterRef("pk")).order_by("-date", "-id").values("id")
    done = Action.objects.filter(goal__plan=OuterRef("pk"), status="done").values("goal__plan")
    notes = ProgressNote.objects.filter(review_id=OuterRef("last_review")).values("review_id")
    return (
        plans.annotate(last_review=Subquery(latest[:1]), previous_review=Subquery(latest[1:2]))
        .annotate(
            last_score=_score_of("last_review", "previous_review"),
            previous_score=_score_of("previous_review", "last_review"),
        )
        .annotate(
            actions_done=Coalesce(Subquery(done.annotate(n=Count("id")).values("n")[:1]), 0),
            last_review_notes=Coalesce(Subquery(notes.annotate(n=Count("id")).values("n")[:1]), 0),
        )
    )


# No rise in scaling over the last two reviews while actions are done; or a review with no progress at all.
DRIFT = Q(last_review__isnull=False) & (
    Q(last_review_notes=0, actions_done=0) | Q(last_score__lte=F("previous_score"), actions_done__gt=0)
)


def updates_since_last_review(plans: QuerySet[Plan] | Iterable[Plan]) -> QuerySet[ProgressNote]:
    """Progress TAF members sent in on their actions (a note recorded outside a review) since the
    plan's last review, newest first: what the next review looks at. Only notes someone recorded
    here: those a plan's file brought in (no one here wrote them) are its history, not news."""
    last = Review.objects.filter(plan=OuterRef("action__goal__plan")).order_by("-date", "-id").values("date")
    return (
        ProgressNote.objects.filter(action__goal__plan__in=plans, review__isnull=True, by__isnull=False)
        .annotate(last_review_on=Subquery(last[:1]))
        .filter(Q(last_review_on__isnull=True) | Q(date__gte=F("last_review_on")))
        .select_related("action__goal__plan__family", "by")
        .order_by("-date", "-id")
    )


def latest_updates(plan: Plan) -> dict[int, ProgressNote]:
    """Each action's latest update since the plan's last review, by action."""
    latest: dict[int, ProgressNote] = {}
    for note in updates_since_last_review([plan]):
        latest.setdefault(note.action_id, note)
    return latest


@dataclass
class ActionAtReview:
    """One action as a review recorded it: the progress noted (at the review, and sent in before it
    and looked at there) and the status it found and left (None for a review recorded before
    reviews kept it)."""

    action: Action
    notes: list[ProgressNote] = field(default_factory=list)
    status: ActionReviewed | None = None


@dataclass
class GoalAtReview:
    goal: Goal
    score: ScalingScore | None = None
    actions: list[ActionAtReview] = field(default_factory=list)


def actions_at_reviews(reviews: Iterable[Review]) -> dict[int, list[ActionAtReview]]:
    """Each review's actions as it recorded them, by review: the status it found and left, and the
    progress noted there, in the plan's order. Read from the reviews' own records (two queries)."""
    found: dict[int, dict[int, ActionAtReview]] = {review.pk: {} for review in reviews}
    statuses = ActionReviewed.objects.filter(review__in=list(found)).select_related("action__goal")
    for status in statuses:
        found[status.review_id][status.action_id] = ActionAtReview(status.action, status=status)
    notes = ProgressNote.objects.filter(review__in=list(found)).select_related("action__goal", "by")
    for note in notes.order_by("date", "id"):
        by_action = found[note.review_id]  # type: ignore[index]
        by_action.setdefault(note.action_id, ActionAtReview(note.action)).notes.append(note)
    return {
        review: sorted(
            actions.values(),
            key=lambda a: (a.action.goal.order, a.action.goal.pk, a.action.order, a.action.pk),
        )
        for review, actions in found.items()
    }


def review_goals(review: Review) -> list[GoalAtReview]:
    """What the review recorded, goal by goal, from what it stored: each goal's scaling (or why
    none) and whether it was marked achieved, and each action's progress and status there. Read
    from the review's own records, not the plan as it stands, so the review reads the same later."""
    goals: dict[int, GoalAtReview] = {
        s.goal_id: GoalAtReview(s.goal, score=s) for s in review.scores.select_related("goal")
    }
    for reviewed in actions_at_reviews([review])[review.pk]:
        goal = reviewed.action.goal
        goals.setdefault(goal.pk, GoalAtReview(goal)).actions.append(reviewed)
    return sorted(goals.values(), key=lambda g: (g.goal.order, g.goal.pk))


def recorded_before_statuses_kept(goals: list[GoalAtReview]) -> bool:
    """Whether the review was recorded before reviews kept each action's status: it has progress on
    actions, and not one status."""
    actions = [a for g in goals for a in g.actions]
    return bool(actions) and all(a.status is None for a in actions)
