"""Oversight belongs to the family's own team: a manager who sits in another team's Team Around
the Family takes part in that family's plan, but does not count it, sign it off or supervise it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from django.utils import timezone

from familyplan.web.accounts.models import Team, User
from familyplan.web.casework import closure, services
from familyplan.web.casework.models import Goal, Plan
from familyplan.web.casework.services import PlanRuleError
from familyplan.web.oversight import selectors
from familyplan.web.oversight.services import supervision_add
from tests.people import ask_to_close, join_the_team, make_user, signed_in

TODAY = timezone.localdate()


@pytest.fixture
def south_manager(db) -> User:
    return make_user("southmanager", role=User.Role.MANAGER, team=Team.objects.create(name="South"))


@pytest.fixture
def sits_in_the_taf(plan: Plan, lead: User, south_manager: User) -> Plan:
    join_the_team(plan.family, lead, south_manager, "South Manager", "Team Manager", "Early Help South")
    return plan


def test_a_manager_in_another_teams_taf_does_not_count_its_plan(
    sits_in_the_taf: Plan, manager: User, south_manager: User
) -> None:
    north = selectors.counts(manager, selectors.Filters(), TODAY)
    south = selectors.counts(south_manager, selectors.Filters(), TODAY)
    report = json.loads(signed_in(south_manager).get("/oversight/quality/?format=json").content)

    assert north["open-plans"] == 1
    assert south["open-plans"] == 0
    assert report["plans"] == 0
    # They still see the family itself: they are in its Team Around the Family.
    assert signed_in(south_manager).get(f"/families/{sits_in_the_taf.family_id}/").status_code == 200


def test_only_the_familys_team_manager_signs_off_its_closure(
    sits_in_the_taf: Plan, lead: User, manager: User, south_manager: User
) -> None:
    ask_to_close(sits_in_the_taf, lead)

    with pytest.raises(PlanRuleError, match="team manager"):
        closure.closure_sign_off(plan=sits_in_the_taf, by=south_manager)
    refused = signed_in(south_manager).get("/sign-offs/")

    assert Plan.objects.get(pk=sits_in_the_taf.pk).status == Plan.Status.AWAITING_SIGN_OFF
    assert "Smith" not in refused.content.decode()
    closure.closure_sign_off(plan=sits_in_the_taf, by=manager)
    assert Plan.objects.get(pk=sits_in_the_taf.pk).status == Plan.Status.CLOSED


def test_only_the_familys_team_manager_records_supervision(
    sits_in_the_taf: Plan, manager: User, south_manager: User
) -> None:
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        supervision_add(plan=sits_in_the_taf, by=south_manager, date=TODAY, text="Looked at the plan.")
    supervision_add(plan=sits_in_the_taf, by=manager, date=TODAY, text="Looked at the plan.")


def test_the_goals_achieved_charts_follow_the_dashboards_filters(
    plan: Plan, lead: User, manager: User
) -> None:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    south_lead = make_user("southlead", team=Team.objects.create(name="South"))
    south_family = services.family_create(by=south_lead, family_name="Jones")
    south_plan = services.plan_start(
        family=south_family, by=south_lead, plan_type="early_help", started_on=TODAY
    )
    achieved = TODAY - dt.timedelta(days=10)
    for p, outcome in ((plan, "education"), (south_plan, "housing"), (south_plan, "housing")):
        Goal.objects.create(
            plan=p, outcome="x", supporting_families_outcome=outcome, status="achieved", achieved_on=achieved
        )
    north, south = (selectors.Filters(team=lead.team_id), selectors.Filters(team=south_lead.team_id))

    assert sum(selectors.achieved_by_quarter(admin, north, TODAY).totals) == 1
    assert sum(selectors.achieved_by_quarter(admin, south, TODAY).totals) == 2
    assert sum(selectors.achieved_by_quarter(admin, selectors.Filters(), TODAY).totals) == 3
    by_outcome = dict(selectors.achieved_by_outcome(admin, south, TODAY - dt.timedelta(days=365)))
    assert by_outcome["Secure housing"] == 2
    assert sum(by_outcome.values()) == 2
    only_housing = selectors.Filters(outcome="housing")
    assert sum(selectors.achieved_by_quarter(admin, only_housing, TODAY).totals) == 2


def test_a_goal_left_open_on_a_closed_plan_is_not_counted_open(plan: Plan, lead: User, manager: User) -> None:
    Goal.objects.create(plan=plan, outcome="x", supporting_families_outcome="housing", created_on=TODAY)
    ask_to_close(plan, lead)
    closure.closure_sign_off(plan=plan, by=manager)

    response = signed_in(manager).get(
        f"/oversight/outcomes/?start={TODAY:%d/%m/%Y}&end={TODAY:%d/%m/%Y}&format=csv"
    )

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert ["Secure housing", "1", "0", "0"] in rows
    earlier = selectors.outcome_report(manager, TODAY - dt.timedelta(days=30), TODAY - dt.timedelta(days=1))
    assert {r.code: r.open for r in earlier}["housing"] == 0  # set after that period ended
