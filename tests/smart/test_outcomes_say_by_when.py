"""An outcome says by when it will be achieved (seed 002: "clear timescales for actions and
intended outcomes"): a date, a point the family knows or a span; a pattern kept says how, not by when."""

from __future__ import annotations

import pytest

from familyplan.smart import check_statement


def _undated(text: str) -> bool:
    return any(f.rule == "outcome-no-timescale" for f in check_statement(text, "outcome"))


@pytest.mark.parametrize(
    "text",
    [
        "Kayla's attendance will go up from 78% to 92%.",
        "Aisha will rate how worried she is about school at 4 out of 10 or less.",
        "Callum will be back on his growth line.",
        "Dad will be bedtime-ready by 8pm and read Ellie a story.",  # a time of day, not a deadline
        "Noah will be off the waiting list as soon as possible.",
        # A pattern kept is the measure; the seed asks "a definitive timescale for completion".
        "Rosie will be in bed by 8pm on at least five school nights a week.",
        "Tamsin will walk to school with her friend on at least three days a week.",
    ],
)
def test_an_outcome_held_to_no_time_is_asked_for_one(text: str) -> None:
    assert _undated(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kayla's attendance will go up from 78% to 92% by 26.03.2027.",
        "By the May review Aisha will rate how worried she is about school at 4 out of 10 or less.",
        "Callum will be back on his growth line by his two-year check.",
        "Leo will be dry in the day by the time he starts nursery.",
        "Mum and the twins will be in their own flat before Christmas.",
        "Sam will have had no police call-outs for six weeks in a row.",
        "Rosie will be in bed by 8pm on at least five school nights a week by the March review.",
        "Priya will be at her birth weight by 14 days old.",
        "If Tia feels a lesson is too much, she will use her card and be back in class within 10 minutes.",
        "The family will pay the rent in full each month between February and May.",
    ],
)
def test_a_date_a_point_or_a_span_is_a_timescale(text: str) -> None:
    assert not _undated(text)


def test_a_timescale_in_the_goals_measure_of_success_counts_in_a_plan() -> None:
    from familyplan.plan.models import Goal, Plan
    from familyplan.smart import check_plan

    goal = Goal(outcome="Kayla's attendance will go up from 78% to 92%.")
    measured = Goal(
        outcome=goal.outcome, measure_of_success="School register, by the end of the spring term."
    )

    def rules(goal: Goal) -> set[str]:
        return {f.rule for f in check_plan(Plan(family_name="Smith", goals=[goal])).findings}

    assert "outcome-no-timescale" in rules(goal)
    assert "outcome-no-timescale" not in rules(measured)


def test_a_timescale_that_moves_is_asked_to_be_a_date() -> None:
    rules = {
        f.rule for f in check_statement("Ffion will be sleeping in her own bed within 10 weeks.", "outcome")
    }
    assert "outcome-relative-timescale" in rules
    assert "outcome-no-timescale" not in rules
    dated = "Ffion will be sleeping in her own bed within 10 weeks, by 14.04.2027."
    assert "outcome-relative-timescale" not in {f.rule for f in check_statement(dated, "outcome")}


def test_there_being_none_of_something_is_what_is_not_wanted() -> None:
    text = "By 30.06.2027 there will be no arguments at handovers, as both parents say."
    assert "outcome-negative" in {f.rule for f in check_statement(text, "outcome")}
    limit = "By 14.05.2027 there will be no more than one late night a week, as the diary shows."
    assert "outcome-negative" not in {f.rule for f in check_statement(limit, "outcome")}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Mum will be managing better in terms of money.", "outcome-no-timescale"),
        ("Osian will sleep in his own bed when everyone leaves.", "outcome-no-timescale"),
        ("Mum will rate her mood at 7 out of 10 by the next review.", "outcome-relative-timescale"),
        ("Within 8 weeks Jac will be walking to school on his own.", "outcome-relative-timescale"),
    ],
)
def test_words_that_look_like_a_timescale_but_are_not_one_that_stays(text: str, rule: str) -> None:
    assert rule in {f.rule for f in check_statement(text, "outcome")}
