"""Every page and API operation says which permission rules it asks, and asks them.

The rules live in one module (familyplan.web.accounts.permissions); a route that
decides for itself, or names a rule it never asks, fails here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.api.auth import issue_token
from familyplan.web.casework import services
from familyplan.web.casework.models import NetworkMember, TafMember
from familyplan.web.reviews.models import Review
from familyplan.web.reviews.services import views_link_create
from tests.people import join_the_team, make_user, signed_in

ADMIN_SITE = "Django's admin site"


def every_route() -> Iterator[tuple[str, Any]]:
    """Each URL pattern with the view behind it; the admin site stands for all its pages."""

    def walk(patterns: list[Any], prefix: str) -> Iterator[tuple[str, Any]]:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                if pattern.app_name == "admin":
                    yield route, ADMIN_SITE
                else:
                    yield from walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern):
                yield route, pattern.callback

    yield from walk(get_resolver().url_patterns, "/")


def api_operations(view: Any) -> list[Any]:
    """The operations (one per HTTP method) behind an API path's view, as django-ninja made it."""
    for cell in getattr(view, "__closure__", None) or ():
        operations = getattr(cell.cell_contents, "operations", None)
        if operations:
            return list(operations)
    return []


def declared_rules(view: Any, method: str | None = None) -> tuple[str, ...]:
    """The rules a route names: for an API path, those of its operations (taking ``method``, if given)."""
    if view == ADMIN_SITE:
        return (permissions.ADMIN_SITE,)
    rules = getattr(view, "permission_rules", None)
    if rules is not None:
        return tuple(rules)
    return tuple(
        rule
        for op in api_operations(view)
        if method is None or method in op.methods
        for rule in getattr(op.view_func, "permission_rules", ("?",))
    )


def test_every_route_names_only_rules_of_the_permissions_module() -> None:
    routes = list(every_route())

    undeclared = [route for route, view in routes if not declared_rules(view)]
    named = {route: declared_rules(view) for route, view in routes}
    unknown = {
        route: rules
        for route, rules in named.items()
        if not all(permissions.RULES.rule_exists(rule) for rule in rules)
    }

    assert undeclared == []
    assert unknown == {}
    assert len(routes) >= 60, len(routes)


@pytest.fixture
def record(family, lead: User) -> dict[str, str]:
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=timezone.localdate()
    )
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school for 90% of sessions.")
    action = services.action_save(
        by=lead, goal=goal, how="Mum will walk Ben to school.", who="Mum", when="Every day"
    )
    review = Review.objects.create(
        plan=plan, date=timezone.localdate(), next_review_date=timezone.localdate(), recorded_by=lead
    )
    _, token = views_link_create(plan=plan, by=lead, for_name="Mum")
    note = services.action_progress_add(action=action, by=lead, text="Going well.", status="in_progress")
    helper = services.person_add(
        model=NetworkMember, family=family, by=lead, name="Gran", relationship="Grandmother"
    )
    practitioner = services.person_add(
        model=TafMember, family=family, by=lead, name="Mrs March", role="Head of Year 6", agency="School"
    )
    gap = services.service_gap_add(
        plan=plan, by=lead, kind_of_service="Parenting", support_needed="A course", risk="Drift"
    )
    return {
        "gap_id": str(gap.pk),
        "notification_id": "1",
        "note_id": str(note.pk if note else 0),
        "person_id": str(helper.pk),
        "taf_id": str(practitioner.pk),
        "family_id": str(family.pk),
        "member_id": str(family.members.get().pk),
        "plan_id": str(plan.pk),
        "goal_id": str(goal.pk),
        "action_id": str(action.pk),
        "review_id": str(review.pk),
        "user_id": str(lead.pk),
        "token": token,
        "page": "index",
        "name": "open-plans",
        "path": "",
        "format": "docx",
    }


def _asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    real: Callable[..., bool] = permissions.RULES.test_rule

    def recording(name: str, *args: Any, **kwargs: Any) -> bool:
        asked.append(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(permissions.RULES, "test_rule", recording)
    return asked


def test_every_route_asks_the_rules_it_names(
    record: dict[str, str], manager: User, monkeypatch: pytest.MonkeyPatch, rf: Any
) -> None:
    manager.is_staff = True
    manager.save()
    client = signed_in(manager)
    token = issue_token(rf.post("/"), manager.username, "a-long-test-password-1")
    asked = _asked(monkeypatch)
    not_asked = {}
    checked = 0

    for route, view in every_route():
        expected = set(declared_rules(view, "GET")) - {permissions.ANYONE}
        if not expected:
            continue
        url = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: record[m[1]], route)
        url = re.sub(r"\^|\$|\(\?P.*", "", url)  # the admin site's own patterns
        asked.clear()
        client.get(
            url + ("?format=json" if url.endswith("/export") else ""), HTTP_AUTHORIZATION=f"Bearer {token}"
        )
        checked += 1
        if missing := expected - set(asked):
            not_asked[route] = sorted(missing)

    assert not_asked == {}
    assert checked >= 40, checked


