"""A practitioner whose session ends while they write (30 minutes without use, or their sessions
ended by an administrator) keeps what they wrote, and saves it once signed in again."""

from __future__ import annotations

import pytest
from django.contrib.sessions.models import Session
from playwright.sync_api import Page, expect

from tests.browser.conftest import AccessibilityLog
from tests.people import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_what_was_written_stays_on_the_page_when_the_session_has_ended_and_is_saved_after_signing_in(
    page: Page, live_server, axe: AccessibilityLog, lead_with_a_goal
) -> None:
    plan, _goal = lead_with_a_goal
    page.clock.install()
    page.goto(f"{live_server.url}/plans/{plan.pk}/about/")
    reason = page.get_by_label("Why is there a plan?")
    reason.fill("Ben is missing school")

    Session.objects.all().delete()
    page.clock.fast_forward("06:00")
    reason.press_sequentially(" on Mondays.")
    banner = page.get_by_role("alert").filter(has_text="You have been signed out")
    expect(banner).to_be_visible()
    page.get_by_role("button", name="Save").click()

    expect(banner).to_be_focused()
    expect(reason).to_have_value("Ben is missing school on Mondays.")
    axe.check(page)
    with page.context.expect_page() as opened:
        banner.get_by_role("link", name="sign in again (opens in new tab)").click()
    other = opened.value
    other.get_by_label("Username").fill("lead")
    other.get_by_label("Password").fill(PASSWORD)
    other.get_by_role("button", name="Sign in").click()
    expect(other.get_by_role("heading", name="Families", exact=True)).to_be_visible()
    page.bring_to_front()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Your changes have been saved.")).to_be_visible()
    plan.refresh_from_db()
    assert plan.reason == "Ben is missing school on Mondays."
    assert axe.problems == [], "\n".join(axe.problems)


def test_typing_in_a_page_keeps_the_session_going(page: Page, live_server, lead_with_a_goal) -> None:
    plan, _goal = lead_with_a_goal
    page.clock.install()
    page.goto(f"{live_server.url}/plans/{plan.pk}/about/")
    page.get_by_label("Why is there a plan?").fill("Ben is missing school")
    page.clock.fast_forward("06:00")

    with page.expect_response("**/account/still-here/") as answered:
        page.get_by_label("Why is there a plan?").press_sequentially(" on Mondays.")

    assert answered.value.status == 204
    expect(page.get_by_text("You have been signed out")).to_have_count(0)


def test_a_smart_panel_checked_after_the_session_ended_says_so_instead_of_showing_the_sign_in_page(
    page: Page, live_server, lead_with_a_goal
) -> None:
    plan, goal = lead_with_a_goal
    page.goto(f"{live_server.url}/plans/{plan.pk}/goals/{goal.pk}/actions/new/")

    Session.objects.all().delete()
    page.get_by_label("How will this happen?").fill("Mum will support Ben with his mornings.")

    expect(page.get_by_role("alert").filter(has_text="You have been signed out")).to_be_visible()
    expect(page.locator("main").get_by_label("Password")).to_have_count(0)
    expect(page.get_by_label("How will this happen?")).to_have_value(
        "Mum will support Ben with his mornings."
    )
