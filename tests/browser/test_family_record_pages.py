"""A family's language and a legal hold, set on their own pages in a real browser, checked with axe."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from familyplan.web.accounts.models import Team, User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import services
from familyplan.web.casework.models import Family
from tests.browser.conftest import AccessibilityLog
from tests.browser.signing_in import sign_in
from tests.people import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def a_family_and_its_manager() -> Family:
    team = Team.objects.create(name="North")
    lead = make_user("lead", team=team, first_name="Sarah", last_name="Jones")
    make_user("manager", User.Role.MANAGER, team, first_name="Helen", last_name="Jones")
    family = services.family_create(by=lead, family_name="Nowak")
    services.plan_start(family=family, by=lead, plan_type="early_help", started_on=timezone.localdate())
    return family


def test_a_manager_places_and_lifts_a_legal_hold_with_a_reason_each_time(
    live_server, page: Page, axe: AccessibilityLog
) -> None:
    family = a_family_and_its_manager()
    sign_in(page, live_server.url, "manager")
    page.goto(f"{live_server.url}/families/{family.pk}/")
    page.get_by_role("link", name="Legal hold").click()
    axe.check(page)

    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Enter why the hold is being placed or lifted").first).to_be_visible()
    axe.check(page)
    page.get_by_label("Keep this family's record under a legal hold").check()
    page.get_by_label("Why is the hold being placed or lifted?").fill("Care proceedings are open.")
    page.get_by_role("button", name="Save").click()

    expect(page.get_by_text("The record is under a legal hold")).to_be_visible()
    expect(page.get_by_text("Under a legal hold", exact=True)).to_be_visible()
    axe.check(page)
    assert Family.objects.get(pk=family.pk).legal_hold
    page.get_by_role("link", name="Legal hold").click()
    page.get_by_label("Keep this family's record under a legal hold").uncheck()
    page.get_by_label("Why is the hold being placed or lifted?").fill("Proceedings closed.")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("The legal hold is lifted")).to_be_visible()
    assert not Family.objects.get(pk=family.pk).legal_hold
    reasons = [e.detail["reason"] for e in AuditEvent.objects.filter(object_type="legal_hold").order_by("id")]
    assert reasons == ["Care proceedings are open.", "Proceedings closed."]
    assert axe.problems == []


def test_a_lead_sets_the_familys_language_to_welsh_and_the_familys_copy_declares_it(
    live_server, page: Page, axe: AccessibilityLog
) -> None:
    family = a_family_and_its_manager()
    sign_in(page, live_server.url, "lead")
    page.goto(f"{live_server.url}/families/{family.pk}/")
    page.get_by_role("link", name="Change the family's details").click()
    axe.check(page)

    page.get_by_label("Cymraeg (Welsh)").check()
    page.get_by_role("button", name="Save").click()

    expect(page.get_by_text("The family's details have been saved.")).to_be_visible()
    assert Family.objects.get(pk=family.pk).language == "cy"
    page.goto(f"{live_server.url}/plans/{family.plans.get().pk}/family-copy/")
    assert page.locator("html").get_attribute("lang") == "cy"
    assert axe.problems == []


def test_a_practitioner_is_not_offered_the_legal_hold(live_server, page: Page) -> None:
    family = a_family_and_its_manager()
    sign_in(page, live_server.url, "lead")

    page.goto(f"{live_server.url}/families/{family.pk}/")
    expect(page.get_by_role("link", name="Legal hold")).to_have_count(0)
    response = page.goto(f"{live_server.url}/families/{family.pk}/legal-hold/")

    assert response is not None
    assert response.status == 403


def test_a_lead_corrects_a_mistyped_start_date_from_the_plan(
    live_server, page: Page, axe: AccessibilityLog
) -> None:
    family = a_family_and_its_manager()
    plan = family.plans.get()
    started = timezone.localdate() - dt.timedelta(days=40)
    sign_in(page, live_server.url, "lead")
    page.goto(f"{live_server.url}/plans/{plan.pk}/")
    page.get_by_role("link", name="Correct the date the plan started").click()
    axe.check(page)

    page.get_by_label("Date the plan started").fill(started.strftime("%d/%m/%Y"))
    page.get_by_role("button", name="Save").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_role("link", name="Say why the date is being corrected")).to_be_visible()
    axe.check(page)
    summary.get_by_role("link", name="Say why the date is being corrected").click()
    expect(page.get_by_label("Why is the date being corrected?")).to_be_focused()
    page.get_by_label("Why is the date being corrected?").fill("The month was mistyped.")
    page.get_by_role("button", name="Save").click()

    expect(page.get_by_text("The date the plan started has been corrected.")).to_be_visible()
    expect(page.get_by_text(f"started {started:%-d %B %Y}")).to_be_visible()
    assert family.plans.get().started_on == started
    assert axe.problems == []


def test_a_date_of_birth_is_typed_in_three_boxes_and_a_missing_month_is_found_on_a_phone(
    live_server, page: Page, axe: AccessibilityLog
) -> None:
    family = a_family_and_its_manager()
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, live_server.url, "lead")
    page.goto(f"{live_server.url}/families/{family.pk}/members/new/")
    page.get_by_label("Name").fill("Lily")
    page.get_by_label("Relationship").fill("Daughter")
    born = page.get_by_role("group", name="Date of birth (optional)")
    born.get_by_label("Day").fill("14")
    born.get_by_label("Year").fill("2016")

    page.get_by_role("button", name="Save").click()
    page.get_by_role("link", name="Date of birth must include a month").click()

    expect(born.get_by_label("Month")).to_be_focused()
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") == 0
    axe.check(page)
    born.get_by_label("Month").fill("2")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Lily has been added.")).to_be_visible()
    assert family.members.get(name="Lily").date_of_birth == dt.date(2016, 2, 14)
    assert axe.problems == []
