"""POST /api/check cannot be used to take the service for oneself: the rate limit holds whatever
headers a client sends, plans beyond the limits are refused before they are checked, and a check
that runs past its time budget is answered with a refusal. Guessing passwords is stopped in every
settings module."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client, override_settings

from familyplan.plan.limits import Limits
from familyplan.web.accounts.models import User
from tests.people import PASSWORD

STATEMENT = {"text": "ASAP", "kind": "when"}


@pytest.fixture(autouse=True)
def _fresh_rate_limit() -> None:
    cache.clear()


def check(client: Client, body: Any = STATEMENT, **headers: str) -> int:
    return client.post("/api/check", body, content_type="application/json", **headers).status_code


def token_for(user: User) -> str:
    response = Client().post(
        "/api/auth/token", {"username": user.username, "password": PASSWORD}, content_type="application/json"
    )
    return str(response.json()["token"])


def plan_with(goals: int, actions_each: int) -> dict[str, Any]:
    action = {"how": "Mum will walk Ben to school every day.", "who": "Mum (Parent)", "when": "19.01.2030"}
    return {
        "goals": [
            {"outcome": f"Ben will be in school {n}.", "actions": [action] * actions_each}
            for n in range(goals)
        ]
    }


def test_a_new_forwarded_for_address_on_every_request_is_still_limited(db) -> None:
    client = Client()

    codes = [check(client, HTTP_X_FORWARDED_FOR=f"10.0.{n // 250}.{n % 250}") for n in range(61)]

    assert codes[:60] == [200] * 60
    assert codes[60] == 429


@override_settings(TRUSTED_PROXIES=1)
def test_behind_the_councils_proxy_each_client_is_limited_on_the_address_the_proxy_saw(db) -> None:
    client = Client(REMOTE_ADDR="192.0.2.1")  # the proxy

    one = [check(client, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 203.0.113.7") for n in range(61)]
    other = check(client, HTTP_X_FORWARDED_FOR="203.0.113.8")

    assert one[:60] == [200] * 60
    assert one[60] == 429  # what the client wrote before the proxy's entry changed nothing
    assert other == 200


def test_signed_in_checks_are_limited_per_user_wherever_they_come_from(lead: User) -> None:
    bearer = f"Bearer {token_for(lead)}"

    codes = [check(Client(REMOTE_ADDR=f"10.1.0.{n}"), HTTP_AUTHORIZATION=bearer) for n in range(61)]

    assert codes[:60] == [200] * 60
    assert codes[60] == 429


def test_a_plan_with_more_actions_than_the_limit_is_refused_before_it_is_checked(lead: User) -> None:
    response = Client().post(
        "/api/check",
        plan_with(goals=10, actions_each=101),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token_for(lead)}",
    )

    assert response.status_code == 413
    assert (
        response.json()["detail"] == "plan: more than 1,000 actions (1,010) (limit FAMILYPLAN_LIMIT_ACTIONS)"
    )


def test_a_plan_at_the_limits_is_checked(lead: User, monkeypatch: pytest.MonkeyPatch) -> None:
    # The time budget is not what this test is about: a loaded test machine may be slow.
    monkeypatch.setattr("familyplan.plan.limits._current", Limits(goals=5, actions=20, check_seconds=600))

    response = Client().post(
        "/api/check",
        plan_with(goals=5, actions_each=4),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token_for(lead)}",
    )

    assert response.status_code == 200
    assert "overall" in response.json()


def test_a_request_body_over_the_size_limit_is_refused_unread(db) -> None:
    body = json.dumps({"text": "x" * (2 * 1024 * 1024), "kind": "action"})

    response = Client().post("/api/check", body, content_type="application/json")

    assert response.status_code == 413
    assert "larger than 2 MB" in response.json()["detail"]
    assert "FAMILYPLAN_LIMIT_REQUEST_BYTES" in response.json()["detail"]


def test_json_nested_deeper_than_any_plan_is_refused_before_it_is_parsed(db) -> None:
    body = '{"goals": ' + "[" * 50_000 + "]" * 50_000 + "}"

    response = Client().post("/api/check", body, content_type="application/json")

    assert response.status_code == 400
    assert (
        response.json()["detail"]
        == "Line 1: lists or objects nested more than 32 deep (limit FAMILYPLAN_LIMIT_NESTING)."
    )


def test_a_check_that_runs_past_its_time_budget_is_answered_with_a_refusal(
    lead: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    released = threading.Event()

    def never_finishes(*args: Any, **kwargs: Any) -> Any:
        released.wait(30)
        raise RuntimeError("released")

    monkeypatch.setattr("familyplan.web.api.checker.check_plan", never_finishes)
    monkeypatch.setattr("familyplan.plan.limits._current", Limits(check_seconds=0.2))
    try:
        response = Client().post(
            "/api/check",
            plan_with(goals=1, actions_each=1),
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {token_for(lead)}",
        )
    finally:
        released.set()

    assert response.status_code == 503
    assert "took longer than 0.2 seconds (limit FAMILYPLAN_LIMIT_CHECK_SECONDS)" in response.json()["detail"]


def test_ten_wrong_passwords_lock_the_sign_in_page_in_the_default_settings(lead: User) -> None:
    client = Client()

    for _ in range(10):
        client.post("/sign-in/", {"username": "lead", "password": "wrong-guess"})
    last = client.post("/sign-in/", {"username": "lead", "password": PASSWORD})

    assert last.status_code == 429
    assert "_auth_user_id" not in client.session


def test_ten_wrong_passwords_stop_api_tokens_too(lead: User) -> None:
    client = Client()

    for _ in range(10):
        client.post(
            "/api/auth/token", {"username": "lead", "password": "wrong"}, content_type="application/json"
        )
    last = client.post(
        "/api/auth/token", {"username": "lead", "password": PASSWORD}, content_type="application/json"
    )

    assert last.status_code == 429
    assert b"token" not in last.content
