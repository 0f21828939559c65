"""A lead practitioner's whole journey, in a real browser, as a new user would take it."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from familyplan.web.accounts.models import Team, User
from tests.browser.conftest import AccessibilityLog
from tests.browser.signing_in import sign_in
from tests.people import PASSWORD, code_for, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# `make screenshots` sets this to docs/images, so the guide shows the pages as they are.
SCREENSHOTS = os.environ.get("FAMILYPLAN_SCREENSHOTS")
# Dates the plan is made with, still to come whatever day the test runs.
REVIEW = (dt.date.today() + dt.timedelta(days=56)).strftime("%d/%m/%Y")
DUE = (dt.date.today() + dt.timedelta(days=21)).strftime("%d/%m/%Y")


def screenshot(page: Page, name: str) -> None:
    if SCREENSHOTS:
        page.set_viewport_size({"width": 1100, "height": 900})
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"), full_page=False)


def people() -> None:
    team = Team.objects.create(name="North")
    for username, first, role, title in [
        ("lead", "Sarah", User.Role.PRACTITIONER, "Family Support Worker"),
        ("manager", "Helen", User.Role.MANAGER, "Early Help Team Manager"),
    ]:
        make_user(username, role, team, first_name=first, last_name="Jones", job_title=title)


def add_child(page: Page, name: str, born: str) -> None:
    page.get_by_role("button", name="Add a family member").click()
    page.get_by_label("Name").fill(name)
    page.get_by_label("Relationship").fill("Son" if name == "Ben" else "Daughter")
    born_on = page.get_by_role("group", name="Date of birth (optional)")
    for box, part in zip(("Day", "Month", "Year"), born.split("/"), strict=True):
        born_on.get_by_label(box).fill(part)
    page.get_by_label("This is a child or young person").check()
    page.get_by_label("Their views and wishes, in their own words").fill(
        "I like it when Mum walks me to school."
    )
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text(f"{name} has been added.")).to_be_visible()


def add_goal(page: Page, outcome: str, area: str) -> None:
    page.get_by_role("button", name="Add a goal").click()
    page.get_by_label("What do we want to achieve?").fill(outcome)
    page.get_by_label("Supporting Families outcome").select_option(label=area)
    page.get_by_label("How will we know it has worked?").fill("Checked at each review")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("The goal has been saved.")).to_be_visible()


def add_action(page: Page, goal_number: int, how: str, person: str, when: str) -> None:
    page.get_by_role("button", name=f"Add an action to goal {goal_number}").click()
    page.get_by_label("How will this happen?").fill(how)
    page.get_by_label("Who will do this?").select_option(label=person)
    page.get_by_label("When will we do this?").fill(when)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("The action has been saved.")).to_be_visible()


def test_a_lead_builds_reviews_and_closes_a_plan_and_a_manager_signs_it_off(
    page: Page, live_server, axe: AccessibilityLog, tmp_path
) -> None:
    people()
    base = live_server.url

    # Sign in as the lead and make the family record.
    sign_in(page, base, "lead", axe)
    axe.check(page)
    page.get_by_role("button", name="Add a family").click()
    axe.check(page)
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_text("Enter the family's name")).to_have_count(2)  # error summary and the field
    axe.check(page)
    page.get_by_label("Family name").fill("Smith")
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("heading", name="Smith family")).to_be_visible()
    axe.check(page)
    add_child(page, "Ben", "03/09/2012")
    add_child(page, "Lily", "14/02/2016")
    axe.check(page)

    # Start the plan and build two goals with four actions.
    page.get_by_role("button", name="Start a plan").click()
    axe.check(page)
    page.get_by_label("Early Help family plan").check()
    page.get_by_role("button", name="Start the plan").click()
    expect(page.get_by_role("heading", name="Plan for the Smith family")).to_be_visible()
    axe.check(page)
    add_goal(
        page, "Ben will be in school for at least 90% of sessions each half term.", "Getting a good education"
    )
    add_goal(
        page, "Lily will go to sleep by 8pm on at least five nights a week.", "Good early years development"
    )

    # The SMART panel warns while the practitioner types, and clears when the action is rewritten.
    page.get_by_role("button", name="Add an action to goal 1").click()
    how = page.get_by_label("How will this happen?")
    how.press_sequentially("Mum will monitor Ben's school attendance", delay=10)
    panel = page.locator("#id_how-smart")
    expect(panel).to_contain_text("'monitor' does not say what will actually be done")
    axe.check(page)
    how.fill("")
    how.press_sequentially("Mum will walk Ben to the school gate at 8.30am every school day.", delay=10)
    expect(panel).to_contain_text("No problems found")
    expect(panel).not_to_contain_text("monitor")
    page.get_by_label("Who will do this?").select_option(index=1)
    page.get_by_label("When will we do this?").fill(f"Every school day (review {REVIEW})")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("The action has been saved.")).to_be_visible()

    add_action(
        page,
        1,
        "Sarah will meet Ben every Monday at 9am to plan his week.",
        "Sarah Jones (Family Support Worker)",
        f"Every Monday (review {REVIEW})",
    )
    add_action(
        page,
        2,
        "Mum will read a bedtime story with Lily every night and tick the chart.",
        "Lily (Daughter)",
        f"Every night (review {REVIEW})",
    )
    add_action(
        page,
        2,
        "Sarah will show Mum a calm bedtime routine at home on Tuesday evening.",
        "Sarah Jones (Family Support Worker)",
        DUE,
    )
    expect(page.get_by_role("table")).to_have_count(2)
    axe.check(page)
    screenshot(page, "plan")

    # Record a review with scaling scores.
    page.get_by_role("button", name="Record a review").click()
    axe.check(page)
    page.get_by_label("Sarah Jones (Family Support Worker)").check()
    page.get_by_label("Anyone else who took part").fill("Susan Smith (Mum)")
    for field in page.get_by_label("Progress since the last review").all():
        field.fill("Going to plan.")
    page.get_by_label("The child's views", exact=True).fill("Ben: school is better. Lily: I like the story.")
    for field in page.get_by_label("Score from the family (0 to 10)").all():
        field.fill("5")
    for field in page.get_by_label("Score from the practitioners (0 to 10)").all():
        field.fill("4")
    page.get_by_label("The contingency plan was looked at").check()
    page.get_by_role("button", name="Save the review").click()
    expect(page.get_by_text("The review has been recorded.")).to_be_visible()
    axe.check(page)
    page.get_by_role("link", name="Back to the plan").click()
    expect(page.get_by_role("heading", name="Progress over time")).to_be_visible()
    axe.check(page)

    # Send a views link, and give views through it without an account.
    page.get_by_role("button", name="Ask the family for their views").click()
    expect(page.get_by_label("Who is the link for?")).to_contain_text("Ben (Son)")
    axe.check(page)
    page.get_by_label("Or write who the link is for").fill("Susan")
    page.get_by_role("button", name="Make the link").click()
    axe.check(page)
    link = page.get_by_label("Link").input_value()
    family_page = page.context.browser.new_context().new_page()
    family_page.goto(link)
    expect(family_page.get_by_role("heading", name=re.compile("Hello Susan"))).to_be_visible()
    axe.check(family_page)
    family_page.get_by_label("What is going well?").fill("Ben gets up on time now.")
    family_page.get_by_role("button", name="Send my views").click()
    expect(family_page.get_by_text("Your views have been sent")).to_be_visible()
    axe.check(family_page)
    family_page.goto(link)
    expect(family_page.get_by_text("This link has already been used")).to_be_visible()
    family_page.context.close()

    # Close the plan: check your answers, then send for sign-off.
    page.get_by_role("button", name="Back to the plan").click()
    page.get_by_role("button", name="Close the plan").click()
    axe.check(page)
    page.get_by_label("Outcomes achieved").check()
    page.get_by_label("Final summary").fill("Ben is in school every day and Lily sleeps through.")
    page.get_by_label("If no goal has been marked achieved, say why the outcomes have been achieved").fill(
        "Ben's attendance is 97% and Lily sleeps through five nights a week."
    )
    page.get_by_label("The family agree the plan can close", exact=True).check()
    page.get_by_label("The Team Around the Family agree the plan can close").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Check your answers before closing the plan")).to_be_visible()
    axe.check(page)
    page.get_by_role("button", name="Send for sign-off").click()
    expect(page.get_by_text("The plan is now read-only")).to_be_visible()
    plan_url = page.url

    # The manager signs it off.
    page.get_by_role("button", name=re.compile("Sign out")).click()
    sign_in(page, base, "manager", axe)
    page.get_by_role("link", name="Closures to sign off").click()
    axe.check(page)
    page.get_by_role("link", name="Smith family").click()
    axe.check(page)
    page.get_by_role("button", name="Sign off and close the plan").click()
    expect(page.get_by_text("The plan for the Smith family is closed.")).to_be_visible()
    assert page.url == plan_url
    axe.check(page)

    # The manager's dashboard and outcome report.
    page.get_by_role("link", name="Dashboard").click()
    expect(page.get_by_role("heading", name="Oversight dashboard")).to_be_visible()
    axe.check(page)
    screenshot(page, "dashboard")
    page.get_by_role("link", name="Supporting Families outcome report").click()
    axe.check(page)
    page.get_by_role("link", name="Families", exact=True).click()
    expect(page.get_by_role("heading", name="Families", exact=True)).to_be_visible()
    screenshot(page, "families")
    page.goto(plan_url)

    # The family's copy, as a page and as a PDF.
    page.get_by_role("button", name="The family's copy").click()
    expect(page.get_by_role("heading", name="Smith family's plan")).to_be_visible()
    axe.check(page)
    screenshot(page, "family-copy")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download this plan (PDF)").click()
    pdf = tmp_path / "copy.pdf"
    download.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")

    # The manager turns on two-factor sign-in; from then on signing in asks for the code.
    page.goto(plan_url)
    page.get_by_role("link", name="Your account").click()
    axe.check(page)
    page.get_by_role("link", name="Set up two-factor sign-in").click()
    expect(
        page.get_by_role("img", name="QR code to add your account to an authenticator app")
    ).to_be_visible()
    page.get_by_text("I cannot scan the QR code").click()
    axe.check(page)
    page.get_by_label("Code from your authenticator app").fill(
        code_for(TOTPDevice.objects.get(user__username="manager"))
    )
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    expect(page.get_by_text("Two-factor sign-in is on")).to_be_visible()
    page.get_by_role("button", name=re.compile("Sign out")).click()
    page.get_by_label("Username").fill("manager")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Enter the code from your authenticator app")).to_be_visible()
    page.get_by_role("button", name="Continue").click()
    expect(
        page.get_by_role("link", name="Enter the 6-digit code from your authenticator app")
    ).to_be_visible()
    axe.check(page)
    page.get_by_label("Code from your authenticator app").fill(
        code_for(TOTPDevice.objects.get(user__username="manager"))
    )
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Families", exact=True)).to_be_visible()

    print(f"axe-core checked {len(axe.pages)} pages")
    assert axe.problems == [], "\n".join(axe.problems)
