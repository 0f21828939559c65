"""When a plan's review is due has one definition, the checker's (familyplan.plan.reviews.review_due):
the plan page, My work, the reminders and the dashboard's query all agree with it."""

from __future__ import annotations

import datetime as dt
import html

from django.utils import timezone
from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.plan.reviews import review_cycles, review_due
from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.interchange import plan_from_model, to_model
from familyplan.web.casework.models import Family, Plan
from familyplan.web.casework.review_due import review_due_between, review_due_on, review_overdue
from familyplan.web.casework.selectors import plan_parts
from familyplan.web.oversight import selectors
from familyplan.web.reviews.models import Review
from tests.people import signed_in
from tests.smart.test_plan_rules import a_good_plan

TODAY = timezone.localdate()
WEEK = dt.timedelta(weeks=1)
SOON = dt.timedelta(days=6)


def text(response) -> str:
    return html.unescape(response.content.decode())


def imported_with_a_review(family: Family, lead: User) -> Plan:
    """A plan from a file: started 20 weeks ago, reviewed 4 weeks ago with the next review set in
    six days' time, and no next review date of the plan's own."""
    model = a_good_plan().model_copy(
        update={
            "started_on": TODAY - 20 * WEEK,
            "next_review_date": None,
            "reviews": [
                a_good_plan()
                .reviews[0]
                .model_copy(update={"date": TODAY - 4 * WEEK, "next_review_date": TODAY + SOON})
            ],
        }
    )
    return plan_from_model(family, model, lead, TODAY)


def test_a_plan_imported_with_a_review_is_due_when_that_review_set(
    lead: User, manager: User, family: Family, mailoutbox
) -> None:
    """Not eight weeks after it started, as though never reviewed: the review set it for six
    days' time, on the plan's page, My work, the dashboard and the lead's reminder."""
    lead.email = "sarah@example.invalid"
    lead.save()
    plan = imported_with_a_review(family, lead)
    due = TODAY + SOON

    plan_page = text(signed_in(lead).get(f"/plans/{plan.pk}/"))
    work = text(signed_in(lead).get("/my-work/"))
    CliRunner().invoke(app, ["remind", "--today", TODAY.isoformat()])
    figures = selectors.counts(manager, selectors.Filters(), TODAY)

    assert "Review overdue" not in plan_page
    assert "has not been reviewed" not in plan_page
    assert f"Next review: {due:%-d %B %Y}" in plan_page
    assert (
        f'Smith family<span class="govuk-visually-hidden"> – their plan</span></a>: due {due:%-d %B %Y}'
        in work
    )
    assert "with no review yet" not in work
    assert (figures["reviews-due"], figures["reviews-overdue"]) == (1, 0)
    assert f"Plan {plan.pk}: review due on {due:%d/%m/%Y}" in mailoutbox[0].body


def test_a_plan_reviewed_and_overdue_does_not_say_it_was_never_reviewed(lead: User, family: Family) -> None:
    plan = imported_with_a_review(family, lead)
    Review.objects.filter(plan=plan).update(next_review_date=TODAY - WEEK)

    plan_page = text(signed_in(lead).get(f"/plans/{plan.pk}/"))
    work = text(signed_in(lead).get("/my-work/"))

    assert f"Review overdue</strong> The review was due by {TODAY - WEEK:%-d %B %Y}." in plan_page
    assert f"Overdue</strong> since {TODAY - WEEK:%-d %B %Y}</li>" in work


def _plans(lead: User) -> list[Plan]:
    """Plans of every kind the rule tells apart."""
    cases: dict[str, tuple[str, dt.date | None, list[tuple[dt.date, dt.date]]]] = {
        "never reviewed": ("early_help", None, []),
        "never reviewed, my plan": ("my_plan", None, []),
        "never reviewed, interim": ("interim_safety", None, []),
        "next date on the plan": ("early_help", TODAY + 3 * WEEK, [(TODAY - 5 * WEEK, TODAY + WEEK)]),
        "reviewed with a next date": ("early_help", None, [(TODAY - 9 * WEEK, TODAY - 3 * WEEK)]),
        "reviewed twice": (
            "early_help",
            None,
            [(TODAY - 12 * WEEK, TODAY - 6 * WEEK), (TODAY - 6 * WEEK, TODAY)],
        ),
        # A file's review with no next date is stored with its own date in its place.
        "next date is the review's own": ("early_help", None, [(TODAY - 2 * WEEK, TODAY - 2 * WEEK)]),
        # Reviewed again after the latest date set: a full cycle after that last review.
        "reviewed after the date set": (
            "my_plan",
            None,
            [(TODAY - 9 * WEEK, TODAY - 8 * WEEK), (TODAY - 4 * WEEK, TODAY - 5 * WEEK)],
        ),
    }
    plans = []
    for name, (plan_type, next_date, held) in cases.items():
        family = services.family_create(by=lead, family_name=name)
        plan = services.plan_start(family=family, by=lead, plan_type=plan_type, started_on=TODAY - 15 * WEEK)
        Plan.objects.filter(pk=plan.pk).update(next_review_date=next_date)
        for day, after in held:
            Review.objects.create(plan=plan, date=day, next_review_date=after, recorded_by=lead)
        plans.append(plan)
    return list(plan_parts(Plan.objects.filter(pk__in=[p.pk for p in plans])))


def test_the_query_and_the_checker_agree_on_every_kind_of_plan(lead: User) -> None:
    council = review_cycles(early_help_latest_weeks=10, my_plan_weeks=5)
    plans = _plans(lead)
    due = {plan.pk: review_due_on(plan, council) for plan in plans}

    assert due == {plan.pk: review_due(to_model(plan), council) for plan in plans}
    for day in sorted(set(due.values())):
        for first, last in ((day, day), (day - WEEK, day - dt.timedelta(days=1)), (None, day), (day, None)):
            expected = {
                pk for pk, d in due.items() if (first is None or d >= first) and (last is None or d <= last)
            }
            found = Plan.objects.filter(review_due_between(first, last, council))
            assert set(found.values_list("pk", flat=True)) == expected, (first, last)
        overdue = Plan.objects.filter(review_overdue(day, council)).values_list("pk", flat=True)
        assert set(overdue) == {pk for pk, d in due.items() if d < day}
