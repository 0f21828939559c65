"""What a practitioner meets on the pages they use every day: a mistyped start date caught, error
links that lead to the question, praise shown as praise, a list that fits a phone, and the check
of what is already written shown when an action is opened."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import services
from familyplan.web.casework.models import Family, Plan
from familyplan.web.reviews.models import Review
from tests.people import signed_in

TODAY = timezone.localdate()


def test_a_plan_cannot_start_on_a_day_still_to_come(family: Family, lead: User) -> None:
    next_year = TODAY + dt.timedelta(days=366)

    response = signed_in(lead).post(
        f"/families/{family.pk}/plan/new/", {"plan_type": "early_help", "started_on": f"{next_year:%d/%m/%Y}"}
    )

    page = html.unescape(response.content.decode())
    assert "There is a problem" in page
    assert "The date the plan starts must be today or in the past" in page
    assert not Plan.objects.filter(family=family).exists()


def test_an_error_about_a_choice_leads_to_its_first_option(plan: Plan, lead: User) -> None:
    response = signed_in(lead).post(f"/plans/{plan.pk}/close/", {"summary": ""})  # nothing chosen

    page = response.content.decode()
    links = re.findall(r'<a href="#([^"]*)">Choose why the plan is closing', page)
    assert links
    assert links[0]
    assert f'id="{links[0]}"' in page
    assert 'aria-describedby="-' not in page


def test_a_statement_with_only_praise_shows_no_problems_and_the_praise(lead: User, plan: Plan) -> None:
    response = signed_in(lead).post(
        "/check/",
        {
            "kind": "outcome",
            "field": "outcome",
            "outcome": "Susan will feel calmer at home, scoring 7 or more out of 10 at each review by 31/03/2027.",
        },
    )

    page = response.content.decode()
    assert "No problems found against the SMART guidance." in page
    assert "Check this against the SMART guidance" not in page
    assert "A clear outcome with a measure of success and a timescale." in page


def test_the_list_of_families_stacks_on_a_phone_with_each_value_named(family: Family, lead: User) -> None:
    page = signed_in(lead).get("/").content.decode()

    assert '<table class="govuk-table app-table-stack" role="table">' in page
    row = page[page.index('<tbody class="govuk-table__body"') :]
    names = re.findall(r'<span class="app-table-stack__name" aria-hidden="true">([^<]+)</span>', row)
    assert names[:3] == ["Reference", "Plan", "Next review"]


def test_opening_a_written_action_checks_what_it_says(plan: Plan, lead: User) -> None:
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school for 90% of sessions.")
    action = services.action_save(by=lead, goal=goal, how="Monitor attendance.", who="school", when="ASAP")

    page = signed_in(lead).get(f"/plans/{plan.pk}/goals/{goal.pk}/actions/{action.pk}/").content.decode()
    blank = signed_in(lead).get(f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/").content.decode()

    assert page.count('hx-trigger="load, input changed delay:500ms"') == 3
    assert 'hx-trigger="load' not in blank
    assert "The SMART check shows on the plan page when you save." in blank  # without JavaScript


def test_text_that_is_too_long_is_refused_in_plain_words(family: Family, lead: User) -> None:
    response = signed_in(lead).post(
        f"/families/{family.pk}/details/", {"family_name": "x" * 600, "language": "en"}
    )

    page = html.unescape(response.content.decode())
    assert "Family name must be 500 characters or fewer; it has 600" in page
    assert "Ensure this value" not in page


def test_a_mistyped_start_date_is_corrected_with_a_reason_on_the_trail(plan: Plan, lead: User) -> None:
    client = signed_in(lead)
    started = timezone.localdate() - dt.timedelta(days=70)
    assert f'href="/plans/{plan.pk}/started/"' in client.get(f"/plans/{plan.pk}/").content.decode()

    response = client.post(
        f"/plans/{plan.pk}/started/",
        {
            "started_on": started.strftime("%d/%m/%Y"),
            "reason": "The year was mistyped.",
            "version": plan.version,
        },
    )

    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.started_on == started
    assert f"started {started:%-d %B %Y}" in html.unescape(client.get(f"/plans/{plan.pk}/").content.decode())
    event = AuditEvent.objects.filter(
        action=AuditEvent.Action.UPDATE, object_type="plan", object_id=str(plan.pk)
    ).latest("pk")
    assert event.detail["reason"] == "The year was mistyped."
    assert event.detail["changes"]["started_on"]["after"] == str(started)


def test_a_start_date_is_not_moved_after_the_first_review_nor_without_a_reason(
    plan: Plan, lead: User
) -> None:
    today = timezone.localdate()
    Plan.objects.filter(pk=plan.pk).update(started_on=today - dt.timedelta(days=10))
    plan.refresh_from_db()
    Review.objects.create(
        plan=plan,
        recorded_by=lead,
        date=today - dt.timedelta(days=5),
        attendees="Mum",
        next_review_date=today + dt.timedelta(weeks=6),
    )
    later = today - dt.timedelta(days=3)

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/started/",
        {"started_on": later.strftime("%d/%m/%Y"), "reason": "", "version": plan.version},
    )

    page = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert "Say why the date is being corrected" in page
    assert Plan.objects.get(pk=plan.pk).started_on == plan.started_on

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/started/",
        {"started_on": later.strftime("%d/%m/%Y"), "reason": "Wrong day.", "version": plan.version},
    )

    assert "The plan must start on or before its first review" in html.unescape(response.content.decode())
    assert Plan.objects.get(pk=plan.pk).started_on == plan.started_on


def test_a_who_naming_a_child_of_the_family_needs_no_role_on_the_plan_nor_as_it_is_typed(
    plan: Plan, lead: User
) -> None:
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school for 90% of sessions.")
    action = services.action_save(
        by=lead,
        goal=goal,
        how="Ben will pack his bag each night.",
        who="Ben",
        when="Every night (review 01/06/2027)",
    )
    client = signed_in(lead)

    form = client.get(f"/plans/{plan.pk}/goals/{goal.pk}/actions/{action.pk}/").content.decode()
    [names] = re.findall(r'name="family_knows_names" value="([^"]*)"', form)
    typed = client.post("/check/", {"kind": "who", "field": "who", "who": "Ben", "family_knows_names": names})
    stranger = client.post(
        "/check/", {"kind": "who", "field": "who", "who": "Kim", "family_knows_names": names}
    )
    plan_page = client.get(f"/plans/{plan.pk}/").content.decode()

    assert names == "Ben"
    assert "has no role beside the name" not in typed.content.decode()
    assert "has no role beside the name" in html.unescape(stranger.content.decode())
    assert "has no role beside the name" not in html.unescape(plan_page)


def test_a_start_date_with_a_mistyped_year_long_ago_is_refused_on_the_page_and_when_starting(
    lead: User, plan: Plan, family: Family
) -> None:
    today = timezone.localdate()
    long_ago = today.replace(year=today.year - 10)

    page = signed_in(lead).post(
        f"/plans/{plan.pk}/started/",
        {"started_on": "01/01/1900", "reason": "Mistyped.", "version": plan.version},
    )
    assert "A plan cannot have started more than 5 years ago: check the year" in html.unescape(
        page.content.decode()
    )
    assert Plan.objects.get(pk=plan.pk).started_on == plan.started_on

    other = services.family_create(by=lead, family_name="Reid")
    with pytest.raises(services.Refused) as refused:
        services.plan_start(family=other, by=lead, plan_type="early_help", started_on=long_ago)
    assert "started_on" in refused.value.problems


def test_a_wrong_start_date_and_a_missing_reason_are_both_shown_at_once(lead: User, plan: Plan) -> None:
    tomorrow = timezone.localdate() + dt.timedelta(days=1)

    page = signed_in(lead).post(
        f"/plans/{plan.pk}/started/",
        {"started_on": tomorrow.strftime("%d/%m/%Y"), "reason": "", "version": plan.version},
    )
    text = html.unescape(page.content.decode())

    assert "The date the plan starts must be today or in the past" in text
    assert "Say why the date is being corrected" in text
