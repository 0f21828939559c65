"""A figure that is only where things start ("improve from its current 78%") measures nothing; "before
Christmas" is when, not the situation a change is seen in; help that goes on ("do extra reading with
Joseph", "help Zara catch up") needs how often; and a record marked by the family is evidence."""

from __future__ import annotations

import pytest

from familyplan.smart import Context
from tests.smart.statements import needs_work

GOES_ON = Context(who="Mrs Ruth Bello (Class Teacher)", when="From 5 January 2027 (review 1 February 2027)")


def test_a_starting_figure_with_nowhere_to_reach_is_no_measure() -> None:
    text = "By 26 March 2027, Leah's attendance at Bramley Park Academy will improve from its current 78%."
    assert "outcome-improve-without-measure" in needs_work(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Leah's attendance will improve from 78% to 90% by 26 March 2027.",
        "Leah's attendance will go up from its current 78% to at least 90% by 26 March 2027.",
    ],
)
def test_a_starting_figure_and_the_one_to_reach_measure_it(text: str) -> None:
    assert not needs_work(text, "outcome")


def test_a_time_is_not_the_situation_a_change_is_seen_in() -> None:
    text = "Grace and her mum will be getting on well at home before Christmas."
    assert "outcome-no-measure" in needs_work(text, "outcome")


@pytest.mark.parametrize(
    "text",
    ["Mrs Bello will do extra reading with Joseph.", "Mum will help Zara (11) catch up on her reading."],
)
def test_help_that_goes_on_from_a_start_says_how_often(text: str) -> None:
    assert "action-no-how-often" in needs_work(text, "action", GOES_ON)


def test_a_one_off_task_done_needs_no_how_often() -> None:
    text = "Mrs Bello will do the application for free school meals with Mum."
    assert "action-no-how-often" not in needs_work(text, "action", GOES_ON)


def test_a_state_marked_by_the_family_in_a_record_is_evidence() -> None:
    text = (
        "Natalie and Sean will arrange handovers for Ellis (5) through the co-parenting app, with every handover "
        "on time and marked 'calm' by both parents in the app for the four weeks before the review on 01.02.2027."
    )
    assert "outcome-no-measure" not in needs_work(text, "outcome")


def test_a_state_spelt_out_between_dashes_as_what_is_done_and_how_often_is_measured() -> None:
    text = (
        "Gemma will be stable on her prescription - collecting it from the chemist every day and giving clear "
        "drug tests at her fortnightly checks - by 25 January 2027."
    )
    assert "outcome-no-measure" not in needs_work(text, "outcome")


def test_an_aside_with_no_how_often_spells_out_nothing_to_count() -> None:
    text = "Gemma will be stable on her prescription - collecting it from the chemist - by 25 January 2027."
    assert "outcome-no-measure" in needs_work(text, "outcome")


def test_practice_due_only_by_the_review_says_how_often() -> None:
    due = Context(who="Olena Kovalenko (Mum)", when="By the review on 25.01.2027")
    assert "action-no-how-often" in needs_work("Olena will practise English with Sofiia.", "action", due)
    on_days = "Olena will practise English with Sofiia for 15 minutes after tea on Mondays and Thursdays."
    assert "action-no-how-often" not in needs_work(on_days, "action", due)


def test_a_note_of_where_a_child_is_at_a_time_and_how_often_is_measured() -> None:
    text = "Marlon (13) home for tea by 6pm every school night by the review on 26.01.2027."
    assert "outcome-no-measure" not in needs_work(text, "outcome")
    assert "outcome-no-measure" in needs_work("Marlon (13) home more by the review on 26.01.2027.", "outcome")


def test_an_aside_that_only_goes_to_a_service_measures_nothing() -> None:
    text = "Mum will be coping better - going to her counselling sessions every week - by 25 January 2027."
    assert needs_work(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Jo will revise the safety plan with Mum and Nan Sue so it names who has the children if Mum is admitted.",
        "Jo will do the housing register application with Mum at the Hub.",
        "Mrs Bello will do the booking for Joseph's after-school club place.",
    ],
)
def test_one_off_paperwork_needs_no_how_often(text: str) -> None:
    assert "action-no-how-often" not in needs_work(text, "action", GOES_ON)


def test_exercises_said_with_whose_they_are_still_recur() -> None:
    assert "action-no-how-often" in needs_work("Dad will do his physio exercises.", "action", GOES_ON)


def test_a_routine_had_with_a_clause_about_it_is_still_a_quality() -> None:
    text = "By 22.01.2027 the children have a morning routine that works for the family."
    assert "outcome-no-measure" in needs_work(text, "outcome")
    assert "outcome-no-measure" not in needs_work(
        "By 22.01.2027 the children each have a bed that is their own in the new flat.", "outcome"
    )


def test_a_parent_marking_a_chart_is_evidence() -> None:
    text = "Aleksander (20 months) drinks all his milk from a free-flow cup by 26.02.2027, as Mum marks on the cup chart."
    assert "outcome-no-measure" not in needs_work(text, "outcome")
