"""The pages a family and a practitioner read on a phone fit its width: nothing scrolls the page sideways."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import Page

from familyplan.web.accounts.models import Team, User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from familyplan.web.reviews.models import ActionReviewed
from familyplan.web.reviews.rules import ActionUpdate, GoalUpdate
from familyplan.web.reviews.services import review_record
from tests.browser.conftest import AccessibilityLog
from tests.browser.signing_in import sign_in
from tests.people import make_user
from tests.web.test_a_long_word_on_a_phone import a_plan_with_a_long_word_everywhere

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NARROWEST_PHONE = {"width": 320, "height": 640}


def a_reviewed_plan_with_long_words() -> Plan:
    team = Team.objects.create(name="North")
    lead = make_user("lead", team=team, first_name="Sarah", last_name="Jones")
    make_user("manager", User.Role.MANAGER, team, first_name="Helen", last_name="Reid")
    family = services.family_create(by=lead, family_name="Adeyemi-Kowalczyk")
    today = timezone.localdate()
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=today - dt.timedelta(days=60)
    )
    goal = services.goal_save(
        by=lead,
        plan=plan,
        outcome="Oluwaseun will be in school by 8.50am on at least 9 days out of 10 by the spring half term.",
        supporting_families_outcome="education",
    )
    action = services.action_save(
        by=lead,
        goal=goal,
        how="Mum will ring the attendance line on 0161-555-0123 before 9am whenever Oluwaseun is unwell.",
        who="Mum (Adaeze Adeyemi-Kowalczyk) with Sarah Jones (Family Support Worker)",
        when="Every school day from 04/01/2027, reviewed on 15/02/2027",
    )
    review_record(
        plan=plan,
        by=lead,
        review_fields={
            "date": today - dt.timedelta(days=10),
            "kind": "meeting",
            "attendees": "Mum\nSarah Jones",
            "apologies": "",
            "child_views": "Oluwaseun likes the breakfast club.",
            "contingency_reviewed": True,
            "notes": "Mornings are calmer.",
            "next_review_date": today + dt.timedelta(days=30),
        },
        actions=[ActionUpdate(action, "Rang every time.", "in_progress", version=action.version)],
        goals=[GoalUpdate(goal, 6, 5, achieved=False)],
    )
    return plan


def sideways_overflow(page: Page) -> int:
    """How far, in pixels, the page itself is wider than the screen."""
    return int(page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))


def test_the_familys_copy_the_plan_and_the_review_fit_the_narrowest_phone(
    live_server, page: Page, axe: AccessibilityLog
) -> None:
    plan = a_reviewed_plan_with_long_words()
    review = plan.reviews.get()
    page.set_viewport_size(NARROWEST_PHONE)
    sign_in(page, live_server.url, "lead")

    for path in (
        f"/plans/{plan.pk}/family-copy/",
        f"/plans/{plan.pk}/",
        f"/plans/{plan.pk}/reviews/{review.pk}/",
    ):
        page.goto(live_server.url + path)
        assert sideways_overflow(page) == 0, path
        axe.check(page)
    assert axe.problems == []


def test_a_review_recorded_before_statuses_were_kept_fits_the_narrowest_phone(
    live_server, page: Page, axe: AccessibilityLog
) -> None:
    plan = a_reviewed_plan_with_long_words()
    review = plan.reviews.get()
    ActionReviewed.objects.filter(review=review).delete()  # as such a review is stored
    page.set_viewport_size(NARROWEST_PHONE)
    sign_in(page, live_server.url, "lead")

    page.goto(f"{live_server.url}/plans/{plan.pk}/reviews/{review.pk}/")
    axe.check(page)

    assert sideways_overflow(page) == 0
    assert page.get_by_text("This review was recorded before the statuses of actions were kept").is_visible()
    assert page.get_by_text("Rang every time.").is_visible()
    assert axe.problems == []


def test_the_managers_dashboard_fits_the_narrowest_phone_and_its_wide_tables_scroll_inside_themselves(
    live_server, page: Page, axe: AccessibilityLog
) -> None:
    a_reviewed_plan_with_long_words()
    page.set_viewport_size(NARROWEST_PHONE)
    sign_in(page, live_server.url, "manager")

    page.goto(f"{live_server.url}/oversight/")
    axe.check(page)

    assert sideways_overflow(page) == 0
    figures = page.get_by_role("table", name="Figures for the plans you oversee")
    open_plans = figures.get_by_role("row", name="Open plans")
    assert open_plans.get_by_role("cell").first.inner_text().split() == ["How", "many", "1"]
    csv = open_plans.get_by_role("link", name="CSV of open plans")
    box = csv.bounding_box()
    assert box is not None
    assert box["x"] + box["width"] <= NARROWEST_PHONE["width"]

    for region in page.locator(".app-table-scroll").all():
        assert region.get_attribute("tabindex") == "0"
        assert region.get_attribute("aria-label")
    assert axe.problems == []


def test_a_name_or_service_typed_as_one_long_word_does_not_push_the_page_sideways(
    live_server, page: Page, axe: AccessibilityLog
) -> None:
    team = Team.objects.create(name="North")
    lead = make_user("lead", team=team, first_name="Sarah", last_name="Jones")
    make_user("manager", User.Role.MANAGER, team, first_name="Helen", last_name="Reid")
    plan = a_plan_with_a_long_word_everywhere(lead)
    page.set_viewport_size({"width": 375, "height": 812})  # a common phone

    sign_in(page, live_server.url, "lead")
    for path in (f"/plans/{plan.pk}/", f"/plans/{plan.pk}/reviews/new/"):
        page.goto(live_server.url + path)
        assert sideways_overflow(page) == 0, path
        axe.check(page)
    page.context.clear_cookies()
    sign_in(page, live_server.url, "manager")
    for path in ("/oversight/", "/oversight/gaps/", f"/families/{plan.family_id}/who-has-looked/"):
        page.goto(live_server.url + path)
        assert sideways_overflow(page) == 0, path
        axe.check(page)
    assert axe.problems == []
