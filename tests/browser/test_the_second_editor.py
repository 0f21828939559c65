"""The page the second of two editors sees, in a real browser, checked with axe-core."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import Page, expect

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from tests.browser.conftest import AccessibilityLog
from tests.browser.test_a_plan_from_first_meeting_to_closure import people, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_second_editor_sees_both_versions_and_can_save_theirs(
    page: Page, live_server, axe: AccessibilityLog
) -> None:
    people()
    lead = User.objects.get(username="lead")
    family = services.family_create(by=lead, family_name="Smith")
    plan = services.plan_start(family=family, by=lead, plan_type="early_help", started_on=dt.date.today())
    goal = services.goal_save(
        by=lead, plan=plan, outcome="Ben will be in school.", supporting_families_outcome="education"
    )
    sign_in(page, live_server.url, "lead", axe)
    page.goto(f"{live_server.url}/plans/{plan.pk}/goals/{goal.pk}/")
    page.get_by_label("What do we want to achieve?").fill("Ben will be in school every day.")

    services.goal_save(
        by=lead, plan=plan, goal=goal, version=goal.version, outcome="Ben will be on time for school."
    )
    page.get_by_role("button", name="Save").click()

    expect(page.get_by_text("Someone else saved this goal while you were editing it.")).to_be_visible()
    table = page.get_by_role("table", name="The two versions")
    expect(table.get_by_text("Ben will be on time for school.")).to_be_visible()
    expect(table.get_by_text("Ben will be in school every day.")).to_be_visible()
    axe.check(page)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("The goal has been saved.")).to_be_visible()
    assert axe.problems == [], "\n".join(axe.problems)
