"""A Supporting Families headline before a colon is the goal's heading, however it reads on its own
("Children safe from abuse and exploitation: ..."), so the statement after it is the one judged; and
"have fewer arguments" counts down what is not wanted (seed 002: say what is wanted instead)."""

from __future__ import annotations

import pytest

from tests.smart.statements import needs_work

NEGATIVE = "outcome-negative"


def test_after_a_headline_the_statement_itself_is_judged() -> None:
    text = (
        "Children safe from abuse and exploitation: Tyrese (14) is not out after 9pm on school nights, on at "
        "least 6 nights out of 7, by 01.02.2027."
    )
    assert NEGATIVE in needs_work(text, "outcome")


def test_after_a_headline_a_good_statement_is_good() -> None:
    text = (
        "Children safe from abuse and exploitation: Tyrese (14) is home by 9pm on school nights, on at least 6 "
        "nights out of 7, by 01.02.2027."
    )
    assert not needs_work(text, "outcome")


def test_fewer_of_what_is_not_wanted_is_not_what_is_wanted() -> None:
    text = "Shannon and Bridget have fewer arguments about Patrick's bedtime, down to once a week at most by 28.01.2027."
    assert NEGATIVE in needs_work(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Ben has fewer panic attacks in class, and goes to every lesson on 4 days a week by 28.01.2027.",
        "Ben has fewer than 3 late marks each half term by 28.01.2027.",
    ],
)
def test_fewer_with_what_is_wanted_or_as_a_limit_is_not(text: str) -> None:
    assert NEGATIVE not in needs_work(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "By 05.02.2027 Reuben (9) is late for school no more than once a fortnight.",
        "Reece (13) is sent home from school early fewer than two times between now and 26.03.2027.",
    ],
)
def test_a_limit_on_what_is_not_wanted_is_not_what_is_wanted(text: str) -> None:
    assert NEGATIVE in needs_work(text, "outcome")


def test_a_limit_after_what_is_wanted_is_a_measure_of_it() -> None:
    text = "By 05.02.2027 Reuben (9) is in the classroom by 8.50am every day, and late no more than once a fortnight."
    assert NEGATIVE not in needs_work(text, "outcome")
