"""A plan's goals, their actions and the progress notes on them, through the API.

Every change is sent with the plan's ``version`` (If-Match or the ``version`` field) and
raises it; a stale one is answered 409.
"""

import datetime as dt
from typing import Any, ClassVar, Literal, cast

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema
from ninja.responses import Status

from familyplan.plan.models import SupportingFamiliesOutcome
from familyplan.web.accounts import permissions
from familyplan.web.api.auth import BearerToken, who
from familyplan.web.api.idempotency import idempotent
from familyplan.web.api.plans import plan_of
from familyplan.web.api.schemas import SIGNED_IN, WRITES, Long, Short, out, related
from familyplan.web.api.versions import Version, removed, version_given
from familyplan.web.casework import changes
from familyplan.web.casework.models import Action, Goal, Plan, ProgressNote, TafMember
from familyplan.web.casework.services import Refused

goals = Router(tags=["goals and actions"], auth=BearerToken())

GoalStatus = Literal["open", "achieved", "stopped"]
ActionStatus = Literal["not_started", "in_progress", "done", "stopped"]
GONE = {204: None, **WRITES}


class ProgressOut(Schema):
    id: int
    date: dt.date
    text: str


class ActionOut(Schema):
    id: int
    how: str
    who: str
    when: str
    due_date: dt.date | None
    recurrence: str
    review_date: dt.date | None
    status: str
    taf_member_id: int | None
    progress: list[ProgressOut]

    resolve_progress: ClassVar = related("progress")


class GoalOut(Schema):
    id: int
    outcome: str
    supporting_families_outcome: str
    measure_of_success: str
    need: str
    term: str
    status: str
    actions: list[ActionOut]

    resolve_actions: ClassVar = related("actions")


class GoalIn(Schema):
    outcome: Long = Field(..., min_length=1, examples=["Ben will be in school for 95% of sessions by July."])
    supporting_families_outcome: SupportingFamiliesOutcome = Field(..., examples=["education"])
    measure_of_success: Long = Field("", examples=["The school's attendance record."])
    need: Long = Field("", examples=["School attendance"])
    term: Literal["", "short", "medium", "long"] = ""
    status: GoalStatus = Field(
        "open", description="A goal is marked achieved at a review (POST .../reviews, 'scores'), not here"
    )
    version: Version | None = None


class ActionIn(Schema):
    how: Long = Field(..., min_length=1, examples=["Mum will walk Ben to school at 8.30am."])
    who: Short = Field(..., min_length=1, examples=["Anna Nowak (Mum)"])
    when: Short = Field(..., min_length=1, examples=["03/02/2026"])
    status: ActionStatus = "not_started"
    taf_member_id: int | None = Field(
        None, ge=1, le=2**31 - 1, description="The TAF member the action is given to (they are reminded)"
    )
    version: Version | None = None


class ProgressIn(Schema):
    text: Long = Field(..., min_length=1, examples=["Walked every day this week."])
    version: Version | None = None


def _goal(plan: Plan, goal_id: int) -> Goal:
    return get_object_or_404(Goal, plan=plan, pk=goal_id)


def _action(plan: Plan, action_id: int) -> Action:
    return get_object_or_404(
        Action.objects.select_related("goal__plan__family", "taf_member"), goal__plan=plan, pk=action_id
    )


def _goal_fields(body: GoalIn, record: Goal) -> dict[str, Any]:
    fields = body.model_dump(exclude={"version"}, mode="json")
    # A goal is marked achieved at a review, on the review's date: a change keeps that date.
    fields["achieved_on"] = record.achieved_on if body.status == "achieved" else None
    return fields


def _action_fields(plan: Plan, body: ActionIn) -> dict[str, Any]:
    fields = body.model_dump(exclude={"version", "taf_member_id"})
    fields["taf_member"] = None
    if body.taf_member_id is not None:
        member = TafMember.objects.filter(family=plan.family_id, pk=body.taf_member_id).first()
        if member is None:
            # The plan was found: say which part of the request is wrong, not "not found".
            raise Refused({"taf_member_id": "Choose a member of this family's Team Around the Family"})
        fields["taf_member"] = member
    return fields


def _saved(request: HttpRequest, plan: Plan, record: Goal | Action, body: GoalIn | ActionIn) -> Any:
    """Add or change a goal or an action of the plan, against the version the client read."""
    version = version_given(request, body.version)
    if isinstance(body, GoalIn):
        fields = _goal_fields(body, cast(Goal, record))
    else:
        fields = _action_fields(plan, body)
    return changes.part_save(plan=plan, by=who(request), version=version, record=record, **fields)


@goals.get("/{plan_id}/goals", response={200: list[GoalOut], **SIGNED_IN})
@permissions.asks(permissions.FAMILY_VIEW)
def plan_goals(request: HttpRequest, plan_id: int) -> Any:
    return list(plan_of(request, plan_id).goals.all())


