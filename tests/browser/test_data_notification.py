"""The DATA Notification form (seed 001) in a real browser: a practitioner sends it for a service
gap, the early help coordinator reads it, downloads it and marks it forwarded; axe on every page."""

from __future__ import annotations

import csv
import io

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from familyplan.web.accounts.models import Team, User
from familyplan.web.casework import services
from familyplan.web.oversight.models import DataNotification
from tests.browser.conftest import AccessibilityLog
from tests.browser.signing_in import sign_in
from tests.people import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def a_plan_with_a_gap() -> int:
    team = Team.objects.create(name="North")
    lead = make_user("lead", team=team, first_name="Sarah", last_name="Jones")
    make_user(
        "coordinator",
        User.Role.COORDINATOR,
        first_name="Chris",
        last_name="Hall",
        email="coordinator@example.invalid",
    )
    family = services.family_create(by=lead, family_name="Nowak", address_area="Cyprus")
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=timezone.localdate()
    )
    services.service_gap_add(
        plan=plan,
        by=lead,
        kind_of_service="Parenting",
        support_needed="A parenting course",
        risk="Mornings stay hard",
    )
    return plan.pk


def test_a_practitioner_sends_the_data_notification_and_the_coordinator_downloads_and_forwards_it(
    live_server, page: Page, axe: AccessibilityLog, mailoutbox
) -> None:
    plan_id = a_plan_with_a_gap()
    sign_in(page, live_server.url, "lead")
    page.goto(f"{live_server.url}/plans/{plan_id}/")
    page.get_by_role("link", name="DATA Notification form: Parenting").click()
    axe.check(page)

    expect(page.get_by_label("Where does the family live?")).to_have_value("Cyprus")
    page.get_by_label("When did you discuss it with the early help coordinator?").fill("02/03/2026")
    page.get_by_label(
        "It should be raised as a risk through the Local Safeguarding Partnership Board"
    ).check()
    page.get_by_label("Why, or why not?").fill("Three families here have no parenting support.")
    page.get_by_role("button", name="Send to the early help coordinator").click()

    expect(page.get_by_text("The DATA Notification form has been sent")).to_be_visible()
    assert "Nowak" not in mailoutbox[-1].body
    page.get_by_role("button", name="Sign out").click()
    sign_in(page, live_server.url, "coordinator")
    page.get_by_role("link", name="DATA Notification forms").click()
    expect(page.get_by_role("rowheader", name="Parenting")).to_be_visible()
    axe.check(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the form for Parenting").click()
    rows = list(csv.reader(io.StringIO(download.value.path().read_text(encoding="utf-8"))))
    assert ["Where the family lives (area or location)", "Cyprus"] in rows
    assert ["Discussed with the early help coordinator on", "2026-03-02"] in rows
    page.get_by_role("button", name="Mark as forwarded the form for Parenting").click()
    expect(page.get_by_text("Forwarded on")).to_be_visible()
    axe.check(page)
    assert DataNotification.objects.get().forwarded_to_dcs_on == timezone.localdate()
    assert axe.problems == []


def test_a_practitioner_cannot_open_the_coordinators_list(live_server, page: Page) -> None:
    a_plan_with_a_gap()
    sign_in(page, live_server.url, "lead")

    response = page.goto(f"{live_server.url}/data-notifications/")

    assert response is not None
    assert response.status == 403
