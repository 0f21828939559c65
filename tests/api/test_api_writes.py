"""Another council's case system writes through the API: every object created, changed and
removed, a stale version refused, a retried POST created once, and errors always in JSON."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.core import mail
from django.core.cache import cache
from django.db.models import Model
from django.test import Client
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework.models import (
    Action,
    Closure,
    Family,
    FamilyMember,
    Goal,
    InterimSafetyPlan,
    NetworkMember,
    Plan,
    ProgressNote,
    ServiceGap,
    TafMember,
)
from familyplan.web.reviews.models import Review
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

    def as_read(self) -> tuple[Any, ...]:
        """All a client reads of the family and its plan: the family's record, the plan, its goals
        (with actions and progress), its reviews and its closure (or that it has none)."""
        base = f"/plans/{self.plan['id']}"
        closure = send(self.call.client, "GET", f"/api{base}/closure")
        read = [self.call("GET", f"/families/{self.family['id']}")]
        read += [self.call("GET", f"{base}{part}") for part in ("", "/goals", "/reviews")]
        return (*read, closure.status_code, closure.json())


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
    now = world.family_version()
    stale = call("PUT", f"{base}/{made['id']}", {**new, "version": before}, status=409)
    call("DELETE", f"{base}/{made['id']}?version={before}", status=409)
    kept = call("GET", f"/families/{world.family['id']}")
    call("DELETE", f"{base}/{made['id']}?version={world.family_version()}", status=204)

    assert changed["name"] == change["name"]
    assert stale["current_version"] == now != before
    assert [person["name"] for person in kept[kind] if person["id"] == made["id"]] == [change["name"]]
    assert all(person["id"] != made["id"] for person in call("GET", f"/families/{world.family['id']}")[kind])


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
        {"how": "Mum walks Ben.", "who": "Mum", "when": "03/02/2099", "version": world.plan_version()},
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


REVIEW = {"date": "2026-02-10", "next_review_date": "2026-03-24", "attendees": "Mum\nMrs March"}
CLOSURE = {
    "reason": "outcomes_achieved",
    "summary": "Done.",
    "no_goal_achieved_reason": "Ben is in school every day.",
    "family_agreed": True,
    "taf_agreed": True,
}
GOAL = {"outcome": "Ben in school 95%.", "supporting_families_outcome": "education"}
ACTION = {"how": "Mum walks Ben.", "who": "Mum", "when": "03/02/2099"}


@pytest.fixture
def parts(world: World) -> dict[str, int]:
    """A review of the plan, then a goal with an action and a progress note on it: their ids."""
    call, base = world.call, f"/plans/{world.plan['id']}"
    review = call("POST", f"{base}/reviews", {**REVIEW, "version": world.plan_version()}, status=201)
    goal = call("POST", f"{base}/goals", {**GOAL, "version": world.plan_version()}, status=201)
    action = call(
        "POST", f"{base}/goals/{goal['id']}/actions", {**ACTION, "version": world.plan_version()}, status=201
    )
    note = call(
        "POST",
        f"{base}/actions/{action['id']}/progress",
        {"text": "Going well.", "version": world.plan_version()},
        status=201,
    )
    return {"review": review["id"], "goal": goal["id"], "action": action["id"], "note": note["id"]}


# Every write to a plan or its parts: method, path under the plan (naming the parts), body.
PLAN_WRITES: dict[str, tuple[str, str, dict[str, Any] | None]] = {
    "plan changed": ("PUT", "", {"reason": "Late news."}),
    "plan removed": ("DELETE", "", None),
    "goal changed": ("PUT", "/goals/{goal}", {**GOAL, "outcome": "Ben in school 99%."}),
    "goal removed": ("DELETE", "/goals/{goal}", None),
    "action changed": ("PUT", "/actions/{action}", {**ACTION, "who": "Gran", "status": "done"}),
    "action removed": ("DELETE", "/actions/{action}", None),
    "progress note changed": ("PUT", "/actions/{action}/progress/{note}", {"text": "Late news."}),
    "progress note removed": ("DELETE", "/actions/{action}/progress/{note}", None),
    "review changed": ("PUT", "/reviews/{review}", {**REVIEW, "notes": "Late news."}),
    "review removed": ("DELETE", "/reviews/{review}", None),
    "closure asked for": ("POST", "/closure", CLOSURE),
    "closure taken back": ("DELETE", "/closure", None),
}


@pytest.mark.parametrize("write", sorted(PLAN_WRITES))
def test_a_write_to_a_plan_or_its_parts_with_a_stale_version_is_refused_and_changes_nothing(
    world: World, parts: dict[str, int], write: str
) -> None:
    call, base = world.call, f"/plans/{world.plan['id']}"
    method, path, body = PLAN_WRITES[write]
    read = world.plan_version()
    if write == "closure taken back":
        call("POST", f"{base}/closure", {**CLOSURE, "version": read}, status=201)
    else:
        call("PUT", base, {"reason": "Someone else's change.", "version": read})
    before = world.as_read()

    url = base + path.format(**parts)
    if body is None:
        stale = call(method, f"{url}?version={read}", status=409)
    else:
        stale = call(method, url, {**body, "version": read}, status=409)

    assert stale["current_version"] == world.plan_version() == read + 1
    assert stale["detail"]
    assert world.as_read() == before


def test_a_plan_started_by_mistake_is_removed_with_its_current_version(world: World) -> None:
    call, url = world.call, f"/plans/{world.plan['id']}"

    call("DELETE", url, status=204, **{"If-Match": str(world.plan_version())})

    call("GET", url, status=404)
    again = call("POST", "/plans", {"family_id": world.family["id"], "started_on": "2026-02-01"}, status=201)
    assert again["id"] != world.plan["id"]


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
    review = call("POST", f"{base}/reviews", {**REVIEW, "version": world.plan_version()}, status=201)
    review = call(
        "PUT",
        f"{base}/reviews/{review['id']}",
        {**REVIEW, "notes": "Fine.", "version": world.plan_version()},
    )

    call("POST", f"{base}/closure", {**CLOSURE, "version": world.plan_version()}, status=201)
    call("DELETE", f"{base}/closure?version={world.plan_version()}", status=204)
    call("DELETE", f"{base}/reviews/{review['id']}?version={world.plan_version()}", status=204)
    call("POST", f"{base}/closure", {**CLOSURE, "version": world.plan_version()}, status=201)
    signed = Api(manager)("POST", f"{base}/closure/sign-off", {"version": world.plan_version()})

    assert review["notes"] == "Fine."
    assert signed["signed_off_at"] is not None
    assert signed["signed_off_by"] == manager.display_name
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


Sent = tuple[str, dict[str, Any]]


def _plan_part(world: World, path: str, body: dict[str, Any]) -> Sent:
    return f"/plans/{world.plan['id']}{path}", {**body, "version": world.plan_version()}


def _person(world: World, kind: str) -> Sent:
    return f"/families/{world.family['id']}/{kind}", {**PEOPLE[kind][0], "version": world.family_version()}


def _new_familys_plan(world: World) -> Sent:
    family = world.call("POST", "/families", {"family_name": "Jones"}, status=201)
    return "/plans", {"family_id": family["id"], "started_on": "2026-01-05"}


def _review(world: World, ids: dict[str, int]) -> Sent:
    progress = [{"action_id": ids["action"], "progress": "Walked every day."}]
    scores = [{"goal_id": ids["goal"], "family_score": 6, "practitioner_score": 5}]
    body = {**REVIEW, "date": "2026-03-10", "next_review_date": "2026-04-21"}
    return _plan_part(world, "/reviews", {**body, "progress": progress, "scores": scores})


# Every other POST that takes an Idempotency-Key: what it makes; where and what a client sends it,
# given the family, its plan and the ids of the plan's parts; and a change making it another request.
IDEMPOTENT_POSTS: dict[str, tuple[type[Model], Callable[[World, dict[str, int]], Sent], dict[str, Any]]] = {
    "member": (FamilyMember, lambda world, ids: _person(world, "members"), {"name": "Anna Nowak"}),
    "network member": (NetworkMember, lambda world, ids: _person(world, "network"), {"name": "Aunt"}),
    "TAF member": (TafMember, lambda world, ids: _person(world, "taf"), {"name": "Dr Lee"}),
    "plan": (Plan, lambda world, ids: _new_familys_plan(world), {"started_on": "2026-01-06"}),
    "goal": (Goal, lambda world, ids: _plan_part(world, "/goals", GOAL), {"outcome": "Mum sleeps."}),
    "action": (
        Action,
        lambda world, ids: _plan_part(world, f"/goals/{ids['goal']}/actions", ACTION),
        {"who": "Gran"},
    ),
    "progress note": (
        ProgressNote,
        lambda world, ids: _plan_part(world, f"/actions/{ids['action']}/progress", {"text": "Better."}),
        {"text": "Worse."},
    ),
    "review": (Review, _review, {"notes": "Another meeting."}),
    "closure": (Closure, lambda world, ids: _plan_part(world, "/closure", CLOSURE), {"summary": "Over."}),
}


@pytest.mark.parametrize("kind", sorted(IDEMPOTENT_POSTS))
def test_each_post_retried_with_the_same_idempotency_key_creates_once_and_answers_the_same(
    world: World, parts: dict[str, int], kind: str
) -> None:
    model, sending, other = IDEMPOTENT_POSTS[kind]
    url, body = sending(world, parts)
    key = {"Idempotency-Key": f"{kind}-1"}
    before = model.objects.count()

    first = world.call("POST", url, body, status=201, **key)
    after_first = world.as_read()
    again = world.call("POST", url, body, status=201, **key)
    refused = world.call("POST", url, {**body, **other}, status=422, **key)

    assert again == first
    assert model.objects.count() == before + 1
    assert world.as_read() == after_first
    assert refused["detail"][0]["field"] == "Idempotency-Key"


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


def test_names_and_relationships_as_long_as_the_plan_format_allows_are_taken_and_longer_ones_refused(
    world: World,
) -> None:
    family_id = world.family["id"]
    name, relationship = "Anna " * 60, "Stepmother and kinship carer " * 10  # 300 characters each
    person = {"name": name.strip(), "relationship": relationship.strip(), "version": world.family_version()}

    created = world.call("POST", f"/families/{family_id}/members", person, status=201)
    refused = world.call(
        "POST",
        f"/families/{family_id}/network",
        {"name": "Gran", "relationship": "G" * 501, "version": world.family_version()},
        status=422,
    )

    assert (created["name"], created["relationship"]) == (name.strip(), relationship.strip())
    assert "relationship" in json.dumps(refused)
    assert not NetworkMember.objects.filter(family_id=family_id).exists()


INTERIM = {"issue": "Dad drinks at night.", "actions": "Gran stays over on weekdays."}
GAP = {
    "kind_of_service": "Speech and language therapy",
    "support_needed": "Weekly sessions for Ben at school.",
    "risk": "Ben cannot make himself understood in class.",
}


def test_an_interim_safety_plan_is_written_read_and_a_stale_or_past_one_refused(world: World) -> None:
    call, base = world.call, f"/plans/{world.plan['id']}"
    week = (timezone.localdate() + dt.timedelta(days=7)).isoformat()
    call("GET", f"{base}/interim", status=404)
    first = world.plan_version()

    written = call("PUT", f"{base}/interim", {**INTERIM, "end_date": week, "version": first})
    stale = call("PUT", f"{base}/interim", {**INTERIM, "end_date": week, "version": first}, status=409)
    past = call(
        "PUT",
        f"{base}/interim",
        {**INTERIM, "end_date": "2020-01-01", "version": world.plan_version()},
        status=422,
    )

    assert written == {**INTERIM, "end_date": week}
    assert call("GET", f"{base}/interim") == written
    assert stale["current_version"] == world.plan_version() != first
    assert "end date must be today or later" in str(past).lower()
    assert InterimSafetyPlan.objects.get(plan_id=world.plan["id"]).end_date.isoformat() == week
    assert call("GET", base)["plan"]["interim_safety_plan"] == {**INTERIM, "end_date": week}


def test_a_gap_in_provision_is_recorded_and_the_coordinator_told_as_from_its_page(world: World) -> None:
    make_user("coordinator", User.Role.COORDINATOR, email="coordinator@example.invalid")
    call, base = world.call, f"/plans/{world.plan['id']}"

    made = call("POST", f"{base}/gaps", {**GAP, "version": world.plan_version()}, status=201)
    blank = call("POST", f"{base}/gaps", {**GAP, "risk": " ", "version": world.plan_version()}, status=422)

    assert {k: made[k] for k in GAP} == GAP
    assert made["coordinator_told_on"] == timezone.localdate().isoformat()
    assert [m.to for m in mail.outbox] == [["coordinator@example.invalid"]]
    assert "Nowak" not in mail.outbox[0].body  # the coordinator is told of the gap, not the family
    assert call("GET", f"{base}/gaps") == [made]
    assert "risk" in str(blank)
    assert ServiceGap.objects.filter(plan_id=world.plan["id"]).count() == 1


def test_an_interim_safety_plan_is_ended_through_the_api_against_the_plans_version(world: World) -> None:
    call, base = world.call, f"/plans/{world.plan['id']}"
    week = (timezone.localdate() + dt.timedelta(days=7)).isoformat()
    call("PUT", f"{base}/interim", {**INTERIM, "end_date": week, "version": world.plan_version()})
    too_soon = call("DELETE", f"{base}/interim?version={world.plan_version()}", status=409)
    plan = Plan.objects.get(pk=world.plan["id"])
    goal = Goal.objects.create(plan=plan, outcome="Gran stays over until Dad is sober by 30.04.2027.")
    Action.objects.create(
        goal=goal, how="Gran stays over on weekdays.", who="Gran", when="Daily (review 01/03/2099)"
    )
    Plan.objects.filter(pk=plan.pk).update(contingency="If Dad drinks, Gran has the children.")
    read = world.plan_version()

    call("DELETE", f"{base}/interim?version={read}", status=204)
    call("DELETE", f"{base}/interim?version={world.plan_version()}", status=409)  # none left to end

    call("GET", f"{base}/interim", status=404)
    assert "a contingency plan" in str(too_soon)
    assert world.plan_version() > read
    ended = AuditEvent.objects.get(action=AuditEvent.Action.DELETE, object_type="interimsafetyplan")
    assert INTERIM["issue"] in str(ended.detail)
    assert Plan.objects.get(pk=plan.pk).interim_ended_on == timezone.localdate()  # as its page says


def test_a_gap_is_corrected_through_the_api_as_from_its_page(world: World) -> None:
    call, base = world.call, f"/plans/{world.plan['id']}"
    made = call("POST", f"{base}/gaps", {**GAP, "version": world.plan_version()}, status=201)

    fixed = call(
        "PUT",
        f"{base}/gaps/{made['id']}",
        {**GAP, "risk": "Ben falls further behind", "version": world.plan_version()},
    )
    blank = call(
        "PUT", f"{base}/gaps/{made['id']}", {**GAP, "risk": " ", "version": world.plan_version()}, status=422
    )

    assert fixed["risk"] == "Ben falls further behind"
    assert "risk" in str(blank)
    assert ServiceGap.objects.get(pk=made["id"]).risk == "Ben falls further behind"


def test_a_child_a_goal_is_for_is_not_removed_through_the_api_either(world: World, lead: User) -> None:
    call = world.call
    family = f"/families/{world.family['id']}"
    child = call(
        "POST",
        f"{family}/members",
        {
            "name": "Ellie Nowak",
            "relationship": "daughter",
            "is_child": True,
            "version": world.family_version(),
        },
        status=201,
    )
    Goal.objects.create(
        plan_id=world.plan["id"], outcome="Ellie is in school every day.", for_children="Ellie Nowak"
    )

    refused = call("DELETE", f"{family}/members/{child['id']}?version={world.family_version()}", status=409)

    assert "Correct their record instead" in str(refused)
    assert FamilyMember.objects.filter(pk=child["id"]).exists()