@goals.post("/{plan_id}/goals", response={201: GoalOut, **WRITES})
@permissions.asks(*permissions.CHANGE_A_PLAN)
@idempotent
def goal_create(request: HttpRequest, plan_id: int, body: GoalIn) -> Any:
    plan = plan_of(request, plan_id)
    goal = _saved(request, plan, Goal(plan=plan, order=plan.goals.count()), body)
    return Status(201, out(GoalOut, goal))


@goals.put("/{plan_id}/goals/{goal_id}", response={200: GoalOut, **WRITES})
@permissions.asks(*permissions.CHANGE_A_PLAN)
def goal_update(request: HttpRequest, plan_id: int, goal_id: int, body: GoalIn) -> Any:
    plan = plan_of(request, plan_id)
    return out(GoalOut, _saved(request, plan, _goal(plan, goal_id), body))


@goals.delete("/{plan_id}/goals/{goal_id}", response=GONE)
@permissions.asks(*permissions.CHANGE_A_PLAN)
def goal_delete(request: HttpRequest, plan_id: int, goal_id: int, version: Version | None = None) -> Any:
    plan = plan_of(request, plan_id)
    return removed(request, version, changes.part_delete, plan=plan, record=_goal(plan, goal_id))


@goals.get("/{plan_id}/goals/{goal_id}/actions", response={200: list[ActionOut], **SIGNED_IN})
@permissions.asks(permissions.FAMILY_VIEW)
def goal_actions(request: HttpRequest, plan_id: int, goal_id: int) -> Any:
    return list(_goal(plan_of(request, plan_id), goal_id).actions.all())


@goals.post("/{plan_id}/goals/{goal_id}/actions", response={201: ActionOut, **WRITES})
@permissions.asks(*permissions.CHANGE_A_PLAN)
@idempotent
def action_create(request: HttpRequest, plan_id: int, goal_id: int, body: ActionIn) -> Any:
    plan = plan_of(request, plan_id)
    goal = _goal(plan, goal_id)
    new = Action(goal=goal, order=goal.actions.count())
    return Status(201, out(ActionOut, _saved(request, plan, new, body)))


@goals.put("/{plan_id}/actions/{action_id}", response={200: ActionOut, **WRITES})
@permissions.asks(*permissions.CHANGE_A_PLAN)
def action_update(request: HttpRequest, plan_id: int, action_id: int, body: ActionIn) -> Any:
    plan = plan_of(request, plan_id)
    action = _action(plan, action_id)
    return out(ActionOut, _saved(request, plan, action, body))


@goals.delete("/{plan_id}/actions/{action_id}", response=GONE)
@permissions.asks(*permissions.CHANGE_A_PLAN)
def action_delete(request: HttpRequest, plan_id: int, action_id: int, version: Version | None = None) -> Any:
    plan = plan_of(request, plan_id)
    return removed(request, version, changes.part_delete, plan=plan, record=_action(plan, action_id))


# Progress on an action: by the TAF member it is given to, or whoever changes the plan.
PROGRESS = (permissions.FAMILY_VIEW, permissions.ACTION_UPDATE)


@goals.post("/{plan_id}/actions/{action_id}/progress", response={201: ProgressOut, **WRITES})
@permissions.asks(*PROGRESS)
@idempotent
def progress_create(request: HttpRequest, plan_id: int, action_id: int, body: ProgressIn) -> Any:
    action = _action(plan_of(request, plan_id), action_id)
    version = version_given(request, body.version)
    note = changes.progress_save(
        action=action, by=who(request), version=version, note=ProgressNote(), text=body.text
    )
    return Status(201, out(ProgressOut, note))


@goals.put("/{plan_id}/actions/{action_id}/progress/{note_id}", response={200: ProgressOut, **WRITES})
@permissions.asks(*PROGRESS)
def progress_update(
    request: HttpRequest, plan_id: int, action_id: int, note_id: int, body: ProgressIn
) -> Any:
    action = _action(plan_of(request, plan_id), action_id)
    note = get_object_or_404(ProgressNote, action=action, pk=note_id)
    version = version_given(request, body.version)
    changes.progress_save(action=action, by=who(request), version=version, note=note, text=body.text)
    return out(ProgressOut, note)


@goals.delete("/{plan_id}/actions/{action_id}/progress/{note_id}", response=GONE)
@permissions.asks(*permissions.CHANGE_A_PLAN)
def progress_delete(
    request: HttpRequest, plan_id: int, action_id: int, note_id: int, version: Version | None = None
) -> Any:
    plan = plan_of(request, plan_id)
    note = get_object_or_404(ProgressNote, action=_action(plan, action_id), pk=note_id)
    return removed(request, version, changes.part_delete, plan=plan, record=note)
