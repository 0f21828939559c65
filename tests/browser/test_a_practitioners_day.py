"""A practitioner's and a manager's day, in a real browser, on a desktop and on a phone.

The lead makes the family record and the team, hands the lead to a colleague, who writes the
plan, reviews it twice (ticking who took part), sees the scores, the chart and drift in "My
work", and closes it because the family withdrew consent; the manager returns it, the lead
sends it again and the manager signs it off. axe-core checks every page on the way.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from familyplan.web.accounts.models import Team, User
from tests.browser.conftest import AccessibilityLog
from tests.browser.signing_in import sign_in
from tests.people import make_user

TODAY = timezone.localdate()
SCREENSHOTS = os.environ.get("FAMILYPLAN_SCREENSHOTS")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def uk(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


class Walk:
    """The browser, the server's address and the accessibility log, with the steps people take."""

    def __init__(self, page: Page, base: str, axe: AccessibilityLog, width: int) -> None:
        self.page, self.base, self.axe, self.width = page, base, axe, width

    def check(self) -> None:
        self.axe.check(self.page)

    def screenshot(self, name: str) -> None:
        if SCREENSHOTS and self.width > 400:
            self.page.evaluate(
                "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)"
            )
            self.page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"), full_page=False)

    def menu(self, name: str) -> None:
        """Follow a link in the service's menu, opening the menu first on a small screen."""
        toggle = self.page.get_by_role("button", name="Menu", exact=True)
        if toggle.is_visible():
            toggle.click()
        self.page.get_by_role("navigation", name="Menu").get_by_role("link", name=name, exact=True).click()

    def sign_in(self, username: str) -> None:
        sign_in(self.page, self.base, username, self.axe)
        self.check()

    def sign_out(self) -> None:
        toggle = self.page.get_by_role("button", name="Menu", exact=True)
        if toggle.is_visible():
            toggle.click()
        self.page.get_by_role("button", name=re.compile("Sign out")).click()

    def saved(self, message: str) -> None:
        expect(self.page.get_by_text(message)).to_be_visible()
        self.check()

    def score(self) -> int:
        text = self.page.get_by_text(re.compile(r"Overall score: \d+ out of 100")).inner_text()
        return int(re.search(r"(\d+) out of 100", text)[1])  # type: ignore[index]


def people() -> None:
    team = Team.objects.create(name="North")
    for username, first, last, role in [
        ("sarah", "Sarah", "Jones", User.Role.PRACTITIONER),
        ("priya", "Priya", "Shah", User.Role.PRACTITIONER),
        ("helen", "Helen", "Okafor", User.Role.MANAGER),
    ]:
        title = "Early Help Team Manager" if role == User.Role.MANAGER else "Family Support Worker"
        make_user(username, role, team, first_name=first, last_name=last, job_title=title)


def make_the_family_and_hand_over_the_lead(walk: Walk) -> None:
    page = walk.page
    walk.sign_in("sarah")
    page.get_by_role("button", name="Add a family").click()
    walk.check()
    page.get_by_label("Family name").fill("Green")
    page.get_by_role("button", name="Save and continue").click()
    walk.saved("The Green family's record has been made.")
    page.get_by_role("button", name="Add a family member").click()
    walk.check()
    page.get_by_label("Name").fill("Ben")
    page.get_by_label("Relationship").fill("Son")
    page.get_by_label("This is a child or young person").check()
    page.get_by_label("Their views and wishes, in their own words").fill("I want to stay at my school.")
    page.get_by_role("button", name="Save").click()
    walk.saved("Ben has been added.")

    page.get_by_role("button", name="Add a practitioner").click()
    walk.check()
    page.get_by_label("Name").fill("Priya Shah")
    page.get_by_label("Role, written in full").fill("Family Support Worker")
    page.get_by_label("Agency").fill("Early Help Service")
    page.get_by_label("Their account here (optional)").select_option(
        label="Priya Shah, Family Support Worker, Early Help Service"
    )
    page.get_by_role("button", name="Save").click()
    walk.saved("Priya Shah has been added.")

    page.get_by_role("button", name="Change the lead practitioner").click()
    walk.check()
    page.get_by_label("Priya Shah (Family Support Worker, Early Help Service)").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Make Priya Shah the lead practitioner?")).to_be_visible()
    expect(page.get_by_text("You will no longer be able to change the plan")).to_be_visible()
    walk.check()
    walk.screenshot("lead-change")
    page.get_by_role("button", name="Change the lead practitioner").click()
    walk.saved("Priya Shah is now the lead practitioner.")
    # Sarah keeps her place in the team and still sees the family, but no longer changes it.
    expect(page.get_by_role("button", name="Add a practitioner")).to_have_count(0)
    walk.sign_out()


