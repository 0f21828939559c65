"""The SMART panel under a statement field, in a real browser."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Request, expect

from tests.browser.conftest import AccessibilityLog

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_pasted_text_is_checked_and_leaving_the_field_does_not_move_the_save_button(
    page: Page, live_server, axe: AccessibilityLog, lead_with_a_goal
) -> None:
    plan, goal = lead_with_a_goal
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


def test_the_check_is_not_read_aloud_on_opening_a_page_and_is_summed_up_once_typed(
    page: Page, live_server, lead_with_a_goal
) -> None:
    from familyplan.web.accounts.models import User
    from familyplan.web.casework import services

    plan, goal = lead_with_a_goal
    action = services.action_save(
        by=User.objects.get(username="lead"),
        goal=goal,
        how="Mum will monitor Ben's attendance.",
        who="Mum",
        when="Every Monday",
    )
    page.goto(f"{live_server.url}/plans/{plan.pk}/goals/{goal.pk}/actions/{action.pk}/")

    # The fields already filled are checked as the page opens: shown, not spoken.
    panel = page.locator("#id_how-smart")
    expect(panel).to_contain_text("'monitor' does not say what will actually be done")
    status = page.locator("#id_how-smart-status")
    assert panel.get_attribute("aria-live") is None
    page.wait_for_timeout(700)
    assert status.inner_text() == ""

    how = page.get_by_label("How will this happen?")
    how.fill("Mum will walk Ben to school at 8.30am every Monday to Friday.")
    expect(status).to_have_text("The SMART check found no problems.")
    how.fill("Mum will monitor Ben's attendance every Monday.")
    expect(status).to_have_text("The SMART check found 1 thing to look at.")
    assert status.get_attribute("role") == "status"
