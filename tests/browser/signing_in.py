"""Signing in through the sign-in page as a person does, for the browser tests."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import AccessibilityLog
from tests.people import PASSWORD


def sign_in(page: Page, base: str, username: str, axe: AccessibilityLog | None = None) -> None:
    """Sign in with the test password and arrive at the families list; axe checks the sign-in page if given."""
    page.goto(f"{base}/sign-in/")
    if axe is not None:
        axe.check(page)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Families", exact=True)).to_be_visible()