def write_the_plan(walk: Walk) -> str:
    page = walk.page
    walk.sign_in("priya")
    walk.menu("My work")
    expect(page.get_by_role("heading", name="My work")).to_be_visible()
    walk.check()
    page.get_by_role("link", name="Green family").click()
    page.get_by_role("button", name="Start a plan").click()
    walk.check()
    page.get_by_label("Early Help family plan").check()
    page.get_by_label("Date the plan starts").fill(uk(TODAY - dt.timedelta(weeks=10)))
    page.get_by_role("button", name="Start the plan").click()
    expect(page.get_by_role("heading", name="Plan for the Green family")).to_be_visible()
    walk.check()

    page.get_by_role("link", name="About the plan").click()
    walk.check()
    page.get_by_label("Why is there a plan?").fill("Ben has missed a third of school this term.")
    page.get_by_label("What are we worried about?").fill("Ben misses school on Mondays")
    page.get_by_label("What is working well?").fill("Ben loves football")
    page.get_by_label("What needs to happen?").fill("Ben's school attendance")
    page.get_by_role("button", name="Save").click()
    walk.saved("Your changes have been saved.")
    expect(page.get_by_text("Ben misses school on Mondays")).to_be_visible()
    expect(page.get_by_text("I want to stay at my school.")).to_be_visible()

    page.get_by_role("button", name="Add a goal").click()
    walk.check()
    page.get_by_label("What do we want to achieve?").fill(
        "By the end of the spring term, Ben will be in school for at least 90% of sessions each half term."
    )
    page.get_by_label("Supporting Families outcome").select_option(label="Getting a good education")
    page.get_by_label("How will we know it has worked?").fill("The school's attendance record")
    page.get_by_role("button", name="Save").click()
    walk.saved("The goal has been saved.")
    for how, person in [
        (
            "Priya will walk with Ben to the school gate at 8.30am every Monday.",
            "Priya Shah (Family Support Worker)",
        ),
        (
            "Sarah will meet Ben at lunchtime every Wednesday to talk about his week.",
            "Sarah Jones (Family Support Worker)",
        ),
    ]:
        page.get_by_role("button", name="Add an action to goal 1").click()
        walk.check()
        page.get_by_label("How will this happen?").fill(how)
        page.get_by_label("Who will do this?").select_option(label=person)
        page.get_by_label("When will we do this?").fill(
            f"Every week (review {uk(TODAY + dt.timedelta(weeks=6))})"
        )
        page.get_by_role("button", name="Save").click()
        walk.saved("The action has been saved.")

    before = walk.score()
    page.get_by_role("link", name="Contingency plan").click()
    walk.check()
    page.get_by_label("What will happen if the plan does not work?").fill(
        "If Mum is unwell, Gran will walk Ben to school, and Priya will call a meeting within a week."
    )
    page.get_by_role("button", name="Save").click()
    walk.saved("Your changes have been saved.")
    assert walk.score() > before, "writing the contingency plan raises the plan's score"
    return page.url


def record_a_review(walk: Walk, day: dt.date, next_day: dt.date, done: bool) -> None:
    page = walk.page
    page.get_by_role("button", name="Record a review").click()
    walk.check()
    walk.screenshot("review-form")
    page.get_by_role("button", name="Save the review").click()
    expect(page.get_by_text("Tick who took part in the review, or write their names").first).to_be_visible()
    walk.check()
    page.get_by_label("Date of the review").fill(uk(day))
    page.get_by_label("Sarah Jones (Family Support Worker)").check()
    page.get_by_label("Ben (Son)").check()
    page.get_by_label("Anyone else who took part").fill("Mrs Green (Mum)")
    for field in page.get_by_label("Progress since the last review").all():
        field.fill("Went ahead every week.")
    if done:
        page.get_by_label("Status", exact=True).first.select_option(label="Done")
    page.get_by_label("Score from the family (0 to 10)").fill("4")
    page.get_by_label("Score from the practitioners (0 to 10)").fill("4")
    page.get_by_label("The child's views", exact=True).fill("Mondays are still hard.")
    page.get_by_label("The contingency plan was looked at").check()
    page.get_by_label("Date of the next review").fill(uk(next_day))
    page.get_by_role("button", name="Save the review").click()
    walk.saved("The review has been recorded.")
    page.get_by_role("link", name="Back to the plan").click()


