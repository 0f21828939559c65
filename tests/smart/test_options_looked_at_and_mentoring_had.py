"""A response that only promises to think again, and an outcome that is a service had."""

from __future__ import annotations

import pytest

from familyplan.smart import check_statement


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in check_statement(text, kind)}


@pytest.mark.parametrize(
    "text",
    [
        "If the new bedtime routine is not working by half term, we will look at other options.",
        "If Josh stops going to football, Dad will try something different.",
    ],
)
def test_looking_at_options_says_nothing_of_what_will_be_done(text: str) -> None:
    assert "action-purposeless-verb" in _rules(text, "contingency")


def test_a_response_that_says_what_is_done_is_not_vague() -> None:
    text = "If the new bedtime routine is not working by half term, Nan will do bedtimes on Fridays."
    assert "action-purposeless-verb" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "Ruby to have one-to-one time with the learning mentor every Monday until Easter.",
        "Ali will have maths tutoring twice a week until the summer term.",
    ],
)
def test_mentoring_or_tutoring_had_is_the_service_not_the_change(text: str) -> None:
    assert "outcome-is-an-activity" in _rules(text, "outcome")


def test_what_the_mentoring_changes_is_the_outcome() -> None:
    text = "Ruby will hand in her maths homework on time at least 4 weeks in 5 by Easter."
    assert "outcome-is-an-activity" not in _rules(text, "outcome")
