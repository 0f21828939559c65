"""What the API shows and who asked for it is on the audit trail, and a wrong part of a request
is named as the part it is."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import services
from familyplan.web.casework.models import Family, Plan
from tests.api.test_api import api, token_for
from tests.people import signed_in


@pytest.fixture(autouse=True)
def _fresh_rate_limit() -> None:
    cache.clear()


def test_getting_a_token_is_a_sign_in_on_the_trail(lead: User) -> None:
    token_for(lead)

    signed = AuditEvent.objects.filter(action=AuditEvent.Action.SIGN_IN, object_id=str(lead.pk))
    assert signed.count() == 1
    assert signed.get().detail["through"] == "API token"


def test_each_family_a_list_shows_is_on_its_trail(family: Family, lead: User) -> None:
    other = services.family_create(by=lead, family_name="Jones")

    response = api(lead).get("/api/families?limit=1&offset=1")

    assert response.status_code == 200
    [shown] = response.json()["items"]
    viewed = AuditEvent.objects.filter(action=AuditEvent.Action.VIEW, object_type="family")
    assert list(viewed.values_list("family_id", flat=True)) == [shown["id"]]
    assert shown["id"] in (family.pk, other.pk)


def test_a_long_list_of_families_goes_on_the_trail_in_a_few_queries(lead: User) -> None:
    for n in range(30):
        services.family_create(by=lead, family_name=f"Family {n}")
    client = api(lead)

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/families?limit=30")

    assert response.status_code == 200
    assert len(response.json()["items"]) == 30
    viewed = AuditEvent.objects.filter(action=AuditEvent.Action.VIEW, object_type="family")
    assert viewed.count() == 30
    assert len(queries) < 30, [q["sql"][:80] for q in queries]
    assert list(audit.verify()) == []


def test_a_downloaded_list_of_families_is_on_the_trail(plan: Plan, manager: User) -> None:
    response = signed_in(manager).get("/oversight/open-plans/?format=csv")

    assert response.status_code == 200
    exported = AuditEvent.objects.get(action=AuditEvent.Action.EXPORT, object_type="list")
    assert exported.username == "manager"
    assert exported.detail == {"rows": 1}


def test_an_action_given_to_someone_outside_the_taf_names_the_field(plan: Plan, lead: User) -> None:
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school for 90% of sessions.")

    response = api(lead).post(
        f"/api/plans/{plan.pk}/goals/{goal.pk}/actions",
        {"how": "Mum will walk Ben to school.", "who": "Mum", "when": "Every day", "taf_member_id": 999999},
        content_type="application/json",
        headers={"If-Match": str(Plan.objects.get(pk=plan.pk).version)},
    )

    assert response.status_code == 422
    assert "taf_member_id" in response.json()["problems"]


def test_a_plans_start_date_is_corrected_through_the_api_with_a_reason(plan: Plan, lead: User) -> None:
    client = api(lead)
    earlier = plan.started_on - dt.timedelta(days=30)

    no_reason = client.put(
        f"/api/plans/{plan.pk}/started",
        {"started_on": earlier.isoformat(), "reason": " "},
        content_type="application/json",
        headers={"If-Match": str(plan.version)},
    )
    corrected = client.put(
        f"/api/plans/{plan.pk}/started",
        {"started_on": earlier.isoformat(), "reason": "Mistyped."},
        content_type="application/json",
        headers={"If-Match": str(plan.version)},
    )

    assert no_reason.status_code == 422
    assert "reason" in no_reason.content.decode()
    assert corrected.status_code == 200, corrected.content
    assert corrected.json()["started_on"] == earlier.isoformat()


def test_a_start_date_out_of_any_real_range_is_refused_through_the_api(plan: Plan, lead: User) -> None:
    response = api(lead).put(
        f"/api/plans/{plan.pk}/started",
        {"started_on": "0202-03-01", "reason": "Mistyped."},
        content_type="application/json",
        headers={"If-Match": str(plan.version)},
    )

    assert response.status_code == 422
    assert "more than 5 years ago: check the year" in response.content.decode()
    assert Plan.objects.get(pk=plan.pk).started_on == plan.started_on
