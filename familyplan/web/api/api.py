"""The REST API: other systems read plans, check plans and statements, and export in open formats.

The same need-to-know rules as the pages: every record comes through the selectors.
"""

import datetime as dt
from typing import Any, Literal

from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, NinjaAPI, Query, Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate
from ninja.responses import Status

from familyplan.plan.limits import LimitExceeded, check_plan_size
from familyplan.plan.models import Plan as PlanDocument
from familyplan.smart import Context, Kind, check_plan, explain_statement
from familyplan.web.accounts import permissions
from familyplan.web.api.auth import BearerToken, TokenRefused, issue_token, token_of
from familyplan.web.api.guard import CheckThrottle, OverBudget, within_budget
from familyplan.web.api.models import ApiToken
from familyplan.web.casework import selectors
from familyplan.web.casework.interchange import to_model
from familyplan.web.casework.models import Family, Plan
from familyplan.web.council.services import catalogue as council_catalogue

api = NinjaAPI(
    title="Family Plan API",
    version="1.0",
    description="Families, plans, reviews and the SMART checker. Send `Authorization: Bearer <token>` "
    "from POST /api/auth/token.",
    urls_namespace="api",
    # The API's own description and its docs page are open to anyone.
    docs_decorator=permissions.asks(permissions.ANYONE),
)
bearer = BearerToken()
CHECKS_PER_MINUTE = settings.API_CHECKS_PER_MINUTE


class Error(Schema):
    detail: str


class Invalid(Schema):
    detail: list[dict[str, Any]]


class Pages(LimitOffsetPagination):
    # Bounded, so a request cannot ask the database for an offset beyond a 64-bit integer.
    class Input(Schema):
        limit: int = Field(100, ge=1, le=500, description="How many to return (at most 500)")
        offset: int = Field(0, ge=0, le=2**31 - 1, description="How many to skip")


# What any signed-in operation may answer besides success: no token, not found, bad input.
SIGNED_IN = {400: Error, 401: Error, 404: Error, 422: Invalid}


class TokenIn(Schema):
    username: str = Field(max_length=150)
    password: str = Field(max_length=200)
    code: str | None = Field(
        None,
        max_length=20,
        description="For an account with two-factor sign-in: the code from its authenticator app",
    )


class TokenOut(Schema):
    token: str


@api.post(
    "/auth/token", response={200: TokenOut, 400: Error, 401: Error, 422: Invalid}, auth=None, tags=["auth"]
)
@permissions.asks(permissions.ANYONE)
def token(request: HttpRequest, body: TokenIn) -> Any:
    try:
        return {"token": issue_token(request, body.username, body.password, body.code)}
    except TokenRefused as refused:
        return Status(401, {"detail": str(refused)})


class TokenListed(Schema):
    id: int
    created_at: dt.datetime
    expires_at: dt.datetime
    last_used_at: dt.datetime | None
    this_one: bool = Field(description="Whether this is the token the request was made with")


class TokenChosen(Schema):
    id: int = Field(..., ge=1, le=2**31 - 1, description="The token's id, from GET /api/auth/tokens")


@api.get("/auth/tokens", response={200: list[TokenListed], **SIGNED_IN}, auth=bearer, tags=["auth"])
@permissions.asks(permissions.SIGNED_IN)
def token_list(request: HttpRequest) -> Any:
    """Your tokens that still work."""
    current = token_of(request)
    mine = ApiToken.objects.filter(user=request.user.pk, expires_at__gt=timezone.now()).order_by("-pk")
    return [
        {
            "id": t.pk,
            "created_at": t.created_at,
            "expires_at": t.expires_at,
            "last_used_at": t.last_used_at,
            "this_one": current is not None and t.pk == current.pk,
        }
        for t in mine
    ]


@api.delete("/auth/tokens", response={204: None, **SIGNED_IN}, auth=bearer, tags=["auth"])
@permissions.asks(permissions.SIGNED_IN)
def token_revoke(request: HttpRequest, which: Query[TokenChosen]) -> Any:
    """Revoke one of your tokens (it stops working at once)."""
    deleted, _counts = ApiToken.objects.filter(user=request.user.pk, pk=which.id).delete()
    if not deleted:
        return Status(404, {"detail": "You have no token with that id."})
    return Status(204, None)


# --- Families -----------------------------------------------------------------------------


class MemberOut(Schema):
    name: str
    relationship: str
    date_of_birth: dt.date | None
    is_child: bool
    involved_in_plan: bool


class NetworkOut(Schema):
    name: str
    relationship: str


