"""A change sent through the API is asked what the page for it asks a practitioner: goals,
actions, reviews, closure, sign-off, the family's people and the next review date. What it misses
comes back as 422 with each problem named, as the page names it, and nothing is saved."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.cache import cache
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework.models import Action, Goal, Plan
from tests.api.test_api_writes import Api, World

TODAY = timezone.localdate()
STARTED = TODAY - dt.timedelta(weeks=4)


@pytest.fixture(autouse=True)
def _fresh_rate_limit() -> None:
    cache.clear()


@pytest.fixture
def world(lead: User) -> World:
    call = Api(lead)
    family = call("POST", "/families", {"family_name": "Nowak"}, status=201)
    plan = call("POST", "/plans", {"family_id": family["id"], "started_on": f"{STARTED}"}, status=201)
    return World(call, family, plan)


def base(world: World) -> str:
    return f"/plans/{world.plan['id']}"


def goal_with_an_action(world: World) -> tuple[dict[str, Any], dict[str, Any]]:
    goal = world.call(
        "POST",
        f"{base(world)}/goals",
        {
            "outcome": "Ben will be in school for 95% of sessions by July.",
            "supporting_families_outcome": "education",
            "version": world.plan_version(),
        },
        status=201,
    )
    action = world.call(
        "POST",
        f"{base(world)}/goals/{goal['id']}/actions",
        {
            "how": "Mum walks Ben to school.",
            "who": "Anna Nowak (Mum)",
            "when": "Every day",
            "version": world.plan_version(),
        },
        status=201,
    )
    return goal, action


def test_an_action_with_a_date_that_does_not_exist_is_refused_as_on_the_page(world: World) -> None:
    goal, action = goal_with_an_action(world)
    body = {"how": "Gran walks Ben.", "who": "Gran", "when": "31/02/2027", "version": world.plan_version()}

    added = world.call("POST", f"{base(world)}/goals/{goal['id']}/actions", body, status=422)
    changed = world.call("PUT", f"{base(world)}/actions/{action['id']}", body, status=422)

    four_weeks_on = (timezone.localdate() + dt.timedelta(weeks=4)).strftime("%d/%m/%Y")
    message = f"31/02/2027 is not a real date. Enter a real date, day first, for example {four_weeks_on}"
    assert added["problems"] == changed["problems"] == {"when": message}
    assert [a["when"] for a in world.call("GET", f"{base(world)}/goals/{goal['id']}/actions")] == [
        "Every day"
    ]


def test_a_goal_needs_its_supporting_families_outcome_and_is_marked_achieved_only_at_a_review(
    world: World,
) -> None:
    goal, _action = goal_with_an_action(world)
    body = {"outcome": "Ben will be in school every day.", "supporting_families_outcome": "education"}

    achieved = world.call(
        "PUT",
        f"{base(world)}/goals/{goal['id']}",
        {**body, "status": "achieved", "version": world.plan_version()},
        422,
    )
    no_outcome = world.call(
        "POST", f"{base(world)}/goals", {"outcome": "Ben sleeps well.", "version": world.plan_version()}, 422
    )

    assert set(achieved["problems"]) == {"status"}
    assert "marked achieved at a review" in achieved["problems"]["status"]
    assert no_outcome["detail"][0]["field"] == "body.supporting_families_outcome"
    assert Goal.objects.get(pk=goal["id"]).status == "open"


def test_outcomes_achieved_still_needs_a_goal_achieved_at_a_review_or_a_reason(world: World) -> None:
    goal_with_an_action(world)
    closing = {
        "reason": "outcomes_achieved",
        "summary": "Ben is settled.",
        "family_agreed": True,
        "taf_agreed": True,
    }

    refused = world.call("POST", f"{base(world)}/closure", {**closing, "version": world.plan_version()}, 422)

    assert set(refused["problems"]) == {"no_goal_achieved_reason"}
    assert world.call("GET", base(world))["status"] == "live"


def review(world: World, **more: Any) -> dict[str, Any]:
    return {
        "date": f"{TODAY}",
        "next_review_date": f"{TODAY + dt.timedelta(weeks=6)}",
        "attendees": "Anna Nowak (Mum)\nMrs March",
        "version": world.plan_version(),
        **more,
    }


def test_a_review_needs_progress_on_every_open_action_and_a_score_for_every_open_goal(world: World) -> None:
    goal, action = goal_with_an_action(world)

    refused = world.call("POST", f"{base(world)}/reviews", review(world), status=422)
    unknown = world.call(
        "POST", f"{base(world)}/reviews", review(world, progress=[{"action_id": 999, "progress": "x"}]), 422
    )

    assert set(refused["problems"]) == {f"progress_{action['id']}", f"score_{goal['id']}"}
    assert "Write what progress has been made on" in refused["problems"][f"progress_{action['id']}"]
    assert unknown["problems"] == {"progress_999": "There is no action 999 in this plan"}
    assert world.call("GET", f"{base(world)}/reviews") == []


def test_progress_sent_on_a_finished_action_is_kept_without_reopening_it(world: World) -> None:
    """A client sending progress on every action of each open goal, as a review once asked, is not
    refused for the done and stopped ones: their progress is recorded and they stay finished."""
    goal, action = goal_with_an_action(world)
    finished = {}
    for status in ("done", "stopped"):
        made = world.call(
            "POST",
            f"{base(world)}/goals/{goal['id']}/actions",
            {"how": f"Mum rings the school ({status}).", "who": "Anna Nowak (Mum)", "when": "Every day"}
            | {"version": world.plan_version()},
            status=201,
        )
        Action.objects.filter(pk=made["id"]).update(status=status)
        finished[status] = made["id"]
    progress = [
        {"action_id": action["id"], "progress": "Walked every day."},
        {"action_id": finished["done"], "progress": "Rang on Monday.", "status": None},
        {"action_id": finished["stopped"], "progress": "No longer needed.", "status": "in_progress"},
    ]
    score = {"goal_id": goal["id"], "family_score": 6, "practitioner_score": 5}

    world.call("POST", f"{base(world)}/reviews", review(world, progress=progress, scores=[score]), status=201)
    actions = {a["id"]: a for a in world.call("GET", f"{base(world)}/goals/{goal['id']}/actions")}

    assert actions[finished["done"]]["status"] == "done"
    assert [n["text"] for n in actions[finished["done"]]["progress"]] == ["Rang on Monday."]
    assert actions[finished["stopped"]]["status"] == "stopped"
    assert [n["text"] for n in actions[finished["stopped"]]["progress"]] == ["No longer needed."]


def test_a_whole_review_records_progress_scores_and_an_achieved_goal_and_the_plan_can_then_close(
    world: World, manager: User
) -> None:
    goal, action = goal_with_an_action(world)
    whole = review(
        world,
        progress=[{"action_id": action["id"], "progress": "Walked every day.", "status": "done"}],
        scores=[{"goal_id": goal["id"], "family_score": 9, "practitioner_score": 8, "achieved": True}],
    )

    recorded = world.call("POST", f"{base(world)}/reviews", whole, status=201)
    actions = world.call("GET", f"{base(world)}/goals/{goal['id']}/actions")
    closing = {
        "reason": "outcomes_achieved",
        "summary": "Ben is settled.",
        "family_agreed": True,
        "taf_agreed": True,
    }
    world.call("POST", f"{base(world)}/closure", {**closing, "version": world.plan_version()}, status=201)

    assert recorded["scores"] == [
        {"goal_id": goal["id"], "family_score": 9, "practitioner_score": 8, "no_score_reason": ""}
    ]
    assert (actions[0]["status"], actions[0]["progress"][0]["text"]) == ("done", "Walked every day.")
    assert Goal.objects.get(pk=goal["id"]).achieved_on == TODAY
    assert Plan.objects.get(pk=world.plan["id"]).next_review_date == TODAY + dt.timedelta(weeks=6)


def test_a_later_next_review_and_missing_child_views_are_given_their_reasons(world: World) -> None:
    world.call(
        "POST",
        f"/families/{world.family['id']}/members",
        {"name": "Ben", "relationship": "son", "is_child": True, "version": world.family_version()},
        status=201,
    )
    late = {"next_review_date": f"{TODAY + dt.timedelta(weeks=12)}"}

    refused = world.call("POST", f"{base(world)}/reviews", review(world, **late), status=422)
    gathered = world.call(
        "POST", f"{base(world)}/reviews", review(world, child_views_gathered_before=True, **late), 422
    )
    recorded = world.call(
        "POST",
        f"{base(world)}/reviews",
        review(
            world,
            next_review_reason="The school holidays",
            child_views_missing_reason="Ben was away on a school trip",
            **late,
        ),
        status=201,
    )

    assert set(refused["problems"]) == {"next_review_reason", "child_views"}
    assert (
        gathered["problems"]["child_views"]
        == "Write the child's views, or say why they could not be gathered"
    )
    assert recorded["next_review_reason"] == "The school holidays"


def test_the_next_review_date_is_kept_within_the_plans_cycle(world: World) -> None:
    too_late = f"{STARTED + dt.timedelta(weeks=9)}"
    in_time = f"{STARTED + dt.timedelta(weeks=6)}"

    refused = world.call(
        "PUT", base(world), {"next_review_date": too_late, "version": world.plan_version()}, status=422
    )
    moved = world.call("PUT", base(world), {"next_review_date": in_time, "version": world.plan_version()})
    kept = world.call("PUT", base(world), {"reason": "Ben misses school.", "version": world.plan_version()})

    assert "later than the plan's review cycle allows" in refused["problems"]["next_review_date"]
    assert moved["next_review_date"] == kept["next_review_date"] == in_time


def test_family_members_are_asked_what_the_family_pages_ask(world: World) -> None:
    people = f"/families/{world.family['id']}"
    tomorrow = f"{TODAY + dt.timedelta(days=1)}"

    unborn = world.call(
        "POST",
        f"{people}/members",
        {
            "name": "Ben",
            "relationship": "son",
            "date_of_birth": tomorrow,
            "involved_in_plan": False,
            "version": world.family_version(),
        },
        status=422,
    )
    no_relationship = world.call(
        "POST", f"{people}/network", {"name": "Gran", "version": world.family_version()}, status=422
    )
    short_role = world.call(
        "POST",
        f"{people}/taf",
        {"name": "Jo", "role": "HV", "agency": "", "version": world.family_version()},
        status=422,
    )

    assert unborn["problems"] == {
        "date_of_birth": "Date of birth must be today or in the past",
        "reason_not_involved": "Say why they are not involved in making the plan",
    }
    assert no_relationship["problems"] == {"relationship": "Enter how they know the family"}
    assert short_role["problems"] == {
        "role": 'Write the role in full instead of HV, for example "Health Visitor"',
        "agency": "Enter the agency they work for",
    }
    assert world.call("GET", people)["members"] == []


def test_a_correction_to_a_family_members_record_says_why_and_is_audited_with_it(world: World) -> None:
    people = f"/families/{world.family['id']}/members"
    ben = {"name": "Ben", "relationship": "son", "is_child": True}
    made = world.call("POST", people, {**ben, "version": world.family_version()}, status=201)

    refused = world.call(
        "PUT", f"{people}/{made['id']}", {**ben, "name": "Benjamin", "version": world.family_version()}, 422
    )
    world.call(
        "PUT",
        f"{people}/{made['id']}",
        {**ben, "name": "Benjamin", "reason": "Written short by mistake", "version": world.family_version()},
    )

    assert refused["problems"] == {"reason": "Say why the record is being corrected"}
    corrected = AuditEvent.objects.filter(object_type="familymember", action="update").get()
    assert corrected.detail["correction"] == "Written short by mistake"
    assert corrected.detail["changes"]["name"] == {"before": "Ben", "after": "Benjamin"}


def test_a_manager_returns_a_closure_with_a_comment_or_signs_it_off_with_one(
    world: World, manager: User
) -> None:
    closing = {
        "reason": "consent_withdrawn",
        "summary": "The family said no.",
        "family_agreed": False,
        "taf_agreed": True,
    }
    world.call("POST", f"{base(world)}/closure", {**closing, "version": world.plan_version()}, status=201)
    boss = Api(manager)

    waiting = world.plan_version()
    no_comment = boss("POST", f"{base(world)}/closure/return", {"version": waiting}, status=422)
    stale = boss("POST", f"{base(world)}/closure/sign-off", {"version": 1}, status=409)
    returned = boss(
        "POST",
        f"{base(world)}/closure/return",
        {"comment": "Add the school's view.", "version": world.plan_version()},
    )
    world.call("POST", f"{base(world)}/closure", {**closing, "version": world.plan_version()}, status=201)
    signed = boss(
        "POST", f"{base(world)}/closure/sign-off", {"comment": "Agreed.", "version": world.plan_version()}
    )

    assert set(no_comment["problems"]) == {"comment"}
    assert stale["current_version"] == waiting
    assert returned["comment"] == "Add the school's view."
    assert signed["sign_off_comment"] == "Agreed."
    assert world.call("GET", base(world))["status"] == "closed"


def test_removing_the_latest_review_brings_back_the_next_review_date_before_it(world: World) -> None:
    earlier = review(world, date=f"{TODAY - dt.timedelta(weeks=1)}")
    first = world.call("POST", f"{base(world)}/reviews", earlier, status=201)
    later = review(world, next_review_date=f"{TODAY + dt.timedelta(weeks=5)}")
    second = world.call("POST", f"{base(world)}/reviews", later, status=201)

    world.call("DELETE", f"{base(world)}/reviews/{second['id']}?version={world.plan_version()}", status=204)

    assert world.call("GET", base(world))["next_review_date"] == first["next_review_date"]
