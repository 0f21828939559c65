"""An outcome that is what every family wants for every child ("get a good education", "reach their
full potential") is not a change for this family (seed 002: outcomes "common to the population"),
unless it is only the plan's headline before what this child will do."""

from __future__ import annotations

import pytest

from tests.smart.statements import needs_work

GENERIC = "outcome-generic"


@pytest.mark.parametrize(
    "text",
    [
        "Esther will get a good education.",
        "All the children in the family get a good education by 30.06.2027.",
        "Mo (9) will go to school every day and reach his full potential by 30.06.2027.",
        "For the twins to achieve their potential at Oak Tree Primary by the end of the summer term.",
    ],
)
def test_what_every_child_needs_is_not_this_familys_outcome(text: str) -> None:
    assert GENERIC in needs_work(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Getting a good education: Jayden (13) is in school on at least 9 days out of 10 by 27.01.2027.",
        "Getting a good education - Noah (9) stays in class all morning on 4 days out of 5 by 05.02.2027.",
    ],
)
def test_as_a_headline_before_the_change_it_is_not_the_outcome(text: str) -> None:
    assert GENERIC not in needs_work(text, "outcome")


def test_a_level_kept_where_it_already_was_is_already_achieved() -> None:
    text = "By 26.03.2027 Poppy (8) will keep her school attendance at 97% or above, as it was all through the autumn term."
    assert GENERIC in needs_work(text, "outcome")


def test_a_level_kept_after_a_rise_is_the_change() -> None:
    text = "By 26.03.2027 Poppy (8) will keep her school attendance at 95% or above, up from 82% last term."
    assert GENERIC not in needs_work(text, "outcome")


def test_a_young_persons_own_aim_with_a_measure_is_theirs() -> None:
    text = (
        "I want to get a good education and go to college to be a vet - I will be in school every day and hand "
        "in all my homework by 26.03.2027."
    )
    assert GENERIC not in needs_work(text, "outcome")


def test_a_level_held_since_a_recent_change_is_a_gain_to_keep() -> None:
    text = "By 26.03.2027 Poppy (8) will keep her attendance at 95% or above, as it has been since she moved to Nan's in November."
    assert GENERIC not in needs_work(text, "outcome")


def test_a_home_kept_where_they_have_lived_for_years_is_already_theirs() -> None:
    text = (
        "The family keep their tenancy at Flat 3, Elm Court, where they have lived without problems for four "
        "years, until the next review on 09.02.2027."
    )
    assert GENERIC in needs_work(text, "outcome")


def test_a_home_kept_with_its_arrears_cleared_is_a_change() -> None:
    text = "The family keep their tenancy at Flat 3, Elm Court, with the rent arrears down from £900 to under £200 by 09.02.2027."
    assert GENERIC not in needs_work(text, "outcome")