class TafOut(Schema):
    name: str
    role: str
    agency: str
    is_lead: bool


class FamilyOut(Schema):
    id: int
    family_name: str
    reference: str
    members: list[MemberOut]
    network: list[NetworkOut]
    taf: list[TafOut]

    @staticmethod
    def resolve_members(family: Family) -> list[Any]:
        return list(family.members.all())

    @staticmethod
    def resolve_network(family: Family) -> list[Any]:
        return list(family.network.all())

    @staticmethod
    def resolve_taf(family: Family) -> list[Any]:
        return list(family.taf.all())


families = Router(tags=["families"], auth=bearer)


@families.get("", response={200: list[FamilyOut], **SIGNED_IN})
@paginate(Pages)
@permissions.asks(permissions.SIGNED_IN)
def family_list(request: HttpRequest, name: str = "") -> QuerySet[Family]:
    found = selectors.families_for(request.auth).prefetch_related("members", "network", "taf")  # type: ignore[attr-defined]
    return found.filter(family_name__icontains=name[:100]) if name else found


@families.get("/{family_id}", response={200: FamilyOut, **SIGNED_IN})
@permissions.asks(permissions.FAMILY_VIEW)
def family_detail(request: HttpRequest, family_id: int) -> Any:
    return selectors.family_get(request.auth, family_id)  # type: ignore[attr-defined]


# --- Plans ----------------------------------------------------------------------------------


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


plans = Router(tags=["plans"], auth=bearer)


@plans.get("", response={200: list[PlanSummary], **SIGNED_IN})
@paginate(Pages)
@permissions.asks(permissions.SIGNED_IN)
def plan_list(request: HttpRequest, filters: Query[PlanFilters]) -> QuerySet[Plan]:
    found = selectors.plans_for(request.auth).order_by("id")  # type: ignore[attr-defined]
    if filters.status:
        found = found.filter(status=filters.status)
    if filters.lead:
        found = found.filter(family__taf__is_lead=True, family__taf__user__username=filters.lead)
    if filters.review_due_before:
        found = found.filter(Q(next_review_date__lt=filters.review_due_before), status=Plan.Status.LIVE)
    return found


def _plan(request: HttpRequest, plan_id: int) -> Plan:
    return selectors.plan_with_parts(request.auth, plan_id)  # type: ignore[attr-defined]


@plans.get("/{plan_id}", response={200: PlanOut, **SIGNED_IN})
@permissions.asks(permissions.FAMILY_VIEW)
def plan_detail(request: HttpRequest, plan_id: int) -> Any:
    plan = _plan(request, plan_id)
    return {**{f: getattr(plan, f) for f in PlanSummary.model_fields}, "plan": to_model(plan)}


class ActionOut(Schema):
    id: int
    how: str
    who: str
    when: str
    due_date: dt.date | None
    recurrence: str
    review_date: dt.date | None
    status: str


class GoalOut(Schema):
    id: int
    outcome: str
    supporting_families_outcome: str
    measure_of_success: str
    status: str
    actions: list[ActionOut]

    @staticmethod
    def resolve_actions(goal: Any) -> list[Any]:
        return list(goal.actions.all())


@plans.get("/{plan_id}/goals", response={200: list[GoalOut], **SIGNED_IN})
@permissions.asks(permissions.FAMILY_VIEW)
def plan_goals(request: HttpRequest, plan_id: int) -> Any:
    return list(_plan(request, plan_id).goals.all())


@plans.get("/{plan_id}/goals/{goal_id}/actions", response={200: list[ActionOut], **SIGNED_IN})
@permissions.asks(permissions.FAMILY_VIEW)
def goal_actions(request: HttpRequest, plan_id: int, goal_id: int) -> Any:
    goal = get_object_or_404(_plan(request, plan_id).goals.all(), pk=goal_id)
    return list(goal.actions.all())


class ScoreOut(Schema):
    goal_id: int
    family_score: int | None
    practitioner_score: int | None


class ReviewOut(Schema):
    id: int
    date: dt.date
    kind: str
    attendees: str
    apologies: str
    child_views: str
    contingency_reviewed: bool
    next_review_date: dt.date
    scores: list[ScoreOut]

    @staticmethod
    def resolve_scores(review: Any) -> list[Any]:
        return list(review.scores.all())


@plans.get("/{plan_id}/reviews", response={200: list[ReviewOut], **SIGNED_IN})
@permissions.asks(permissions.FAMILY_VIEW)
def plan_reviews(request: HttpRequest, plan_id: int) -> Any:
    return list(_plan(request, plan_id).reviews.prefetch_related("scores"))


