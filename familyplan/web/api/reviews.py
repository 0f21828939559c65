"""A plan's reviews and its closure, through the API, against the plan's ``version``."""

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Any, ClassVar, Literal

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema
from ninja.responses import Status

from familyplan.web.accounts import permissions
from familyplan.web.api.auth import BearerToken, who
from familyplan.web.api.goals import ProgressOut
from familyplan.web.api.idempotency import idempotent
from familyplan.web.api.plans import part_of, plan_of
from familyplan.web.api.schemas import SIGNED_IN, WRITES, Error, Long, Short, out, related
from familyplan.web.api.versions import Version, removed, sent, version_given
from familyplan.web.casework import changes
from familyplan.web.casework import closure as closing
from familyplan.web.reviews.changes import review_add, review_delete, review_save
from familyplan.web.reviews.models import Review
from familyplan.web.reviews.selectors import ActionAtReview, actions_at_reviews

reviews = Router(tags=["reviews and closure"], auth=BearerToken())


class ScoreOut(Schema):
    goal_id: int
    family_score: int | None
    practitioner_score: int | None
    no_score_reason: str = Field(
        "",
        description="Why the goal was not scored at the review, as the review gave it; empty when it "
        "was scored",
    )


ActionStatus = Literal["not_started", "in_progress", "done", "stopped"]


class ActionAtReviewOut(Schema):
    """An action as the review recorded it, whatever has happened to the action since."""

    action_id: int
    progress: list[ProgressOut] = Field(
        description="The progress recorded at the review, and the updates sent in before it and "
        "looked at there"
    )
    status_before: ActionStatus | None = Field(
        description="The status the review found the action at; null for a review recorded before "
        "reviews kept each action's status"
    )
    status: ActionStatus | None = Field(
        description="The status the review left the action at; null for a review recorded before "
        "reviews kept each action's status"
    )


def _action_out(at: ActionAtReview) -> dict[str, Any]:
    kept = at.status
    return {
        "action_id": at.action.pk,
        "progress": [{"id": note.pk, "date": note.date, "text": note.text} for note in at.notes],
        "status_before": kept.status_before if kept else None,
        "status": kept.status if kept else None,
    }


class ReviewOut(Schema):
    id: int
    date: dt.date
    kind: str
    attendees: str
    apologies: str
    child_views: str
    child_views_missing_reason: str
    contingency_reviewed: bool
    contingency_note: str
    notes: str
    next_review_date: dt.date
    next_review_reason: str
    scores: list[ScoreOut]
    actions: list[ActionAtReviewOut] = Field(
        description="Each action the review recorded progress or a status for, in the plan's order"
    )

    resolve_scores: ClassVar = related("scores")

    @staticmethod
    def resolve_actions(review: Any) -> list[Any]:
        # A dict is an answer made before (an idempotent POST's): it holds the list already.
        if isinstance(review, dict):
            return review["actions"]  # type: ignore[no-any-return]
        return review.actions_at  # type: ignore[no-any-return]


def _as_recorded(reviews: Sequence[Review]) -> list[Review]:
    """The reviews, each with its actions as it recorded them (read for all of them at once)."""
    recorded = actions_at_reviews(reviews)
    for review in reviews:
        review.actions_at = [_action_out(at) for at in recorded[review.pk]]  # type: ignore[attr-defined]
    return list(reviews)


class ReviewChange(Schema):
    """A review's own record (a correction changes only this)."""

    date: dt.date = Field(..., examples=["2026-02-10"])
    kind: Literal["meeting", "collated"] = "meeting"
    attendees: Long = Field("", description="One a line", examples=["Anna Nowak\nMrs March"])
    apologies: Long = Field("", description="One a line", examples=["Gran"])
    child_views: Long = Field("", examples=["Ben likes the exit card."])
    child_views_missing_reason: Long = Field(
        "", description="Why there are no child's views, if there are none"
    )
    child_views_gathered_before: bool = False
    child_told_outcome: bool = False
    contingency_reviewed: bool = False
    contingency_note: Long = ""
    notes: Long = ""
    next_review_date: dt.date = Field(..., examples=["2026-03-24"])
    next_review_reason: Long = Field(
        "", description="Why the next review is later than the plan's review cycle (the manager sees it)"
    )
    version: Version | None = None


