"""The page the second of two editors sees, in a real browser, checked with axe-core."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from familyplan.web.casework import services
from tests.browser.conftest import AccessibilityLog

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_second_editor_sees_both_versions_and_can_save_theirs(
    page: Page, live_server, axe: AccessibilityLog, lead_with_a_goal
) -> None:
    plan, goal = lead_with_a_goal
    page.goto(f"{live_server.url}/plans/{plan.pk}/goals/{goal.pk}/")
    page.get_by_label("What do we want to achieve?").fill("Ben will be in school every day.")

    services.goal_save(
        by=plan.created_by,
        plan=plan,
        goal=goal,
        version=goal.version,
        outcome="Ben will be on time for school.",
    )
    page.get_by_role("button", name="Save").click()

    # Said as every error is: in the error summary, which takes focus, and in the page's title.
    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_text("Someone else saved this goal while you were editing it.")).to_be_visible()
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile("^Error: "))
    summary.get_by_role("link", name="Compare the two versions").click()
    expect(page.get_by_role("table", name="The two versions")).to_be_focused()
    table = page.get_by_role("table", name="The two versions")
    expect(table.get_by_text("Ben will be on time for school.")).to_be_visible()
    expect(table.get_by_text("Ben will be in school every day.")).to_be_visible()
    axe.check(page)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("The goal has been saved.")).to_be_visible()
    assert axe.problems == [], "\n".join(axe.problems)
