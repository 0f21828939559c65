"""The REST API: other systems read, create, change and remove families and plans, check plans
and statements, and export in open formats.

The same need-to-know rules as the pages: every record comes through the selectors, and every
change through the services, which ask the rules in familyplan.web.accounts.permissions and
write the audit trail with the token's person. Errors are JSON everywhere under /api/.
The operations live one module a resource: tokens, families, plans, goals, reviews, checker.
"""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import ValidationError

from familyplan.web.accounts import permissions
from familyplan.web.api.checker import checker
from familyplan.web.api.families import families
from familyplan.web.api.goals import goals
from familyplan.web.api.plans import plans
from familyplan.web.api.reviews import reviews
from familyplan.web.api.safety import safety
from familyplan.web.api.tokens import tokens
from familyplan.web.api.versions import VersionMissing
from familyplan.web.casework.changes import StaleFamilyError
from familyplan.web.casework.services import PlanRuleError, Refused, StaleVersionError

api = NinjaAPI(
    title="Family Plan API",
    version="1.3",
    description="Families, plans, goals, actions, progress, reviews, closure and the SMART checker. "
    "Send `Authorization: Bearer <token>` from POST /api/auth/token. Every change takes the version "
    "you read (the `If-Match` header or a `version` field) and is answered 409 if someone changed the "
    "record since; send `Idempotency-Key` with a POST so a retry does not create twice.",
    urls_namespace="api",
    # The API's own description and its docs page are open to anyone.
    docs_decorator=permissions.asks(permissions.ANYONE),
)

# Pydantic's names for its own validators, which mean nothing to a client ("function-wrap[...]").
_INTERNAL = re.compile(r"^[\w-]+\[.*\]$")


def _field(loc: list[Any]) -> str:
    place = ""
    for step in loc:
        place += f"[{step}]" if isinstance(step, int) else (f".{step}" if place else str(step))
    return place


def readable(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each problem with its place as a client names it (body.goals[0].outcome), without internals."""
    found = []
    for error in errors:
        loc = [step for step in error.get("loc", []) if not (isinstance(step, str) and _INTERNAL.match(step))]
        if loc[:2] == ["body", "body"]:
            loc = loc[1:]  # the operation's own name for its body
        found.append(
            {
                "loc": loc,
                "field": _field(loc),
                "msg": str(error.get("msg", "")),
                "type": error.get("type", ""),
            }
        )
    return found


@api.exception_handler(ValidationError)
def invalid(request: HttpRequest, error: ValidationError) -> HttpResponse:
    return api.create_response(request, {"detail": readable(error.errors)}, status=422)


@api.exception_handler(StaleVersionError)
def stale_plan(request: HttpRequest, error: StaleVersionError) -> HttpResponse:
    body = {"detail": str(error), "current_version": error.current.version}
    return api.create_response(request, body, status=409)


@api.exception_handler(StaleFamilyError)
def stale_family(request: HttpRequest, error: StaleFamilyError) -> HttpResponse:
    return api.create_response(request, {"detail": str(error), "current_version": error.current}, status=409)


@api.exception_handler(PlanRuleError)
def not_now(request: HttpRequest, error: PlanRuleError) -> HttpResponse:
    # What the plan's state or the guidance does not allow (a closed plan, a second live plan).
    return api.create_response(request, {"detail": str(error), "current_version": None}, status=409)


@api.exception_handler(Refused)
def incomplete(request: HttpRequest, error: Refused) -> HttpResponse:
    # A change missing what the guidance asks for (a review, a closure, a goal, an action, a person,
    # the lead): each part named, as the page names it beside its field.
    problems = {part: str(message) for part, message in error.problems.items()}
    return api.create_response(request, {"detail": str(error), "problems": problems}, status=422)


@api.exception_handler(PermissionDenied)
def refused(request: HttpRequest, error: PermissionDenied) -> HttpResponse:
    return api.create_response(request, {"detail": str(error) or "You cannot do this."}, status=403)


@api.exception_handler(VersionMissing)
def no_version(request: HttpRequest, error: VersionMissing) -> HttpResponse:
    body = {"detail": "Send the version you read: the If-Match header, or a 'version' field (or ?version=)."}
    return api.create_response(request, body, status=428)


api.add_router("/auth", tokens)
api.add_router("/families", families)
api.add_router("/plans", plans)
api.add_router("/plans", goals)
api.add_router("/plans", reviews)
api.add_router("/plans", safety)
api.add_router("", checker)
