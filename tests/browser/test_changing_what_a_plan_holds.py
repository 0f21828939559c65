"""In a real browser, checked with axe: a goal stopped and given its children, an action added by
mistake removed after a confirmation, and the interim safety plan read on the plan's page."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from familyplan.web.accounts.models import Team
from familyplan.web.casework import services
from familyplan.web.casework.models import Action, FamilyMember, Goal, Plan
from tests.browser.conftest import AccessibilityLog
from tests.browser.signing_in import sign_in
from tests.people import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def a_plan_with_a_goal_and_an_action() -> tuple[Plan, Goal, Action]:
    lead = make_user("lead", team=Team.objects.create(name="North"), first_name="Sarah", last_name="Jones")
    family = services.family_create(by=lead, family_name="Okafor")
    services.person_add(
        family=family, by=lead, model=FamilyMember, name="Tobi Okafor", relationship="son", is_child=True
    )
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=timezone.localdate()
    )
    goal = services.goal_save(
        by=lead,
        plan=plan,
        outcome="Tobi will be in bed by 8pm on school nights.",
        supporting_families_outcome="health",
    )
    action = services.action_save(
        by=lead,
        goal=goal,
        how="Mum will start the bath at 7.15pm.",
        who="Mum",
        when="Daily (review 01/03/2099)",
    )
    services.interim_save(
        plan=plan,
        by=lead,
        version=0,
        issue="Dad's drinking at weekends",
        actions="Nan stays at the house every weekend",
        end_date=timezone.localdate() + dt.timedelta(days=5),
    )
    return plan, goal, action


def test_a_lead_stops_a_goal_names_its_child_and_removes_an_action_added_by_mistake(
    live_server, page: Page, axe: AccessibilityLog
) -> None:
    plan, goal, action = a_plan_with_a_goal_and_an_action()
    sign_in(page, live_server.url, "lead")
    page.goto(f"{live_server.url}/plans/{plan.pk}/")
    expect(page.get_by_text("Nan stays at the house every weekend")).to_be_visible()
    axe.check(page)

    page.get_by_role("link", name="Mum will start the bath at 7.15pm.").click()
    page.get_by_role("link", name="Remove this action (added by mistake)").click()
    axe.check(page)
    page.get_by_role("button", name="Remove the action").click()
    expect(page.get_by_text("The action has been removed from the plan.")).to_be_visible()
    assert not Action.objects.filter(pk=action.pk).exists()

    page.goto(f"{live_server.url}/plans/{plan.pk}/goals/{goal.pk}/")
    page.get_by_label("Tobi Okafor").check()
    page.get_by_label("Status").select_option("stopped")
    axe.check(page)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("For: Tobi Okafor")).to_be_visible()
    saved = Goal.objects.get(pk=goal.pk)
    assert (saved.status, saved.for_children) == ("stopped", "Tobi Okafor")
    assert axe.problems == []