def review_twice_and_see_drift(walk: Walk) -> None:
    page = walk.page
    record_a_review(walk, TODAY - dt.timedelta(weeks=6), TODAY, done=False)
    expect(page.get_by_role("heading", name="Progress over time")).to_be_visible()
    chart_rows = page.get_by_role("table", name="Scaling scores for this goal, 0 to 10").get_by_role("row")
    expect(chart_rows).to_have_count(2)  # the heading and one review
    chart = page.locator("figure").filter(has_text="Scaling scores for this goal").get_by_role("img")
    first_day = (TODAY - dt.timedelta(weeks=6)).strftime("%d/%m/%Y")
    # What a screen reader announces for the chart: its title, then each review's scores.
    expect(chart).to_have_accessible_name(f"Scaling scores for goal 1 {first_day}: family 4, practitioners 4")
    expect(chart.locator("circle")).to_have_count(1)  # one score from the family, plotted
    expect(chart.locator("polyline")).to_have_count(0)  # no line through a single point
    expect(page.get_by_text(re.compile(r"SMART score then: \d+ out of 100"))).to_have_count(1)
    walk.check()

    record_a_review(walk, TODAY, TODAY + dt.timedelta(weeks=6), done=True)
    expect(chart_rows).to_have_count(3)  # the table has moved on by a review, and so has the chart
    expect(chart).to_have_accessible_name(
        f"Scaling scores for goal 1 {first_day}: family 4, practitioners 4; {uk(TODAY)}: family 4, practitioners 4"
    )
    expect(chart.locator("circle")).to_have_count(2)
    expect(chart.locator("polyline")).to_have_count(2)  # the family's line and the practitioners'
    expect(page.get_by_text(re.compile(r"SMART score then: \d+ out of 100"))).to_have_count(2)
    expect(page.get_by_text("This plan shows drift")).to_be_visible()
    walk.check()

    walk.menu("My work")
    drift = page.locator("#drift + p + ul")
    expect(drift.get_by_role("link", name="Green family")).to_be_visible()
    walk.check()
    walk.screenshot("my-work")
    drift.get_by_role("link", name="Green family").click()


def close_with_consent_withdrawn(walk: Walk) -> None:
    page = walk.page
    page.get_by_role("button", name="Close the plan").click()
    walk.check()
    page.get_by_label("The family withdrew consent").check()
    page.get_by_label("Final summary").fill("Mrs Green asked for the plan to stop; Ben's attendance is 88%.")
    page.get_by_label("Ongoing actions for universal services").fill(
        "School will keep Ben's breakfast club place."
    )
    page.get_by_label("The Team Around the Family agree the plan can close").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("The family withdrew consent, so they were not asked to agree.")).to_be_visible()
    walk.check()
    page.get_by_role("button", name="Send for sign-off").click()
    walk.saved("The plan is now read-only")
    walk.sign_out()


def manager_decides(walk: Walk, decision: str, comment: str) -> None:
    page = walk.page
    walk.sign_in("helen")
    walk.menu("Closures to sign off")
    walk.check()
    page.get_by_role("link", name="Green family").click()
    expect(page.get_by_role("heading", name="Problems still open in the plan")).to_be_visible()
    walk.check()
    page.get_by_label("Your comment").fill(comment)
    walk.screenshot("sign-off")
    page.get_by_role("button", name=decision).click()


@pytest.mark.parametrize("width", [1024, 375], ids=["desktop", "phone"])
def test_a_lead_and_a_manager_get_through_the_day_without_traps(
    page: Page, live_server, axe: AccessibilityLog, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    walk = Walk(page, live_server.url, axe, width)
    people()

    make_the_family_and_hand_over_the_lead(walk)
    plan_url = write_the_plan(walk)
    review_twice_and_see_drift(walk)
    close_with_consent_withdrawn(walk)

    manager_decides(
        walk, "Return it to the lead practitioner", "Say what Mrs Green told you when she withdrew."
    )
    walk.saved("The closure has been returned to the lead practitioner.")
    walk.sign_out()
    walk.sign_in("priya")
    walk.menu("My work")
    expect(page.get_by_text("Say what Mrs Green told you when she withdrew.")).to_be_visible()
    walk.check()
    page.goto(plan_url)
    expect(page.get_by_role("heading", name="Closure returned")).to_be_visible()
    walk.check()
    close_with_consent_withdrawn(walk)

    manager_decides(walk, "Sign off and close the plan", "Closed as the family asked.")
    walk.saved("The plan for the Green family is closed.")
    assert page.url == plan_url
    expect(page.get_by_text("Mrs Green asked for the plan to stop")).to_be_visible()
    expect(page.get_by_text("School will keep Ben's breakfast club place.")).to_be_visible()
    expect(page.get_by_text("Closed as the family asked.")).to_be_visible()

    print(f"axe-core checked {len(axe.pages)} pages at {width} px")
    assert len(axe.pages) >= 25
    assert axe.problems == [], "\n".join(axe.problems)
