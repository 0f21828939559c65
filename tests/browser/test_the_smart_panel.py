"""The SMART panel under a statement field, in a real browser."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import Page, Request, expect

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from tests.browser.conftest import AccessibilityLog
from tests.browser.test_a_plan_from_first_meeting_to_closure import people, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_pasted_text_is_checked_and_leaving_the_field_does_not_move_the_save_button(
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
    page.goto(f"{live_server.url}/plans/{plan.pk}/goals/{goal.pk}/actions/new/")
    checks: list[Request] = []
    page.on("request", lambda request: checks.append(request) if "/check/" in request.url else None)

    # Pasting sends no key presses: the panel still reads the new words.
    how = page.get_by_label("How will this happen?")
    how.fill("Mum will monitor Ben's attendance")
    panel = page.locator("#id_how-smart")
    expect(panel).to_contain_text("'monitor' does not say what will actually be done")
    sent = len(checks)

    # Leaving the field re-checks nothing, so the panel keeps its size and the
    # button below it stays under the pointer between press and release.
    save = page.get_by_role("button", name="Save")
    box = save.bounding_box()
    how.press("Tab")
    page.wait_for_timeout(1000)
    assert len(checks) == sent
    assert save.bounding_box() == box
    assert axe.problems == [], "\n".join(axe.problems)
