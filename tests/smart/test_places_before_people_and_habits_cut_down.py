"""Who cells that name the place before the person, days written as a pair, going with someone to
their appointment, watching written down, habits cut down, the year of a point in the year, and
talking someone through a plan."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.plan.parsing import parse_when
from familyplan.smart import Context, check_statement

TODAY = dt.date(2026, 12, 6)


def needs_work(text: str, kind: str, context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, today=TODAY, context=context or Context())
    return {f.rule for f in found if f.severity.needs_work}


@pytest.mark.parametrize(
    "who",
    [
        "Oakfield Primary (Mr Dean, Head of Year 4)",
        "School (Miss Kaur, Year 2 Teacher)",
        "Dad (Lee) and School (Mrs Webb)",
    ],
)
def test_a_place_then_who_there_does_it_is_a_named_person(who: str) -> None:
    assert needs_work(who, "who") == set()


def test_a_place_with_only_a_job_after_it_still_names_nobody() -> None:
    assert needs_work("School (class teacher)", "who") & {"who-organisation", "who-role-without-name"}


@pytest.mark.parametrize("when", ["Tue & Fri", "Mon/Thurs", "Wed + Sat"])
def test_two_days_written_as_a_pair_happen_each_week_and_need_a_review(when: str) -> None:
    assert parse_when(when).recurrence == when
    assert "when-recurring-without-review" in needs_work(when, "when")


def test_one_day_alone_is_still_a_day() -> None:
    assert parse_when("Thursday").recurrence == ""


def test_going_with_someone_to_their_appointment_is_taking_them_there() -> None:
    worker = Context(who="Dee Mistry, Family Support Worker", when="By 19.01.2027")
    assert "action-referral-only" not in needs_work(
        "Dee will go with Carly to the debt advice appointment at the library.", "action", worker
    )
    family = Context(who="Mum", when="By 19.01.2027")
    assert "action-referral-only" not in needs_work(
        "Mum will go with Reece to his dentist appointment.", "action", family
    )
    # Going along together to a course is still only the course.
    assert "action-referral-only" in needs_work(
        "Mum will go with Dad to the parenting course.", "action", family
    )


@pytest.mark.parametrize(
    "then", ["and keep a log", "and record it on the school system", "and note any changes"]
)
def test_watching_and_writing_it_down_is_still_only_watching(then: str) -> None:
    context = Context(who="Mr Grant, Learning Mentor, Hill Top Academy", when="Daily – review 26.02.2027")
    text = f"Mr Grant will monitor Kacey's behaviour at lunchtimes {then}."
    assert "action-purposeless-verb" in needs_work(text, "action", context)


@pytest.mark.parametrize(
    "text",
    [
        "Dad will cut down his smoking.",
        "Mum will cut back on energy drinks.",
        "Kyle will cut down his gaming time.",
    ],
)
def test_a_habit_cut_down_is_the_change_wanted_not_a_step(text: str) -> None:
    context = Context(who="Dad", when="By 31.03.2027")
    assert "action-is-an-outcome" in needs_work(text, "action", context)


def test_cutting_down_a_thing_is_a_job_done() -> None:
    context = Context(who="Uncle Sam", when="By 31.03.2027")
    assert "action-is-an-outcome" not in needs_work(
        "Uncle Sam will cut down the dead tree in the yard.", "action", context
    )


def test_the_year_of_a_point_in_the_year_is_no_measure() -> None:
    text = "Dad will handle bedtimes better by Christmas 2027."
    assert "outcome-improve-without-measure" in needs_work(text, "outcome")


def test_talking_someone_through_a_plan_is_heard_done() -> None:
    text = "Jade will be able to talk her worker through her family's fire escape plan by 12.02.2027."
    assert "outcome-no-measure" not in needs_work(text, "outcome")