class ClosureOut(Schema):
    reason: str
    summary: str
    ongoing_actions: str
    family_agreed: bool
    taf_agreed: bool
    requested_at: dt.datetime
    signed_off_at: dt.datetime | None


@plans.get("/{plan_id}/closure", response={200: ClosureOut, **SIGNED_IN})
@permissions.asks(permissions.FAMILY_VIEW)
def plan_closure(request: HttpRequest, plan_id: int) -> Any:
    plan = _plan(request, plan_id)
    closure = getattr(plan, "closure", None)
    if closure is None:
        return Status(404, {"detail": "This plan has not been closed."})
    return closure


@plans.get(
    "/{plan_id}/export",
    response={200: None, **SIGNED_IN},
    openapi_extra={
        "responses": {
            200: {
                "description": "The plan as a file",
                "content": {
                    "application/json": {"schema": {"type": "object"}},
                    "application/fhir+json": {"schema": {"type": "object"}},
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                        "schema": {"type": "string", "format": "binary"}
                    },
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        "schema": {"type": "string", "format": "binary"}
                    },
                    "text/csv": {"schema": {"type": "string"}},
                },
            }
        }
    },
)
@permissions.asks(permissions.FAMILY_VIEW)
def plan_export(
    request: HttpRequest, plan_id: int, format: Literal["json", "fhir", "docx", "xlsx", "csv"] = "json"
) -> HttpResponse:
    from familyplan.web.api.exports import export_plan
    from familyplan.web.audit import services as audit

    plan = _plan(request, plan_id)
    body, content_type, suffix = export_plan(to_model(plan), format, plan.pk)
    audit.record(
        "export", object_type="plan", object_id=plan.pk, family_id=plan.family_id, detail={"format": format}
    )
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="family-plan-{plan.pk}.{suffix}"'
    return response


# --- The checker --------------------------------------------------------------------------


class StatementIn(Schema):
    text: str = Field(max_length=10_000)
    kind: Kind
    who: str = Field(
        default="", max_length=500, description="For an action: its 'who' cell, if there is one."
    )
    when: str = Field(
        default="", max_length=500, description="For an action: its 'when' cell, if there is one."
    )


class FindingOut(Schema):
    rule: str
    letter: str
    severity: str
    message: str
    suggestion: str
    seed: str
    start: int
    end: int


class SlotOut(Schema):
    slot: str = Field(
        description="The part of the statement: who, change, doing, evidence, when, how often, what for, "
        "if...",
    )
    start: int
    end: int
    text: str
    note: str = ""


class ReadingOut(Schema):
    kind: str
    slots: list[SlotOut]


class StatementReport(Schema):
    verdict: Literal["ok", "needs-work"]
    findings: list[FindingOut]
    reading: ReadingOut


class LocatedFinding(FindingOut):
    text: str
    location: dict[str, Any] | None


class PlanReport(Schema):
    overall: int
    scores: dict[str, int]
    findings: list[LocatedFinding]
    top_fixes: list[LocatedFinding]


checker = Router(tags=["checker"])


@checker.post(
    "/check",
    auth=None,
    response={
        200: StatementReport | PlanReport,
        400: Error,
        401: Error,
        413: Error,
        422: Invalid,
        429: Error,
        503: Error,
    },
    summary="Check a statement (no sign-in) or a whole plan (with a token)",
    description="Rate limited per user with a token, per address without. A plan beyond the limits "
    "(goals, actions, request size) is refused with 413; a check that runs past the time budget with 503.",
    throttle=[CheckThrottle(f"{CHECKS_PER_MINUTE}/m", bearer)],
)
@permissions.asks(permissions.ANYONE)
def check(request: HttpRequest, body: StatementIn | PlanDocument) -> Any:
    if isinstance(body, StatementIn):
        context = Context(who=body.who, when=body.when)
        return explain_statement(
            body.text, body.kind, catalogue=council_catalogue(), context=context
        ).as_dict()
    if bearer(request) is None:
        return Status(401, {"detail": "Checking a whole plan needs a token: POST /api/auth/token."})
    try:
        check_plan_size(len(body.goals), sum(len(goal.actions) for goal in body.goals))
    except LimitExceeded as error:
        return Status(413, {"detail": str(error)})
    catalogue = council_catalogue()
    try:
        return within_budget(lambda: check_plan(body, catalogue=catalogue).as_dict())
    except OverBudget as over:
        return Status(503, {"detail": str(over)})


api.add_router("/families", families)
api.add_router("/plans", plans)
api.add_router("", checker)
