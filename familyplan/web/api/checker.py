"""The SMART checker through the API: one statement without signing in, or a whole plan with a token."""

from typing import Any, Literal

from django.conf import settings
from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.responses import Status

from familyplan.plan.limits import LimitExceeded, check_plan_size, current
from familyplan.plan.models import Plan as PlanDocument
from familyplan.smart import Context, Kind, check_cells, check_plan, explain_statement
from familyplan.web.accounts import permissions
from familyplan.web.api.auth import BearerToken
from familyplan.web.api.guard import CheckThrottle, OverBudget, within_budget
from familyplan.web.api.schemas import Error, Invalid
from familyplan.web.council.services import catalogue as council_catalogue

bearer = BearerToken()
CHECKS_PER_MINUTE = settings.API_CHECKS_PER_MINUTE


class StatementIn(Schema):
    text: str = Field(max_length=current().field_chars)
    kind: Kind
    who: str = Field(
        default="",
        max_length=500,
        description="For an action: its 'who' cell; sent empty, it is checked as an empty cell.",
    )
    when: str = Field(
        default="",
        max_length=500,
        description="For an action: its 'when' cell; sent empty, it is checked as an empty cell.",
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
    cell: str = Field(
        default="",
        description="For an action: 'who' or 'when' when the finding is about that cell (start and end "
        "are then within the cell), empty when it is about the statement.",
    )


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
        explained = explain_statement(body.text, body.kind, catalogue=council_catalogue(), context=context)
        given = body.model_fields_set & {"who", "when"}
        return explained.as_dict(
            check_cells(body.kind, context, catalogue=council_catalogue(), given=given, action=body.text)
        )
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
