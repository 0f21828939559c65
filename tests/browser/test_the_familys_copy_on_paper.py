"""The family's copy printed from the browser is the plan alone: no link back into the service,
and no button to download what is already in their hands."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import AccessibilityLog
from tests.browser.signing_in import sign_in
from tests.browser.test_pages_on_a_phone import a_reviewed_plan_with_long_words

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_familys_copy_printed_holds_the_plan_without_the_pages_links_and_buttons(
    live_server, page: Page, axe: AccessibilityLog
) -> None:
    plan = a_reviewed_plan_with_long_words()
    sign_in(page, live_server.url, "lead")
    page.goto(f"{live_server.url}/plans/{plan.pk}/family-copy/")
    expect(page.get_by_role("link", name="Back")).to_be_visible()
    expect(page.get_by_role("button", name="Download this plan (PDF)")).to_be_visible()
    axe.check(page)

    page.emulate_media(media="print")

    expect(page.get_by_role("heading", name="Adeyemi-Kowalczyk family's plan")).to_be_visible()
    expect(page.get_by_role("table", name="Who will do what")).to_be_visible()
    expect(page.get_by_role("link", name="Back")).to_be_hidden()
    expect(page.get_by_role("button", name="Download this plan (PDF)")).to_be_hidden()
    assert axe.problems == []