Score = Annotated[int, Field(ge=0, le=10)]


class ProgressAtReview(Schema):
    action_id: int = Field(..., ge=1, le=2**31 - 1)
    progress: Long = Field(..., examples=["Ben has arrived at 9am every day."])
    status: ActionStatus | None = Field(
        None,
        description="The action's status now (left out: as it is). An action already done or stopped "
        "stays as it is: a review does not reopen it",
    )


class ScoresAtReview(Schema):
    goal_id: int = Field(..., ge=1, le=2**31 - 1)
    family_score: Score | None = Field(None, description="0 (as bad as it could be) to 10 (goal reached)")
    practitioner_score: Score | None = None
    no_score_reason: Short = Field("", description="Why there is no score, if there is none")
    achieved: bool = Field(False, description="The goal has been achieved: it leaves the live plan")


class ReviewIn(ReviewChange):
    """A review recorded, as the review page records one: progress on every open action and a score
    from the family and the practitioners (or why there is none) for every open goal.

    Progress may also be sent on an action of the plan that is done or stopped: it is recorded as a
    note on it with the review, and the action stays done or stopped. Progress on an action that is
    not in the plan is refused (422, "There is no action N in this plan")."""

    progress: list[ProgressAtReview] = Field([], max_length=1_000)
    scores: list[ScoresAtReview] = Field([], max_length=1_000)


class ClosureOut(Schema):
    reason: str
    summary: str
    ongoing_actions: str
    family_agreed: bool
    taf_agreed: bool
    no_goal_achieved_reason: str = ""  # answers kept from before it was given have none
    requested_at: dt.datetime | None = Field(
        description="When closing was asked for; none for a plan that came in closed with no such day"
    )
    signed_off_by: str | None = Field(
        description="Who signed it off, by name; for a plan that came in closed, the name its file gave"
    )
    signed_off_at: dt.datetime | None = Field(
        description="When it was signed off; for a plan that came in closed, the day its file gave, if any"
    )
    sign_off_comment: str

    @staticmethod
    def resolve_requested_at(closure: Any) -> dt.datetime | None:
        if isinstance(closure, dict):
            return closure.get("requested_at")
        return closure.requested_at if closure.asked_on_known else None

    @staticmethod
    def resolve_signed_off_by(closure: Any) -> str | None:
        # A dict is an answer made before (an idempotent POST's): it holds the value already.
        if isinstance(closure, dict):
            return closure.get("signed_off_by")
        if closure.signed_off_by_id:
            return str(closure.signed_off_by.display_name)
        return closure.signed_off_by_name or None


ClosingReason = Literal[
    "outcomes_achieved", "consent_withdrawn", "reached_adulthood", "moved_away", "step_up"
]


class ClosureIn(Schema):
    reason: ClosingReason = Field(..., examples=["consent_withdrawn"])
    summary: Long = Field(..., min_length=1, examples=["Ben is in school every day."])
    ongoing_actions: Long = ""
    family_agreed: bool = Field(
        ..., description="The family agree the plan can close (not asked when they withdrew consent)"
    )
    taf_agreed: bool = Field(..., description="The Team Around the Family agree")
    no_goal_achieved_reason: Long = Field(
        "", description="Why the outcomes are achieved, when no goal is marked achieved"
    )
    version: Version | None = None


class SignOffIn(Schema):
    comment: Long = Field(
        "", description="The manager's comment; needed to return the closure (what the lead needs to do)"
    )
    version: Version | None = None


class ReturnOut(Schema):
    reason: str
    summary: str
    comment: str
    returned_at: dt.datetime


@reviews.get("/{plan_id}/reviews", response={200: list[ReviewOut], **SIGNED_IN})
@permissions.asks(permissions.FAMILY_VIEW)
def plan_reviews(request: HttpRequest, plan_id: int) -> Any:
    return _as_recorded(list(plan_of(request, plan_id).reviews.prefetch_related("scores")))