def test_the_list_of_families_and_the_rule_for_one_family_agree(record: dict[str, str], lead: User) -> None:
    from familyplan.web.accounts.models import Team
    from familyplan.web.casework.models import Family
    from familyplan.web.casework.selectors import families_for

    other = Team.objects.create(name="South")
    people = [
        lead,
        make_user("colleague", team=lead.team),
        make_user("boss", role=User.Role.MANAGER, team=lead.team),
        make_user("other-boss", role=User.Role.MANAGER, team=other),
        make_user("coordinator", role=User.Role.COORDINATOR),
        make_user("admin", role=User.Role.ADMINISTRATOR),
    ]
    services.family_create(by=people[3], family_name="Jones")
    families = list(Family.objects.all())

    for person in people:
        listed = set(families_for(person))
        for family in families:
            assert permissions.can(person, permissions.FAMILY_VIEW, family) == (family in listed), (
                person.username,
                family.family_name,
            )


def test_a_manager_from_another_team_in_the_taf_is_not_offered_subject_access(
    record: dict[str, str], manager: User
) -> None:
    from familyplan.web.accounts.models import Team
    from familyplan.web.casework.models import Family

    visiting = make_user("visiting-manager", role=User.Role.MANAGER, team=Team.objects.create(name="South"))
    family = Family.objects.get(pk=record["family_id"])
    join_the_team(family, manager, visiting, "V", "Team Manager", "Early Help")
    url = f"/families/{family.pk}/"

    own_team_page = signed_in(manager).get(url).content.decode()
    visiting_page = signed_in(visiting).get(url).content.decode()
    refused = signed_in(visiting).get(f"{url}members/{record['member_id']}/subject-access.json")

    assert "Subject access (PDF)" in own_team_page
    assert "Subject access (PDF)" not in visiting_page
    assert "Who has looked at this family" not in visiting_page
    assert refused.status_code == 403


def _example(schema: dict[str, Any], components: dict[str, Any]) -> Any:
    """A value the OpenAPI document allows, from its examples where it gives them."""
    if "$ref" in schema:
        return _example(components[schema["$ref"].rsplit("/", 1)[1]], components)
    for key in ("examples", "enum"):
        if schema.get(key):
            return schema[key][0]
    if "default" in schema:
        return schema["default"]
    if "anyOf" in schema:
        return _example(schema["anyOf"][0], components)
    kind = schema.get("type")
    if kind == "object":
        props = schema.get("properties", {})
        return {name: _example(props[name], components) for name in schema.get("required", [])}
    return {"boolean": True, "integer": 1, "number": 1, "string": "x"}.get(kind)


def every_api_write() -> Iterator[tuple[str, str, Any, Any]]:
    """Each API operation that changes something: its path, method, request body and view."""
    from familyplan.web.api.api import api

    document = api.get_openapi_schema()
    components = document["components"]["schemas"]
    writes = []
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            if method in ("post", "put", "patch", "delete") and not path.startswith("/api/auth"):
                content = operation.get("requestBody", {}).get("content", {}).get("application/json")
                body = _example(content["schema"], components) if content else None
                writes.append((path, method.upper(), body))
    # Removals last, the deepest records first, the family's whole record at the very end.
    writes.sort(key=lambda w: (w[1] == "DELETE", w[1] == "DELETE" and -w[0].count("{"), w[0]))
    yield from writes


PERSON_OF = {"members": "member_id", "network": "person_id", "taf": "taf_id"}


def test_every_api_write_asks_the_rules_it_names(
    record: dict[str, str], manager: User, monkeypatch: pytest.MonkeyPatch, rf: Any
) -> None:
    from django.test import Client
    from django.urls import resolve

    from familyplan.web.casework.changes import family_version
    from familyplan.web.casework.models import Family, Plan

    token = issue_token(rf.post("/"), manager.username, "a-long-test-password-1")
    client = Client(headers={"Authorization": f"Bearer {token}"})
    asked = _asked(monkeypatch)
    not_asked = {}
    checked = 0

    for path, method, body in every_api_write():
        # The API names each kind of person {person_id}: the record's own for that kind.
        url = re.sub(
            r"(members|network|taf)/{person_id}", lambda m: f"{m[1]}/{record[PERSON_OF[m[1]]]}", path
        )
        url = re.sub(r"{(\w+)}", lambda m: record[m[1]], url)
        view = resolve(url).func
        expected = set(declared_rules(view, method)) - {permissions.ANYONE}
        if isinstance(body, dict) and "family_id" in body:
            body["family_id"] = int(record["family_id"])
        family = Family.objects.filter(pk=record["family_id"]).first()
        plan = Plan.objects.filter(pk=record["plan_id"]).first()
        current = (
            plan.version if path.startswith("/api/plans") and plan else family and family_version(family)
        )
        asked.clear()
        response = client.generic(
            method,
            url,
            json.dumps(body) if body is not None else "",
            content_type="application/json",
            headers={"If-Match": str(current)},
        )
        checked += 1
        if missing := expected - set(asked):
            not_asked[f"{method} {path} ({response.status_code})"] = sorted(missing)

    assert not_asked == {}
    assert checked >= 25, checked
