"""A plan's reviews between the stored plan and the plan model (familyplan.plan.models), both ways:
each review's record and scores, and what it recorded of each action (the progress noted there,
and the status it found the action at and left it at).

Reviews belong to the reviews app, which sits above casework: they are reached and made through
the plan's, the goal's and the review's own relations, never by importing that app.
"""

from __future__ import annotations

from typing import Any

from familyplan.formats.errors import RowProblem
from familyplan.plan import models as m
from familyplan.plan.reviews import latest_next_review
from familyplan.web.accounts.models import User
from familyplan.web.casework.field_tables import (
    ACTION_FIELDS,
    PROGRESS_FIELDS,
    REVIEW_FIELDS,
    SCORE_FIELDS,
    read_fields,
    write_fields,
)
from familyplan.web.casework.models import Action, Goal, ProgressNote
from familyplan.web.casework.models import Plan as StoredPlan
from familyplan.web.council.services import cycles as council_cycles

# --- Stored plan -> plan model ------------------------------------------------------------------


class Reviewed:
    """The plan's reviews by their place in it, and what each recorded of each action's status.
    Expects the plan from selectors.plan_parts (no extra queries)."""

    def __init__(self, plan: StoredPlan) -> None:
        self.index = {review.pk: i for i, review in enumerate(plan.reviews.all())}
        self.statuses: dict[int, list[m.ActionAtReview]] = {}
        for review in plan.reviews.all():
            for kept in review.actions_reviewed.all():
                self.statuses.setdefault(kept.action_id, []).append(
                    m.ActionAtReview(
                        review_index=self.index[review.pk],
                        status_before=m.ActionStatus(kept.status_before),
                        status=m.ActionStatus(kept.status),
                    )
                )

    def action(self, action: Action) -> m.Action:
        """The action, with the review each progress note was written for and its statuses at reviews."""
        return m.Action(
            **read_fields(action, ACTION_FIELDS),
            status=m.ActionStatus(action.status),
            progress=[
                m.ProgressNote(
                    **read_fields(n, PROGRESS_FIELDS),
                    by=n.by_name or (n.by.display_name if n.by else ""),
                    review_index=self.index.get(n.review_id) if n.review_id else None,
                )
                for n in action.progress.all()
            ],
            at_reviews=sorted(self.statuses.get(action.pk, []), key=lambda at: at.review_index),
        )

    def reviews(self, plan: StoredPlan, goals: list[Goal]) -> list[m.Review]:
        goal_index = {goal.pk: i for i, goal in enumerate(goals)}
        scores = [s for goal in goals for s in goal.scores.all()]
        return [
            m.Review(
                **read_fields(r, REVIEW_FIELDS),
                scaling=[
                    m.ScalingScore(
                        goal_index=goal_index[s.goal_id],
                        **{name: getattr(s, column) for name, column in SCORE_FIELDS.items()},
                    )
                    for s in scores
                    if s.review_id == r.pk
                ],
            )
            for r in plan.reviews.all()
        ]


# --- Plan model -> stored plan ------------------------------------------------------------------


def _review_fields(plan: m.Plan, review: m.Review, number: int, notes: list[RowProblem]) -> dict[str, Any]:
    fields = write_fields(review, REVIEW_FIELDS)
    if review.kind not in ("meeting", "collated"):
        notes.append(
            RowProblem(
                f"review {number}", f"kind '{review.kind}' is not meeting or collated: kept as a meeting"
            )
        )
        fields["kind"] = "meeting"
    if review.next_review_date is None:
        # The checker reads a review with no next date as due a full cycle after it: store that,
        # not the review's own day, which would make the plan overdue from the day it was held.
        due = latest_next_review(review.date, plan.plan_type, council_cycles())
        notes.append(
            RowProblem(
                f"review {number}",
                f"no date for the next review: {due:%d/%m/%Y}, a full review cycle after it, is kept",
            )
        )
        fields["next_review_date"] = due
    return fields


def reviews_into(
    stored: StoredPlan, plan: m.Plan, goals: list[Goal], by: User, notes: list[RowProblem]
) -> list[Any]:
    """The plan's reviews stored with their scores, in the plan's order. A goal achieved on the
    day of a review that scored it was marked achieved there (as reviews kept it before they said so
    themselves)."""
    reviews = []
    for number, review in enumerate(plan.reviews, 1):
        stored_review = stored.reviews.create(recorded_by=by, **_review_fields(plan, review, number, notes))
        for s in review.scaling:  # the plan format holds each score to a goal of the plan
            goal = goals[s.goal_index]
            stored_review.scores.create(
                goal=goal,
                achieved=goal.status == "achieved" and goal.achieved_on == review.date,
                **{column: getattr(s, name) for name, column in SCORE_FIELDS.items()},
            )
        reviews.append(stored_review)
    return reviews


def actions_at_reviews_into(
    stored: StoredPlan, actions: list[tuple[Action, m.Action]], reviews: list[Any]
) -> None:
    """Each action's progress, with the review each note was written for or looked at, and the
    status each review found the action at and left it at (the plan format names each review by
    its place among the plan's)."""
    ProgressNote.objects.bulk_create(
        ProgressNote(
            action=stored_action,
            date=note.date or stored.started_on,
            text=note.text,
            by_name=note.by,
            review=reviews[note.review_index] if note.review_index is not None else None,
        )
        for stored_action, action in actions
        for note in action.progress
    )
    for stored_action, action in actions:
        for at in action.at_reviews:
            reviews[at.review_index].actions_reviewed.create(
                action=stored_action, status_before=at.status_before.value, status=at.status.value
            )
