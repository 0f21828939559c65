"""A contingency written as a note: "something going wrong -> what happens then"."""

from __future__ import annotations

import pytest

from familyplan.smart import check_statement


def _rules(text: str) -> set[str]:
    return {f.rule for f in check_statement(text, "contingency")}


@pytest.mark.parametrize(
    "text",
    [
        "Dad poorly \u2192 Auntie Bev picks the twins up from nursery and gives them tea.",
        "Mam can't get up for work -> Grandad Phil walks Seren to school.",
        "Lily still not sleeping by March => Mum and Dad ask Jo Hart (Health Visitor) for a sleep clinic place.",
    ],
)
def test_something_going_wrong_before_an_arrow_sets_it_off(text: str) -> None:
    assert "contingency-no-trigger" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grandad Phil has the twins Tue->Thu after nursery.",
        "Easter holidays -> Auntie Bev has the twins while Dad works.",
        "Auntie Bev will have the twins on Saturdays => Dad gets a lie-in.",
    ],
)
def test_times_and_arrangements_around_an_arrow_are_not_a_trigger(text: str) -> None:
    assert "contingency-no-trigger" in _rules(text)


def test_what_follows_the_arrow_is_the_response() -> None:
    assert "contingency-process-only" in _rules("Mum using again -> case stepped up to social care.")


def test_the_days_it_happens_set_it_off_whichever_article_they_take() -> None:
    text = "On any morning Cerys will not get up for school, Taid will come round and walk her in."
    assert "contingency-no-trigger" not in _rules(text)
