"""A review read through the API gives what it recorded for each action: the progress noted there
and the status it found and left, as they were at the review, whatever the plan has done since."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from familyplan.web.reviews.models import ActionReviewed
from tests.api.test_api_asks_what_the_pages_ask import STARTED, base, goal_with_an_action, review
from tests.api.test_api_writes import Api, World
from tests.web.test_a_review_read_on_its_own import reviewed


@pytest.fixture(autouse=True)
def _fresh_rate_limit() -> None:
    cache.clear()


@pytest.fixture
def world(lead: User) -> World:
    call = Api(lead)
    family = call("POST", "/families", {"family_name": "Nowak"}, status=201)
    plan = call("POST", "/plans", {"family_id": family["id"], "started_on": f"{STARTED}"}, status=201)
    return World(call, family, plan)


def reviews_of(plan: Plan, user: User) -> list[dict[str, Any]]:
    return Api(user)("GET", f"/plans/{plan.pk}/reviews")


def test_a_review_gives_each_actions_progress_and_the_status_it_found_and_left(
    lead: User, plan: Plan
) -> None:
    _review, _goal, walking, course = reviewed(plan, lead)
    # The plan moves on after the review: the review still gives what it recorded then.
    services.action_progress_add(action=course, by=lead, text="Mum started the course.", status="in_progress")

    [read] = reviews_of(plan, lead)

    actions = {a["action_id"]: a for a in read["actions"]}
    assert [a["action_id"] for a in read["actions"]] == [walking.pk, course.pk]
    assert (actions[walking.pk]["status_before"], actions[walking.pk]["status"]) == ("in_progress", "done")
    assert [n["text"] for n in actions[walking.pk]["progress"]] == [
        "Late twice this week.",  # sent in before the review and looked at there
        "Walked every day but one.",
    ]
    assert (actions[course.pk]["status_before"], actions[course.pk]["status"]) == (
        "not_started",
        "not_started",
    )
    assert [n["text"] for n in actions[course.pk]["progress"]] == ["Mum is on the waiting list."]
    assert actions[course.pk]["progress"][0]["date"] == f"{timezone.localdate()}"


def test_a_review_recorded_before_statuses_were_kept_gives_its_progress_and_no_status(
    lead: User, plan: Plan
) -> None:
    review, _goal, walking, _course = reviewed(plan, lead)
    ActionReviewed.objects.filter(review=review).delete()  # as such a review is stored

    [read] = reviews_of(plan, lead)

    walked = next(a for a in read["actions"] if a["action_id"] == walking.pk)
    assert (walked["status_before"], walked["status"]) == (None, None)
    assert "Walked every day but one." in [n["text"] for n in walked["progress"]]


def test_a_review_recorded_through_the_api_answers_with_what_it_recorded_and_a_retry_with_the_same(
    world: World,
) -> None:
    goal, action = goal_with_an_action(world)
    body = review(
        world,
        progress=[{"action_id": action["id"], "progress": "Walked every day.", "status": "in_progress"}],
        scores=[{"goal_id": goal["id"], "family_score": 6, "practitioner_score": 5}],
    )

    recorded = world.call("POST", f"{base(world)}/reviews", body, status=201, **{"Idempotency-Key": "r-1"})
    again = world.call("POST", f"{base(world)}/reviews", body, status=201, **{"Idempotency-Key": "r-1"})
    corrected = world.call(
        "PUT",
        f"{base(world)}/reviews/{recorded['id']}",
        {"date": recorded["date"], "next_review_date": recorded["next_review_date"], "notes": "Late news."}
        | {"attendees": recorded["attendees"], "version": world.plan_version()},
    )

    [at_review] = recorded["actions"]
    assert (at_review["action_id"], at_review["status_before"], at_review["status"]) == (
        action["id"],
        "not_started",
        "in_progress",
    )
    assert [n["text"] for n in at_review["progress"]] == ["Walked every day."]
    assert again == recorded
    assert corrected["actions"] == recorded["actions"]  # correcting the review's notes changes none of it
    assert world.call("GET", f"{base(world)}/reviews")[0]["actions"] == recorded["actions"]


def test_the_api_document_describes_what_a_review_recorded_for_each_action(lead: User) -> None:
    document = Api(lead)("GET", "/openapi.json")

    schemas = document["components"]["schemas"]
    assert "actions" in schemas["ReviewOut"]["required"]
    at_review = schemas["ActionAtReviewOut"]["properties"]
    assert set(at_review) == {"action_id", "progress", "status_before", "status"}
    assert "recorded before reviews kept each action's status" in at_review["status"]["description"]
    assert "not scored" in schemas["ScoreOut"]["properties"]["no_score_reason"]["description"]
    assert document["info"]["version"] == "1.3"


def test_a_goal_not_scored_at_a_review_says_why_through_the_api_as_the_review_page_does(
    world: World,
) -> None:
    goal, action = goal_with_an_action(world)
    reason = "Mum was too unwell to score this time."
    body = review(
        world,
        progress=[{"action_id": action["id"], "progress": "Walked every day.", "status": "in_progress"}],
        scores=[{"goal_id": goal["id"], "no_score_reason": reason}],
    )

    recorded = world.call("POST", f"{base(world)}/reviews", body, status=201)
    [read] = world.call("GET", f"{base(world)}/reviews")

    [score] = read["scores"]
    assert (score["family_score"], score["practitioner_score"], score["no_score_reason"]) == (
        None,
        None,
        reason,
    )
    assert recorded["scores"] == read["scores"]


def test_a_goal_scored_at_a_review_gives_no_reason_for_not_scoring_it(world: World) -> None:
    goal, action = goal_with_an_action(world)
    body = review(
        world,
        progress=[{"action_id": action["id"], "progress": "Walked every day.", "status": "in_progress"}],
        scores=[{"goal_id": goal["id"], "family_score": 6, "practitioner_score": 5}],
    )

    world.call("POST", f"{base(world)}/reviews", body, status=201)
    [read] = world.call("GET", f"{base(world)}/reviews")

    assert read["scores"] == [
        {"goal_id": goal["id"], "family_score": 6, "practitioner_score": 5, "no_score_reason": ""}
    ]
