"""A person is shown only the links they may follow: a Team Around the Family member who does
not lead the plan, or an early help coordinator, sees the family's record and plan without links
to pages that would answer "you cannot do this"."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from tests.people import join_the_team, make_user, signed_in

# Links that download a file or leave the page's part of the app: they are not pages to follow here.
NOT_PAGES = re.compile(r"^/(static|help|sign-out)/|\.(pdf|json|ics)$|/file/")


def links_on(client: Client, path: str) -> list[str]:
    page = client.get(path).content.decode()
    return sorted({href for href in re.findall(r'href="(/[^"#?]*)', page) if not NOT_PAGES.search(href)})


@pytest.fixture
def taf_member(plan: Plan, lead: User) -> User:
    sehar = make_user("sehar", first_name="Sehar", last_name="Khan")
    join_the_team(plan.family, lead, sehar, "Sehar Khan", "Designated Safeguarding Lead", "School")
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school for 90% of sessions.")
    services.action_save(by=lead, goal=goal, how="Mum will walk Ben to school.", who="Mum", when="Every day")
    return sehar


@pytest.fixture
def coordinator(db) -> User:
    return make_user("coordinator", User.Role.COORDINATOR)


@pytest.mark.parametrize("person", ["taf_member", "coordinator"])
def test_every_link_on_the_family_and_plan_pages_can_be_followed(
    request: pytest.FixtureRequest, person: str, plan: Plan
) -> None:
    client = signed_in(request.getfixturevalue(person))

    refused = []
    for page in (f"/families/{plan.family.pk}/", f"/plans/{plan.pk}/"):
        for href in links_on(client, page):
            if client.get(href).status_code == 403:
                refused.append(f"{page} -> {href}")

    assert refused == []


def test_a_taf_member_sees_the_family_without_the_links_to_change_it(taf_member: User, plan: Plan) -> None:
    family = plan.family
    member = family.members.get()

    links = links_on(signed_in(taf_member), f"/families/{family.pk}/")

    assert f"/families/{family.pk}/members/{member.pk}/" not in links
    assert f"/families/{family.pk}/members/new/" not in links
    assert f"/families/{family.pk}/network/new/" not in links
    assert f"/plans/{plan.pk}/" in links  # the plan is theirs to read


def test_the_lead_still_sees_every_link_to_change_the_family(lead: User, plan: Plan) -> None:
    family = plan.family
    member = family.members.get()

    links = links_on(signed_in(lead), f"/families/{family.pk}/")

    assert f"/families/{family.pk}/members/{member.pk}/" in links
    assert f"/families/{family.pk}/members/new/" in links
    assert f"/families/{family.pk}/network/new/" in links
