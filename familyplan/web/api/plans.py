"""Plans through the API: listed, read whole, exported, started, changed and removed.

A plan and its parts share the plan's ``version``: send it back with a change (If-Match or
the ``version`` field); a change someone else made in between is answered 409.
"""

import datetime as dt
from typing import Any, Literal

from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate
from ninja.responses import Status

from familyplan.plan.models import Plan as PlanDocument
from familyplan.web.accounts import permissions
from familyplan.web.api.auth import BearerToken, who
from familyplan.web.api.idempotency import idempotent
from familyplan.web.api.schemas import SIGNED_IN, WRITES, Long, Pages
from familyplan.web.api.versions import Version, removed, sent
from familyplan.web.casework import changes, plan_dates, selectors, services
from familyplan.web.casework.exports import DOCX, XLSX, plan_download
from familyplan.web.casework.interchange import to_model
from familyplan.web.casework.models import Plan

plans = Router(tags=["plans"], auth=BearerToken())


class PlanSummary(Schema):
    id: int
    family_id: int
    status: str
    plan_type: str
    started_on: dt.date
    next_review_date: dt.date | None
    version: int


class PlanOut(PlanSummary):
    plan: PlanDocument


class PlanFilters(Schema):
    status: Literal["live", "awaiting_sign_off", "closed"] | None = None
    lead: str | None = Field(None, max_length=150, description="The lead practitioner's username")
    review_due_before: dt.date | None = None


PlanType = Literal["early_help", "my_plan", "interim_safety"]


class PlanIn(Schema):
    family_id: int = Field(..., ge=1, le=2**31 - 1, examples=[1])
    plan_type: PlanType = "early_help"
    started_on: dt.date = Field(..., examples=["2026-01-05"])


class PlanChange(Schema):
    """The plan's own text. Lists (worries, strengths, needs) are one item a line."""

    reason: Long = Field("", examples=["Ben is missing school."])
    worries: Long = Field("", examples=["Ben misses school\nMum is struggling"])
    strengths: Long = ""
    needs: Long = Field("", examples=["School attendance"])
    aspirations: Long = ""
    identity_and_diversity: Long = ""
    contingency: Long = Field("", examples=["If Mum cannot take Ben, Gran takes him."])
    next_steps: Long = ""
    family_views: Long = ""
    next_review_date: dt.date | None = Field(
        None,
        examples=["2026-03-01"],
        description="After the last review (or the plan's start) and within the plan's review cycle "
        "from it; a later one is set by recording a review, with its reason. Left out: as it is.",
    )
    version: Version | None = None


@plans.get("", response={200: list[PlanSummary], **SIGNED_IN})
@paginate(Pages)
@permissions.asks(permissions.SIGNED_IN)
def plan_list(request: HttpRequest, filters: Query[PlanFilters]) -> QuerySet[Plan]:
    found = selectors.plans_for(who(request)).order_by("id")
    if filters.status:
        found = found.filter(status=filters.status)
    if filters.lead:
        found = found.filter(family__taf__is_lead=True, family__taf__user__username=filters.lead)
    if filters.review_due_before:
        found = found.filter(Q(next_review_date__lt=filters.review_due_before), status=Plan.Status.LIVE)
    return found


def plan_of(request: HttpRequest, plan_id: int) -> Plan:
    return selectors.plan_with_parts(who(request), plan_id)


def part_of(request: HttpRequest, plan_id: int, part: str, missing: str) -> Any:
    """A part a plan has one of or none (its closure, its interim safety plan); 404 saying ``missing``."""
    held = getattr(plan_of(request, plan_id), part, None)
    return held if held is not None else Status(404, {"detail": missing})


def _whole(plan: Plan) -> dict[str, Any]:
    summary = {f: getattr(plan, f) for f in PlanSummary.model_fields}
    return PlanOut(**summary, plan=to_model(plan)).model_dump(mode="json")


@plans.post("", response={201: PlanOut, **WRITES}, summary="Start the family's plan")
@permissions.asks(*permissions.CHANGE_A_PLAN)
@idempotent
def plan_create(request: HttpRequest, body: PlanIn) -> Any:
    family = selectors.family_get(who(request), body.family_id)
    plan = services.plan_start(
        family=family,
        by=who(request),
        plan_type=body.plan_type,
        started_on=body.started_on,
    )
    return Status(201, _whole(plan_of(request, plan.pk)))


@plans.get("/{plan_id}", response={200: PlanOut, **SIGNED_IN})
@permissions.asks(permissions.FAMILY_VIEW)
def plan_detail(request: HttpRequest, plan_id: int) -> Any:
    return _whole(plan_of(request, plan_id))


@plans.put("/{plan_id}", response={200: PlanOut, **WRITES})
@permissions.asks(*permissions.CHANGE_A_PLAN)
def plan_update(request: HttpRequest, plan_id: int, body: PlanChange) -> Any:
    plan = plan_of(request, plan_id)
    version, fields = sent(request, body)
    changes.plan_change(plan=plan, by=who(request), version=version, **fields)
    return _whole(plan_of(request, plan_id))


class StartCorrection(Schema):
    """A mistyped start date put right. The review cycle counts from it; it stays on or before the
    plan's first review, and the reason is kept on the audit trail."""

    started_on: dt.date = Field(..., examples=["2026-01-05"])
    reason: Long = Field(..., min_length=1, examples=["The year was mistyped."])
    version: Version | None = None


@plans.put(
    "/{plan_id}/started", response={200: PlanOut, **WRITES}, summary="Correct the day the plan started"
)
@permissions.asks(*permissions.CHANGE_A_PLAN)
def plan_start_correct(request: HttpRequest, plan_id: int, body: StartCorrection) -> Any:
    plan = plan_of(request, plan_id)
    version, fields = sent(request, body)
    plan_dates.plan_start_correct(plan=plan, by=who(request), version=version, **fields)
    return _whole(plan_of(request, plan_id))


@plans.delete("/{plan_id}", response={204: None, **WRITES}, summary="Remove a plan started by mistake")
@permissions.asks(*permissions.CHANGE_A_PLAN)
def plan_delete(request: HttpRequest, plan_id: int, version: Version | None = None) -> Any:
    return removed(request, version, changes.plan_delete, plan=plan_of(request, plan_id))


FILES = {
    "application/json": {"schema": {"type": "object"}},
    "application/fhir+json": {"schema": {"type": "object"}},
    DOCX: {"schema": {"type": "string", "format": "binary"}},
    XLSX: {"schema": {"type": "string", "format": "binary"}},
    "text/csv": {"schema": {"type": "string"}},
}


@plans.get(
    "/{plan_id}/export",
    response={200: None, **SIGNED_IN},
    openapi_extra={"responses": {200: {"description": "The plan as a file", "content": FILES}}},
)
@permissions.asks(permissions.FAMILY_VIEW)
def plan_export(
    request: HttpRequest, plan_id: int, format: Literal["json", "fhir", "docx", "xlsx", "csv"] = "json"
) -> HttpResponse:
    return plan_download(plan_of(request, plan_id), format)


__all__ = ["plans"]
