"""The dates the forms give as examples are worked out from today: a date to come is never one
already gone by, and a date of birth is never one still to come."""

from __future__ import annotations

import datetime as dt
import html
import re

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import InterimSafetyPlan, Plan
from tests.people import signed_in

DAY = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")


def hint_of(page: str, field: str) -> str:
    found = re.search(rf'<div id="id_{field}-hint" class="govuk-hint">(.*?)</div>', page, flags=re.S)
    assert found, f"no hint for {field}"
    return html.unescape(found[1])


def days_in(text: str) -> list[dt.date]:
    return [dt.date(int(y), int(m), int(d)) for d, m, y in DAY.findall(text)]


def page(user: User, url: str) -> str:
    return signed_in(user).get(url).content.decode()


def test_the_when_hint_of_an_action_gives_dates_still_to_come(lead: User, plan: Plan) -> None:
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school for 95% of sessions.")

    hint = hint_of(page(lead, f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/"), "when")

    day, review = days_in(hint)
    assert hint.startswith("A specific date (")
    assert "Every day (review " in hint
    assert timezone.localdate() < day < review <= timezone.localdate() + dt.timedelta(weeks=8)


def test_the_next_review_date_is_shown_with_a_date_to_come(lead: User, plan: Plan) -> None:
    form = page(lead, f"/plans/{plan.pk}/reviews/new/")

    (held,) = days_in(hint_of(form, "date"))
    (next_review,) = days_in(hint_of(form, "next_review_date"))
    assert held == timezone.localdate()
    assert next_review == timezone.localdate() + dt.timedelta(weeks=6)


def test_a_date_of_birth_is_shown_with_a_date_in_the_past(lead: User, plan: Plan) -> None:
    hint = hint_of(page(lead, f"/families/{plan.family.pk}/members/new/"), "date_of_birth")

    # As GOV.UK's date input gives it, for its day, month and year boxes: "For example, 27 3 2018".
    day, month, year = re.fullmatch(r"For example, (\d{1,2}) (\d{1,2}) (\d{4})", hint).groups()
    born = dt.date(int(year), int(month), int(day))
    assert born < timezone.localdate() - dt.timedelta(days=365)


def test_an_interim_plans_end_date_is_shown_days_ahead(lead: User, plan: Plan) -> None:
    hint = hint_of(page(lead, f"/plans/{plan.pk}/interim/"), "end_date")

    (end,) = days_in(hint)
    assert hint.startswith("Interim plans last days, not weeks.")
    assert timezone.localdate() < end <= timezone.localdate() + dt.timedelta(weeks=2)


def test_a_date_that_cannot_be_read_is_refused_with_an_example_from_today(lead: User, plan: Plan) -> None:
    form = signed_in(lead).post(
        f"/plans/{plan.pk}/interim/",
        {"issue": "Dad's drinking.", "actions": "Gran stays over.", "end_date": "next Friday"},
    )

    error = html.unescape(form.content.decode())
    assert "Enter a real date, day first, for example" in error
    assert min(days_in(error)) >= timezone.localdate()


def test_an_impossible_date_in_when_is_refused_with_an_example_still_to_come(lead: User, plan: Plan) -> None:
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school for 95% of sessions.")

    form = signed_in(lead).post(
        f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/",
        {"how": "Mum will walk Ben to school.", "who": "Mum", "when": "31/02/2027", "status": "not_started"},
    )

    error = html.unescape(form.content.decode())
    message = re.search(
        r"31/02/2027 is not a real date\. Enter a real date, day first, for example [\d/]+", error
    )
    assert message, "the impossible date is not refused"
    assert days_in(message[0].split("for example")[1])[0] > timezone.localdate()


def test_an_interim_plan_ending_in_the_past_or_missing_its_worry_is_refused_and_nothing_saved(
    lead: User, plan: Plan
) -> None:
    form = signed_in(lead).post(
        f"/plans/{plan.pk}/interim/",
        {"issue": " ", "actions": "Gran stays over.", "end_date": "01/01/2020", "version": "0"},
    )

    error = html.unescape(form.content.decode())
    assert form.status_code == 200
    assert "There is a problem" in error
    assert "The end date must be today or later" in error
    assert "Enter the immediate worry" in error
    assert not InterimSafetyPlan.objects.filter(plan=plan).exists()
