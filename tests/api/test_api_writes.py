"""Another council's case system writes through the API: every object created, changed and
removed, a stale version refused, a retried POST created once, and errors always in JSON."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework.models import Family
from tests.api.test_api import api
from tests.people import make_user

JSON = "application/json"


@pytest.fixture(autouse=True)
def _fresh_rate_limit() -> None:
    cache.clear()


def send(client: Client, method: str, url: str, body: Any = None, **headers: str) -> Any:
    call = getattr(client, method.lower())
    if body is None:
        return call(url, headers=headers)
    return call(url, body, content_type=JSON, headers=headers)


class Api:
    def __init__(self, user: User) -> None:
        self.client = api(user)

    def __call__(self, method: str, url: str, body: Any = None, status: int = 200, **headers: str) -> Any:
        response = send(self.client, method, f"/api{url}", body, **headers)
        assert response.status_code == status, (method, url, response.status_code, response.content[:500])
        assert response["Content-Type"].startswith("application/json") or status == 204
        return response.json() if status != 204 else None


@dataclass
class World:
    call: Api
    family: dict[str, Any]
    plan: dict[str, Any]

    def family_version(self) -> int:
        return self.call("GET", f"/families/{self.family['id']}")["version"]

    def plan_version(self) -> int:
        return self.call("GET", f"/plans/{self.plan['id']}")["version"]


@pytest.fixture
def world(lead: User) -> World:
    call = Api(lead)
    family = call("POST", "/families", {"family_name": "Nowak", "reference": "EH-1"}, status=201)
    plan = call("POST", "/plans", {"family_id": family["id"], "started_on": "2026-01-05"}, status=201)
    return World(call, family, plan)


def test_a_family_is_created_changed_and_a_stale_change_refused(world: World) -> None:
    call, family_id = world.call, world.family["id"]
    first = world.family_version()

    changed = call("PUT", f"/families/{family_id}", {"family_name": "Nowak-Smith", "version": first})
    stale = call("PUT", f"/families/{family_id}", {"family_name": "Smith", "version": first}, status=409)

    assert changed["family_name"] == "Nowak-Smith"
    assert stale["current_version"] == changed["version"] != first
    assert Family.objects.get(pk=family_id).family_name == "Nowak-Smith"


def test_a_family_is_removed_only_by_an_administrator_and_never_under_a_legal_hold(
    world: World, lead: User
) -> None:
    admin = Api(make_user("admin", role=User.Role.ADMINISTRATOR))
    family_id = world.family["id"]
    world.call("DELETE", f"/families/{family_id}?version={world.family_version()}", status=403)
    Family.objects.filter(pk=family_id).update(legal_hold=True)
    held = admin("DELETE", f"/families/{family_id}", status=409, **{"If-Match": str(world.family_version())})
    Family.objects.filter(pk=family_id).update(legal_hold=False)

    admin("DELETE", f"/families/{family_id}", status=204, **{"If-Match": f'"{world.family_version()}"'})

    assert "legal hold" in held["detail"]
    assert not Family.objects.filter(pk=family_id).exists()


PEOPLE = {
    "members": (
        {"name": "Ben Nowak", "relationship": "son", "is_child": True},
        {"name": "Benjamin Nowak", "reason": "His name was written short."},
    ),
    "network": ({"name": "Gran", "relationship": "Grandmother"}, {"name": "Grandma"}),
    "taf": (
        {"name": "Mrs March", "role": "Head of Year 6", "agency": "Hill School"},
        {"name": "Mrs A March"},
    ),
}


@pytest.mark.parametrize("kind", sorted(PEOPLE))
def test_each_kind_of_person_in_a_family_is_created_changed_and_removed_against_its_version(
    world: World, kind: str
) -> None:
    call, base = world.call, f"/families/{world.family['id']}/{kind}"
    new, change = PEOPLE[kind]
    made = call("POST", base, {**new, "version": world.family_version()}, status=201)
    before = world.family_version()

    changed = call("PUT", f"{base}/{made['id']}", {**new, **change, "version": before})
    stale = call("PUT", f"{base}/{made['id']}", {**new, "version": before}, status=409)
    call("DELETE", f"{base}/{made['id']}?version={before}", status=409)
    call("DELETE", f"{base}/{made['id']}?version={world.family_version()}", status=204)

    assert changed["name"] == change["name"]
    assert stale["current_version"] == world.family_version() or stale["current_version"]
    call("GET", f"{base}/{made['id']}", status=405 if kind else 404)


def test_a_plan_is_changed_with_if_match_and_a_change_without_a_version_is_refused(world: World) -> None:
    call, plan_id = world.call, world.plan["id"]
    version = world.plan["version"]

    changed = call("PUT", f"/plans/{plan_id}", {"reason": "Ben misses school."}, **{"If-Match": str(version)})
    stale = call("PUT", f"/plans/{plan_id}", {"reason": "Old"}, status=409, **{"If-Match": str(version)})
    missing = call("PUT", f"/plans/{plan_id}", {"reason": "No version"}, status=428)
    second = call("POST", "/plans", {"family_id": world.family["id"], "started_on": "2026-02-01"}, status=409)

    assert changed["plan"]["reason"] == "Ben misses school."
    assert changed["version"] == version + 1
    assert stale["current_version"] == version + 1
    assert "version" in missing["detail"]
    assert "already has a live plan" in second["detail"]


def test_goals_actions_and_progress_are_created_changed_and_removed_each_raising_the_plans_version(
    world: World,
) -> None:
    call, base = world.call, f"/plans/{world.plan['id']}"
    school = {"supporting_families_outcome": "education"}
    goal = call(
        "POST",
        f"{base}/goals",
        {"outcome": "Ben in school 95%.", **school, "version": world.plan["version"]},
        201,
    )
    action = call(
        "POST",
        f"{base}/goals/{goal['id']}/actions",
        {"how": "Mum walks Ben.", "who": "Mum", "when": "03/02/2026", "version": world.plan_version()},
        status=201,
    )
    note = call(
        "POST",
        f"{base}/actions/{action['id']}/progress",
        {"text": "Going well.", "version": world.plan_version()},
        status=201,
    )
    before = world.plan_version()

    goal = call(
        "PUT",
        f"{base}/goals/{goal['id']}",
        {"outcome": "Ben in school 96%.", **school, "version": before},
    )
    call(
        "PUT",
        f"{base}/actions/{action['id']}",
        {"how": "Gran walks Ben.", "who": "Gran", "when": "04/02/2026", "status": "done", "version": before},
        status=409,
    )
    action = call(
        "PUT",
        f"{base}/actions/{action['id']}",
        {
            "how": "Gran walks Ben.",
            "who": "Gran",
            "when": "04/02/2026",
            "status": "done",
            "version": world.plan_version(),
        },
    )
    note = call(
        "PUT",
        f"{base}/actions/{action['id']}/progress/{note['id']}",
        {"text": "Very well.", "version": world.plan_version()},
    )

    assert goal["outcome"] == "Ben in school 96%."
    assert (action["status"], action["due_date"]) == ("done", "2026-02-04")
    assert note["text"] == "Very well."
    call(
        "DELETE",
        f"{base}/actions/{action['id']}/progress/{note['id']}?version={world.plan_version()}",
        status=204,
    )
    call("DELETE", f"{base}/actions/{action['id']}?version={world.plan_version()}", status=204)
    call("DELETE", f"{base}/goals/{goal['id']}?version={before}", status=409)
    call("DELETE", f"{base}/goals/{goal['id']}?version={world.plan_version()}", status=204)
    assert call("GET", f"{base}/goals") == []


def test_a_review_sent_by_another_system_is_asked_what_the_review_page_asks(world: World) -> None:
    call, base = world.call, f"/plans/{world.plan['id']}"

    nobody = call(
        "POST",
        f"{base}/reviews",
        {"date": "2026-02-10", "next_review_date": "2026-03-24", "version": world.plan_version()},
        status=422,
    )
    too_early = call(
        "POST",
        f"{base}/reviews",
        {
            "date": "2001-01-01",
            "next_review_date": "2001-02-01",
            "attendees": "Mum",
            "version": world.plan_version(),
        },
        status=422,
    )

    assert "attendees" in nobody["problems"]
    assert "date" in too_early["problems"]
    assert call("GET", f"{base}/reviews") == []


def test_reviews_and_the_closure_are_created_changed_and_removed(world: World, manager: User) -> None:
    call, base = world.call, f"/plans/{world.plan['id']}"
    review_body = {"date": "2026-02-10", "next_review_date": "2026-03-24", "attendees": "Mum\nMrs March"}
    review = call("POST", f"{base}/reviews", {**review_body, "version": world.plan_version()}, status=201)
    review = call(
        "PUT",
        f"{base}/reviews/{review['id']}",
        {**review_body, "notes": "Fine.", "version": world.plan_version()},
    )
    closure_body = {
        "reason": "outcomes_achieved",
        "summary": "Done.",
        "no_goal_achieved_reason": "Ben is in school every day.",
        "family_agreed": True,
        "taf_agreed": True,
    }

    call("POST", f"{base}/closure", {**closure_body, "version": world.plan_version()}, status=201)
    call("DELETE", f"{base}/closure?version={world.plan_version()}", status=204)
    call("DELETE", f"{base}/reviews/{review['id']}?version={world.plan_version()}", status=204)
    call("POST", f"{base}/closure", {**closure_body, "version": world.plan_version()}, status=201)
    signed = Api(manager)("POST", f"{base}/closure/sign-off", {"version": world.plan_version()})

    assert review["notes"] == "Fine."
    assert signed["signed_off_at"] is not None
    assert call("GET", base)["status"] == "closed"
    call("PUT", base, {"reason": "late", "version": world.plan_version()}, status=409)


def test_every_write_is_on_the_audit_trail_with_the_tokens_person(world: World, lead: User) -> None:
    world.call(
        "POST",
        f"/families/{world.family['id']}/members",
        {"name": "Ben", "relationship": "son", "version": world.family_version()},
        status=201,
    )

    created = AuditEvent.objects.filter(action="create", object_type="familymember").get()

    assert created.user == lead


def test_a_post_retried_with_the_same_idempotency_key_creates_once_and_answers_the_same(world: World) -> None:
    body = {"family_name": "Jones"}

    first = world.call("POST", "/families", body, status=201, **{"Idempotency-Key": "abc-123"})
    again = world.call("POST", "/families", body, status=201, **{"Idempotency-Key": "abc-123"})
    other = world.call(
        "POST", "/families", {"family_name": "Other"}, status=422, **{"Idempotency-Key": "abc-123"}
    )

    assert again == first
    assert Family.objects.filter(family_name="Jones").count() == 1
    assert other["detail"][0]["field"] == "Idempotency-Key"


def test_an_idempotency_key_is_kept_for_its_own_person_only(world: World, team) -> None:
    other = Api(make_user("colleague", team=team))

    world.call("POST", "/families", {"family_name": "Jones"}, status=201, **{"Idempotency-Key": "k"})
    other("POST", "/families", {"family_name": "Jones"}, status=201, **{"Idempotency-Key": "k"})

    assert Family.objects.filter(family_name="Jones").count() == 2


def test_errors_under_the_api_are_json_not_pages(world: World) -> None:
    client = world.call.client

    unknown_path = client.get("/api/no-such-thing")
    unknown_family = client.get("/api/families/999999")
    wrong_method = client.patch("/api/plans", {}, content_type=JSON)
    invalid = client.post("/api/families", {"family_name": 7, "reference": "x" * 60}, content_type=JSON)

    for response, status in ((unknown_path, 404), (unknown_family, 404), (wrong_method, 405), (invalid, 422)):
        assert response.status_code == status
        assert response["Content-Type"].startswith("application/json")
        assert response.json()["detail"]
    fields = {problem["field"] for problem in invalid.json()["detail"]}
    assert fields == {"body.family_name", "body.reference"}
    assert "function-wrap" not in invalid.content.decode()


def test_a_plan_wrapped_in_an_object_is_told_where_the_problem_is(lead: User) -> None:
    response = api(lead).post("/api/check", {"plan": {"goals": []}}, content_type=JSON)

    assert response.status_code == 422
    assert "function-wrap" not in response.content.decode()
    assert all(problem["field"].startswith("body") for problem in response.json()["detail"])


def test_too_many_requests_is_answered_in_json(db: None) -> None:
    client = Client()
    codes = [
        client.post("/api/check", {"text": "Mum will walk Ben.", "kind": "action"}, content_type=JSON)
        for _ in range(61)
    ]

    assert codes[-1].status_code == 429
    assert codes[-1]["Content-Type"].startswith("application/json")
    assert codes[-1].json()["detail"]


def test_a_review_date_in_an_answer_is_a_date(world: World) -> None:
    plan = world.call("GET", f"/plans/{world.plan['id']}")

    assert dt.date.fromisoformat(plan["started_on"]) == dt.date(2026, 1, 5)
