"""The dashboard and the outcome report offer a person only the teams and lead practitioners whose
plans they oversee, name the whole of it truthfully, and answer "not found" for any other team or
lead practitioner typed into the address, rather than a page of noughts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from familyplan.web.accounts.models import Team, User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from tests.people import make_user, signed_in

TODAY = timezone.localdate()
PERIOD = f"start={TODAY - dt.timedelta(days=30):%d/%m/%Y}&end={TODAY:%d/%m/%Y}"


def a_plan_led_by(lead: User, name: str) -> Plan:
    family = services.family_create(by=lead, family_name=name)
    return services.plan_start(family=family, by=lead, plan_type="early_help", started_on=TODAY)


@pytest.fixture
def south(db) -> Team:
    return Team.objects.create(name="South")


@pytest.fixture
def south_lead(south: Team) -> User:
    lead = make_user("southlead", team=south, first_name="Priya", last_name="Southgate")
    a_plan_led_by(lead, "Jones")
    return lead


@pytest.fixture
def north_lead(lead: User) -> User:
    a_plan_led_by(lead, "Smith")
    return lead


def options(page: str) -> str:
    return page[page.index("<select") : page.rindex("</select>")]


@pytest.mark.parametrize("path", ["/oversight/", f"/oversight/outcomes/?{PERIOD}"])
def test_a_team_manager_is_offered_all_their_teams_and_no_other_team(
    path: str, manager: User, north_lead: User, south_lead: User
) -> None:
    page = signed_in(manager).get(path).content.decode()

    choices = options(page)
    assert '<option value="" selected>All my teams</option>' in choices
    assert f'<option value="{manager.team_id}">North</option>' in choices
    assert "South" not in choices
    assert "Council-wide" not in page
    assert "All teams" not in page


def test_a_team_manager_is_offered_only_the_lead_practitioners_of_their_teams_families(
    manager: User, north_lead: User, south_lead: User
) -> None:
    page = signed_in(manager).get("/oversight/").content.decode()

    assert f'<option value="{north_lead.pk}">Lead Tester</option>' in page
    assert "Priya Southgate" not in page


@pytest.mark.parametrize("path", ["/oversight/", f"/oversight/outcomes/?{PERIOD}"])
def test_a_coordinator_is_offered_every_team_and_the_whole_council(
    path: str, north_lead: User, south_lead: User, south: Team
) -> None:
    coordinator = make_user("coordinator", role=User.Role.COORDINATOR)

    page = signed_in(coordinator).get(path).content.decode()

    assert '<option value="" selected>Council-wide</option>' in page
    assert f'<option value="{south.pk}">South</option>' in page
    assert f'<option value="{north_lead.team_id}">North</option>' in page
    assert "All my teams" not in page


def test_a_coordinator_is_offered_every_lead_practitioner(north_lead: User, south_lead: User) -> None:
    coordinator = make_user("coordinator", role=User.Role.COORDINATOR)

    page = signed_in(coordinator).get("/oversight/").content.decode()

    assert f'<option value="{north_lead.pk}">Lead Tester</option>' in page
    assert f'<option value="{south_lead.pk}">Priya Southgate</option>' in page


@pytest.mark.parametrize(
    "path",
    [
        "/oversight/?team={south}",
        "/oversight/?lead={south_lead}",
        "/oversight/open-plans/?team={south}",
        "/oversight/open-plans/?team={south}&format=csv",
        f"/oversight/outcomes/?{PERIOD}&team={{south}}",
        f"/oversight/outcomes/?{PERIOD}&team={{south}}&format=csv",
    ],
)
def test_another_team_typed_into_the_address_is_not_found_for_a_team_manager(
    path: str, manager: User, north_lead: User, south_lead: User, south: Team
) -> None:
    response = signed_in(manager).get(path.format(south=south.pk, south_lead=south_lead.pk))

    assert response.status_code == 404


def test_a_team_manager_narrows_the_outcome_report_to_their_own_team(
    manager: User, north_lead: User, south_lead: User
) -> None:
    response = signed_in(manager).get(f"/oversight/outcomes/?{PERIOD}&team={manager.team_id}")

    assert response.status_code == 200
    assert f'<option value="{manager.team_id}" selected>North</option>' in response.content.decode()
