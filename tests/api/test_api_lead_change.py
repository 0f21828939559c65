"""Changing a family's lead practitioner through the API is asked what the "Change the lead
practitioner" page asks: the new lead needs an active account here, the previous lead stays in
the team, and a family is never left without a lead who can change the plan. What fails is
answered 422 with each problem named, and nothing changes."""

from __future__ import annotations

import html
from typing import Any

import pytest
from django.core.cache import cache

from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Family
from tests.api.test_api_writes import Api, World
from tests.people import make_user, signed_in

MRS_MARCH = {"name": "Mrs March", "role": "Head of Year 6", "agency": "Hill School"}


@pytest.fixture(autouse=True)
def _fresh_rate_limit() -> None:
    cache.clear()


@pytest.fixture
def world(lead: User) -> World:
    call = Api(lead)
    family = call("POST", "/families", {"family_name": "Nowak"}, status=201)
    plan = call("POST", "/plans", {"family_id": family["id"], "started_on": "2026-01-05"}, status=201)
    return World(call, family, plan)


def taf_of(world: World) -> str:
    return f"/families/{world.family['id']}/taf"


def the_lead(world: World) -> str:
    return Family.objects.get(pk=world.family["id"]).taf.get(is_lead=True).name


def add(world: World, status: int = 201, **fields: Any) -> Any:
    return world.call(
        "POST", taf_of(world), {**MRS_MARCH, **fields, "version": world.family_version()}, status
    )


def change(world: World, member: dict[str, Any], status: int = 200, **fields: Any) -> Any:
    body = {**MRS_MARCH, **fields, "version": world.family_version()}
    return world.call("PUT", f"{taf_of(world)}/{member['id']}", body, status)


def test_someone_without_an_account_here_is_not_made_the_lead(world: World) -> None:
    member = add(world)

    refused = change(world, member, status=422, is_lead=True)
    added_as_lead = add(world, status=422, name="Mr Brooke", is_lead=True)

    assert refused["problems"] == {
        "account": "Mrs March has no account linked here, so could not change the plan. Link their account first."
    }
    assert "Mr Brooke has no account linked here" in added_as_lead["problems"]["account"]
    assert the_lead(world) == "Lead Tester"
    assert Family.objects.get(pk=world.family["id"]).taf.filter(name="Mr Brooke").count() == 0


def test_someone_whose_account_is_no_longer_active_is_not_made_the_lead(world: World) -> None:
    march = make_user("march")
    member = add(world, account="march")
    march.is_active = False
    march.save()

    refused = change(world, member, status=422, is_lead=True)
    unknown = add(world, status=422, name="Mr Brooke", account="brooke")

    assert "Mrs March's account here is not active" in refused["problems"]["account"]
    assert unknown["problems"] == {"account": "There is no active account with the username brooke"}
    assert the_lead(world) == "Lead Tester"


def test_the_lead_changes_to_someone_with_an_account_and_the_previous_lead_stays_in_the_team(
    world: World, lead: User
) -> None:
    march = make_user("march")
    member = add(world, account="march")

    changed = change(world, member, is_lead=True, account="march")
    family = world.call("GET", f"/families/{world.family['id']}")

    assert changed["is_lead"] is True
    assert changed["account"] == "march"
    assert [(m["name"], m["is_lead"], m["account"]) for m in family["taf"]] == [
        ("Mrs March", True, "march"),
        ("Lead Tester", False, "lead"),
    ]
    assert signed_in(lead).get(f"/families/{world.family['id']}/").status_code == 200
    world.call(
        "PUT", f"/plans/{world.plan['id']}", {"reason": "x", "version": world.plan_version()}, status=403
    )
    Api(march)(
        "PUT", f"/plans/{world.plan['id']}", {"reason": "Ben misses school.", "version": world.plan_version()}
    )


def test_the_lead_does_not_stop_leading_or_lose_their_account_until_someone_else_leads(world: World) -> None:
    lead_member = next(m for m in world.call("GET", f"/families/{world.family['id']}")["taf"] if m["is_lead"])
    body = {"name": lead_member["name"], "role": "Family Support Worker", "agency": "Early Help Service"}

    stepped_down = world.call(
        "PUT", f"{taf_of(world)}/{lead_member['id']}", {**body, "version": world.family_version()}, 422
    )
    unlinked = world.call(
        "PUT",
        f"{taf_of(world)}/{lead_member['id']}",
        {**body, "is_lead": True, "account": "", "version": world.family_version()},
        422,
    )

    assert stepped_down["problems"] == {
        "is_lead": "A plan needs a lead practitioner: make someone else the lead first"
    }
    assert "has no account linked here" in unlinked["problems"]["account"]
    assert the_lead(world) == "Lead Tester"
    assert Family.objects.get(pk=world.family["id"]).taf.get(is_lead=True).user is not None


def test_the_page_and_the_api_refuse_a_new_lead_for_the_same_reason(world: World, lead: User) -> None:
    march = make_user("march")
    member = add(world, account="march")
    march.is_active = False
    march.save()

    page = signed_in(lead).post(
        f"/families/{world.family['id']}/taf/lead/", {"to": member["id"], "confirm": "yes"}, follow=True
    )
    refused = change(world, member, status=422, is_lead=True)

    assert refused["problems"]["account"] in html.unescape(page.content.decode())
    assert the_lead(world) == "Lead Tester"


def test_the_lead_is_never_unlinked_from_their_account_on_the_page_either(world: World, lead: User) -> None:
    lead_member = Family.objects.get(pk=world.family["id"]).taf.get(is_lead=True)

    page = signed_in(lead).post(
        f"/families/{world.family['id']}/taf/{lead_member.pk}/",
        {
            "name": lead_member.name,
            "role": "Family Support Worker",
            "agency": "Early Help Service",
            "account": "",
        },
    )

    assert page.status_code == 200
    assert "has no account linked here, so could not change the plan" in page.content.decode()
    assert Family.objects.get(pk=world.family["id"]).taf.get(is_lead=True).user == lead
