"""What a keyboard or screen reader user meets on the pages, in a real browser: where focus lands
after a form is sent, and the errors and messages it lands on."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import AccessibilityLog
from tests.browser.signing_in import sign_in
from tests.browser.test_a_plan_from_first_meeting_to_closure import people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def skip_to_main_content(page: Page) -> None:
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main-content$"))


def test_after_skipping_to_the_content_a_form_sent_empty_puts_focus_on_its_errors(
    page: Page, live_server, axe: AccessibilityLog
) -> None:
    people()
    sign_in(page, live_server.url, "lead")
    page.goto(f"{live_server.url}/families/new/")
    skip_to_main_content(page)

    page.get_by_role("button", name="Save and continue").click()

    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_role("link", name="Enter the family's name")).to_be_visible()
    expect(summary).to_be_focused()
    axe.check(page)

    page.goto(f"{live_server.url}/families/new/")
    skip_to_main_content(page)
    page.get_by_label("Family name").fill("Nowak")
    page.get_by_role("button", name="Save and continue").click()

    banner = page.locator(".govuk-notification-banner--success")
    expect(banner).to_be_visible()
    expect(banner).to_be_focused()
    assert not page.url.endswith("#main-content")
    assert axe.problems == [], "\n".join(axe.problems)


def test_a_dashboard_filter_in_error_is_shown_and_its_error_leads_to_it(
    page: Page, live_server, axe: AccessibilityLog
) -> None:
    people()
    sign_in(page, live_server.url, "manager")
    page.get_by_role("link", name="Dashboard").click()
    page.get_by_text("Filter by team, practitioner, outcome or date").click()
    page.get_by_label("Plans started from").fill("31/02/2027")
    page.get_by_role("button", name="Apply filters").click()

    expect(page).to_have_title(re.compile("^Error: Oversight dashboard"))
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_focused()
    axe.check(page)
    summary.get_by_role("link").first.click()
    expect(page.get_by_label("Plans started from")).to_be_focused()
    assert axe.problems == [], "\n".join(axe.problems)


def test_a_link_that_looks_like_a_button_is_announced_and_pressed_as_one(
    page: Page, live_server, axe: AccessibilityLog
) -> None:
    from django.utils import timezone

    from familyplan.web.accounts.models import User
    from familyplan.web.casework import services

    people()
    lead = User.objects.get(username="lead")
    family = services.family_create(by=lead, family_name="Nowak")
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=timezone.localdate()
    )
    sign_in(page, live_server.url, "lead")
    page.goto(f"{live_server.url}/plans/{plan.pk}/")

    looks_like_a_button = page.locator("a.govuk-button")
    assert looks_like_a_button.count() > 3
    for link in looks_like_a_button.all():
        assert (link.get_attribute("role"), link.get_attribute("draggable")) == ("button", "false")
    page.get_by_role("button", name="The family's copy").focus()
    page.keyboard.press("Space")  # a button is pressed with the space bar, as well as Enter

    expect(page.get_by_role("heading", name="Nowak family's plan")).to_be_visible()
    download = page.get_by_role("button", name="Download this plan (PDF)")
    assert (download.get_attribute("role"), download.get_attribute("draggable")) == ("button", "false")
    axe.check(page)
    assert axe.problems == [], "\n".join(axe.problems)
