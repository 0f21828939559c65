"""On a phone (390 pixels wide) every word of a page can be read without scrolling the page
sideways: a plan's actions, the quality report and the list of people are shown as blocks, a
long web address breaks at the edge of the screen, and a guide's wide tables scroll inside a
region of their own that says so."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from tests.browser.conftest import AccessibilityLog
from tests.browser.signing_in import sign_in
from tests.browser.test_pages_on_a_phone import a_reviewed_plan_with_long_words, sideways_overflow
from tests.people import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
ADDRESS = "https://www.example.org/a/very/long/link/that/does/not/break/anywhere/because/it/has/no/spaces/0123456789"


def on_screen(page: Page, element: Locator) -> bool:
    """Whether all of the element lies within the width of the screen."""
    box = element.bounding_box()
    assert box is not None, element
    return box["x"] >= 0 and box["x"] + box["width"] <= page.viewport_size["width"]  # type: ignore[index]


def names_shown_whole(page: Page, table: Locator) -> None:
    """Each value of a table shown as blocks is under its column's name, on one line, on screen."""
    names = table.locator(".app-table-stack__name")
    assert names.count() > 0
    for name in names.all():
        assert name.is_visible()
        assert on_screen(page, name)
        # A name broken in the middle of a word ("Practitione/rs") takes two lines.
        assert name.evaluate(
            "e => e.getClientRects().length === 1 && e.offsetHeight < 2 * parseFloat(getComputedStyle(e).lineHeight)"
        )


def test_a_plans_actions_show_who_and_when_in_full_on_a_phone(
    live_server, page: Page, axe: AccessibilityLog
) -> None:
    plan = a_reviewed_plan_with_long_words()
    page.set_viewport_size(PHONE)
    sign_in(page, live_server.url, "lead")

    page.goto(f"{live_server.url}/plans/{plan.pk}/")

    assert sideways_overflow(page) == 0
    actions = page.get_by_role("table", name="Actions for goal 1")
    who = actions.get_by_role("cell", name="Mum (Adaeze Adeyemi-Kowalczyk) with Sarah Jones")
    when = actions.get_by_role("cell", name="Every school day from 04/01/2027")
    for cell in (who, when):
        assert cell.is_visible()
        assert on_screen(page, cell)
    names_shown_whole(page, actions)
    names_shown_whole(page, page.get_by_role("table", name="Scaling scores for this goal, 0 to 10"))
    axe.check(page)
    assert axe.problems == []


def test_the_quality_reports_tables_are_read_whole_on_a_phone(
    live_server, page: Page, axe: AccessibilityLog
) -> None:
    a_reviewed_plan_with_long_words()
    page.set_viewport_size(PHONE)
    sign_in(page, live_server.url, "manager")

    page.goto(f"{live_server.url}/oversight/quality/")

    assert sideways_overflow(page) == 0
    for table in (page.locator("#quality-faults"), page.locator("#quality-teams")):
        for cell in table.locator("td, tbody th").all():
            assert on_screen(page, cell)
        names_shown_whole(page, table)
    axe.check(page)
    assert axe.problems == []


def a_goal_with_a_web_address() -> Plan:
    plan = a_reviewed_plan_with_long_words()
    lead = User.objects.get(username="lead")
    goal = services.goal_save(
        by=lead,
        plan=plan,
        outcome=f"Mum will read {ADDRESS} every Monday.",
        supporting_families_outcome="education",
    )
    services.action_save(
        by=lead, goal=goal, how=f"Sarah will send {ADDRESS} to Mum.", who="Sarah", when="By Friday"
    )
    return plan


def test_a_long_web_address_breaks_at_the_edge_of_a_phone(
    live_server, page: Page, axe: AccessibilityLog
) -> None:
    plan = a_goal_with_a_web_address()
    page.set_viewport_size(PHONE)
    sign_in(page, live_server.url, "lead")

    for path, title in (
        (f"/plans/{plan.pk}/", "Goal 2: Mum will read"),
        (f"/plans/{plan.pk}/family-copy/", "2. Mum will read"),
    ):
        page.goto(live_server.url + path)
        assert sideways_overflow(page) == 0, path
        heading = page.get_by_role("heading", name=title)
        assert on_screen(page, heading), path
        assert on_screen(page, page.get_by_text(f"Sarah will send {ADDRESS[:30]}", exact=False).first), path
        axe.check(page)
    assert axe.problems == []


def test_the_list_of_people_and_the_guide_fit_a_phone(live_server, page: Page, axe: AccessibilityLog) -> None:
    make_user("admin", User.Role.ADMINISTRATOR)
    page.set_viewport_size(PHONE)
    sign_in(page, live_server.url, "admin")

    page.goto(f"{live_server.url}/people/")
    assert sideways_overflow(page) == 0
    names_shown_whole(page, page.get_by_role("table", name="People with an account"))
    axe.check(page)

    for guide in ("limits", "fhir", "settings", "reading", "quality-report", "checker"):
        page.goto(f"{live_server.url}/help/{guide}/")
        assert sideways_overflow(page) == 0, guide
        for region in page.locator(".app-table-scroll").all():
            assert region.get_attribute("role") == "region"
            assert (region.get_attribute("aria-label") or "").startswith("Table: ")
            assert region.get_attribute("tabindex") == "0"
        axe.check(page)
    assert axe.problems == []
