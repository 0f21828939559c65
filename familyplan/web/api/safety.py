"""A plan's interim safety plan and its gaps in provision (seed 001), through the API.

Each change is sent with the plan's ``version`` (If-Match or the ``version`` field) and
raises it; a stale one is answered 409. The same rules as the pages apply
(casework.rules): an interim plan ends today or later, and a recorded gap tells the
early help coordinators, as it does from its page.
"""

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema
from ninja.responses import Status

from familyplan.web.accounts import permissions
from familyplan.web.api.auth import BearerToken, who
from familyplan.web.api.idempotency import idempotent
from familyplan.web.api.plans import part_of, plan_of
from familyplan.web.api.schemas import SIGNED_IN, WRITES, Long, Short, out
from familyplan.web.api.versions import Version, removed, sent
from familyplan.web.casework import changes

safety = Router(tags=["interim safety plan and service gaps"], auth=BearerToken())


class InterimOut(Schema):
    issue: str
    actions: str
    end_date: dt.date | None = Field(description="None for one that came in from a file without one")


class InterimIn(Schema):
    issue: Long = Field(..., min_length=1, examples=["Dad drinks at night and Mum cannot wake him."])
    actions: Long = Field(
        ..., min_length=1, examples=["Gran stays over on weekdays until the plan is agreed."]
    )
    end_date: dt.date = Field(
        ..., examples=["2026-02-10"], description="Today or later: an interim plan lasts days, not weeks"
    )
    version: Version | None = None


class GapOut(Schema):
    id: int
    kind_of_service: str
    support_needed: str
    risk: str
    recorded_on: dt.date
    coordinator_told_on: dt.date | None


class GapIn(Schema):
    kind_of_service: Short = Field(..., min_length=1, examples=["Speech and language therapy"])
    support_needed: Long = Field(..., min_length=1, examples=["Weekly sessions for Ben at school."])
    risk: Long = Field(..., min_length=1, examples=["Ben cannot make himself understood in class."])
    version: Version | None = None


@safety.get("/{plan_id}/interim", response={200: InterimOut, **SIGNED_IN})
@permissions.asks(permissions.FAMILY_VIEW)
def plan_interim(request: HttpRequest, plan_id: int) -> Any:
    return part_of(request, plan_id, "interim", "This plan has no interim safety plan.")


@safety.put(
    "/{plan_id}/interim", response={200: InterimOut, **WRITES}, summary="Write the interim safety plan"
)
@permissions.asks(*permissions.CHANGE_A_PLAN)
def interim_write(request: HttpRequest, plan_id: int, body: InterimIn) -> Any:
    version, fields = sent(request, body)
    interim = changes.interim_change(
        plan=plan_of(request, plan_id), by=who(request), version=version, **fields
    )
    return out(InterimOut, interim)


@safety.get("/{plan_id}/gaps", response={200: list[GapOut], **SIGNED_IN})
@permissions.asks(permissions.FAMILY_VIEW)
def plan_gaps(request: HttpRequest, plan_id: int) -> Any:
    return list(plan_of(request, plan_id).service_gaps.all())


@safety.post("/{plan_id}/gaps", response={201: GapOut, **WRITES}, summary="Record a gap in provision")
@permissions.asks(*permissions.CHANGE_A_PLAN)
@idempotent
def gap_create(request: HttpRequest, plan_id: int, body: GapIn) -> Any:
    version, fields = sent(request, body)
    gap = changes.gap_add(plan=plan_of(request, plan_id), by=who(request), version=version, **fields)
    return Status(201, out(GapOut, gap))


@safety.delete(
    "/{plan_id}/interim",
    response={204: None, **WRITES},
    summary="End the interim safety plan (the full plan is in place)",
)
@permissions.asks(*permissions.CHANGE_A_PLAN)
def interim_end(request: HttpRequest, plan_id: int, version: Version | None = None) -> Any:
    return removed(request, version, changes.interim_remove, plan=plan_of(request, plan_id))


@safety.put(
    "/{plan_id}/gaps/{gap_id}", response={200: GapOut, **WRITES}, summary="Correct a gap in provision"
)
@permissions.asks(*permissions.CHANGE_A_PLAN)
def gap_update(request: HttpRequest, plan_id: int, gap_id: int, body: GapIn) -> Any:
    plan = plan_of(request, plan_id)
    gap = get_object_or_404(plan.service_gaps, pk=gap_id)
    version, fields = sent(request, body)
    return out(GapOut, changes.gap_correct(plan=plan, by=who(request), version=version, gap=gap, **fields))


__all__ = ["safety"]
