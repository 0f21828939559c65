"""A scale's range is no score to reach; "regularly" leaves how often unsaid whatever date follows;
an outcome that opens with what will not be there is framed by what is not wanted; and a job with
"and" in it keeps its agency in brackets (seeds 000, 002, 004)."""

from __future__ import annotations

import pytest

from familyplan.plan.who_cells import parse_who
from familyplan.smart import check_statement


def _rules(text: str, kind: str = "outcome") -> set[str]:
    return {f.rule for f in check_statement(text, kind) if f.severity.needs_work}


def test_a_scales_range_is_no_score_to_reach() -> None:
    text = "Kelly's confidence with bath times will improve, scored by Kelly on a 0-10 scale at the 02.03.2027 review."
    assert _rules(text) & {"outcome-improve-without-measure", "outcome-no-measure"}


@pytest.mark.parametrize(
    "text",
    [
        "Kelly will rate her confidence with bath times 7 or more on a 0-10 scale by the 02.03.2027 review.",
        "Kelly's score on the 1-10 scale goes from 3 to 7 by March 2027.",
    ],
)
def test_a_score_to_reach_on_a_scale_is_a_measure(text: str) -> None:
    assert not _rules(text) & {"outcome-improve-without-measure", "outcome-no-measure"}


def test_regularly_leaves_how_often_unsaid_whatever_date_follows() -> None:
    text = "Mia and Jack will see their dad regularly, with how many visits talked about at the 13.04.2027 review."
    assert "outcome-no-measure" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "No damp patches on the children's bedroom wall when the landlord's surveyor visits by 31.03.2027.",
        "No missed nursery sessions for Alfie between January and the end of March 2027.",
    ],
)
def test_an_outcome_opening_with_what_will_not_be_there_is_negative(text: str) -> None:
    assert "outcome-negative" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "No later than 31 March 2027, Mum will have her own bank account, as her statement shows.",
        "No more than one late mark a week for Tia from January to the Easter holidays 2027, on the register.",
    ],
)
def test_a_deadline_or_a_limit_opening_with_no_is_not_negative(text: str) -> None:
    assert "outcome-negative" not in _rules(text)


@pytest.mark.parametrize(
    ("cell", "roles"),
    [
        (
            "Sophie Grant, Speech and Language Therapist (Youth Justice Service)",
            ["Speech and Language Therapist (Youth Justice Service)"],
        ),
        (
            "Sue Ray, Drug and Alcohol Worker (Turning Point) and Dad",
            ["Drug and Alcohol Worker (Turning Point)", ""],
        ),
    ],
)
def test_a_job_with_and_in_it_keeps_its_agency_in_brackets(cell: str, roles: list[str]) -> None:
    assert [p.role for p in parse_who(cell)] == roles
    assert "who-role-without-name" not in _rules(cell, "who")