@reviews.post("/{plan_id}/reviews", response={201: ReviewOut, **WRITES})
@permissions.asks(*permissions.CHANGE_A_PLAN)
@idempotent
def review_create(request: HttpRequest, plan_id: int, body: ReviewIn) -> Any:
    plan = plan_of(request, plan_id)
    version, fields = sent(request, body)
    review = review_add(plan=plan, by=who(request), version=version, **fields)
    return Status(201, out(ReviewOut, _as_recorded([review])[0]))


@reviews.put("/{plan_id}/reviews/{review_id}", response={200: ReviewOut, **WRITES})
@permissions.asks(*permissions.CHANGE_A_PLAN)
def review_update(request: HttpRequest, plan_id: int, review_id: int, body: ReviewChange) -> Any:
    plan = plan_of(request, plan_id)
    review = get_object_or_404(Review, plan=plan, pk=review_id)
    version, fields = sent(request, body)
    review_save(plan=plan, by=who(request), version=version, review=review, **fields)
    return out(ReviewOut, _as_recorded([review])[0])


@reviews.delete("/{plan_id}/reviews/{review_id}", response={204: None, **WRITES})
@permissions.asks(*permissions.CHANGE_A_PLAN)
def review_remove(request: HttpRequest, plan_id: int, review_id: int, version: Version | None = None) -> Any:
    plan = plan_of(request, plan_id)
    review = get_object_or_404(Review, plan=plan, pk=review_id)
    return removed(request, version, review_delete, plan=plan, review=review)


@reviews.get("/{plan_id}/closure", response={200: ClosureOut, **SIGNED_IN})
@permissions.asks(permissions.FAMILY_VIEW)
def plan_closure(request: HttpRequest, plan_id: int) -> Any:
    return part_of(request, plan_id, "closure", "This plan has not been closed.")


@reviews.post(
    "/{plan_id}/closure",
    response={201: ClosureOut, **WRITES},
    summary="Ask to close the plan (a manager signs off)",
)
@permissions.asks(*permissions.CHANGE_A_PLAN)
@idempotent
def closure_create(request: HttpRequest, plan_id: int, body: ClosureIn) -> Any:
    plan = plan_of(request, plan_id)
    version, fields = sent(request, body)
    closure = changes.closure_ask(plan=plan, by=who(request), version=version, **fields)
    return Status(201, out(ClosureOut, closure))


@reviews.delete(
    "/{plan_id}/closure",
    response={204: None, **WRITES},
    summary="Take back a request to close, before sign-off",
)
@permissions.asks(*permissions.CHANGE_A_PLAN)
def closure_delete(request: HttpRequest, plan_id: int, version: Version | None = None) -> Any:
    return removed(request, version, changes.closure_withdraw, plan=plan_of(request, plan_id))


SIGN_OFF = (permissions.FAMILY_VIEW, permissions.CLOSURE_SIGN_OFF, permissions.CLOSURE_SECOND_PERSON)


@reviews.post("/{plan_id}/closure/sign-off", response={200: ClosureOut, **WRITES})
@permissions.asks(*SIGN_OFF)
def closure_sign_off(request: HttpRequest, plan_id: int, body: SignOffIn) -> Any:
    plan = plan_of(request, plan_id)
    version = version_given(request, body.version)
    signed = closing.closure_sign_off(plan=plan, by=who(request), comment=body.comment, version=version)
    return out(ClosureOut, signed)


@reviews.post(
    "/{plan_id}/closure/return",
    response={200: ReturnOut, **WRITES},
    summary="Return the closure to the lead practitioner, saying what to do (the plan is live again)",
)
@permissions.asks(*SIGN_OFF)
def closure_return(request: HttpRequest, plan_id: int, body: SignOffIn) -> Any:
    plan = plan_of(request, plan_id)
    version = version_given(request, body.version)
    return out(
        ReturnOut, closing.closure_return(plan=plan, by=who(request), comment=body.comment, version=version)
    )


__all__ = ["Error", "reviews"]
