"""Resetting a forgotten password and ending someone's sessions, in a real browser, checked with axe-core."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Page, expect

from familyplan.web.accounts.models import User
from tests.browser.conftest import AccessibilityLog
from tests.browser.signing_in import sign_in
from tests.browser.test_a_plan_from_first_meeting_to_closure import people
from tests.people import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_person_resets_a_forgotten_password_by_email(
    page: Page, live_server, axe: AccessibilityLog
) -> None:
    people()
    # She has signed in before: a password forgotten, not a first one (tests/web/test_a_first_password.py).
    User.objects.filter(username="lead").update(email="sarah@council.example", last_login=timezone.now())
    page.goto(f"{live_server.url}/sign-in/")
    page.get_by_role("link", name="Forgotten your password?").click()
    axe.check(page)
    page.get_by_role("button", name="Send the link").click()
    expect(page.get_by_text("Enter your email address").first).to_be_visible()
    axe.check(page)

    page.get_by_label("Email address").fill("sarah@council.example")
    page.get_by_role("button", name="Send the link").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    axe.check(page)
    link_path = re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[0].body)[1]  # type: ignore[index]
    page.goto(f"{live_server.url}{link_path}")
    page.get_by_label("New password", exact=True).fill("a-brand-new-password-42")
    page.get_by_label("Confirm the new password").fill("something else entirely")
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    axe.check(page)
    page.get_by_label("New password", exact=True).fill("a-brand-new-password-42")
    page.get_by_label("Confirm the new password").fill("a-brand-new-password-42")
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_role("heading", name="Your password has been changed")).to_be_visible()
    axe.check(page)

    assert axe.problems == [], "\n".join(axe.problems)


def test_an_administrator_ends_a_persons_sessions(page: Page, live_server, axe: AccessibilityLog) -> None:
    people()
    User.objects.create_user(
        username="admin", password=PASSWORD, first_name="Ada", role=User.Role.ADMINISTRATOR
    )
    sign_in(page, live_server.url, "admin", axe)
    page.get_by_role("link", name="People").click()
    axe.check(page)
    page.get_by_role("link", name="End sessions of Sarah Jones").click()
    axe.check(page)
    page.get_by_role("button", name="End all their sessions").click()
    expect(page.get_by_text("Sarah Jones has been signed out of 0 session(s)")).to_be_visible()
    axe.check(page)

    assert axe.problems == [], "\n".join(axe.problems)


def test_an_administrator_adds_a_person_and_changes_their_team(
    page: Page, live_server, axe: AccessibilityLog
) -> None:
    people()
    User.objects.create_user(
        username="admin", password=PASSWORD, first_name="Ada", role=User.Role.ADMINISTRATOR
    )
    sign_in(page, live_server.url, "admin", axe)
    page.get_by_role("link", name="People").click()
    page.get_by_role("button", name="Add a person").click()
    page.get_by_role("button", name="Add them and send the link").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    axe.check(page)

    page.get_by_label("Username").fill("rhian.price")
    page.get_by_label("First name").fill("Rhian")
    page.get_by_label("Last name").fill("Price")
    page.get_by_label("Email address").fill("rhian.price@council.example")
    page.get_by_label("Role, written in full").fill("Young Carers Worker")
    page.get_by_label("Practitioner").check()
    page.get_by_role("button", name="Add them and send the link").click()
    expect(page.get_by_text("Rhian Price's account has been made")).to_be_visible()
    axe.check(page)

    page.get_by_role("link", name="Change the account of Rhian Price").click()
    axe.check(page)
    page.get_by_label("Team manager").check()
    page.get_by_role("button", name="Save").click()
    expect(
        page.get_by_text("Choose the team this manager oversees").first
    ).to_be_visible()  # a manager of no team sees nothing
    axe.check(page)
    page.get_by_label("Team", exact=True).select_option(label="North")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Rhian Price's account has been changed")).to_be_visible()
    assert User.objects.get(username="rhian.price").role == User.Role.MANAGER
    assert User.objects.get(username="rhian.price").team.name == "North"
    assert axe.problems == [], "\n".join(axe.problems)
