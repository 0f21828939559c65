"""A condition may run long before its comma, and what it fears ("might fall asleep") is the trigger's,
not a hedge on what will be done; a name that is also a word ("Lily", "Jay") opens a sentence."""

from __future__ import annotations

import pytest

from tests.smart.statements import needs_work, slots


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "If I'm so tired at night that I might fall asleep with Ava on the sofa, I'll wake Jordan to "
            "take over the feed.",
            "If I'm so tired at night that I might fall asleep with Ava on the sofa",
            "I'll",
        ),
        (
            "If Jess is so tired at night that she might fall asleep with the baby on the sofa, she will "
            "wake her partner.",
            "If Jess is so tired at night that she might fall asleep with the baby on the sofa",
            "she",
        ),
        (
            "When Dad gets home from his night shift at the warehouse and the children are still asleep, "
            "he will sleep until noon.",
            "When Dad gets home from his night shift at the warehouse and the children are still asleep",
            "he",
        ),
    ],
)
def test_a_long_condition_ends_at_its_comma(text: str, trigger: str, who: str) -> None:
    read = slots(text, "contingency")
    assert read["if"] == trigger
    assert read["who"] == who
    assert "action-intention" not in needs_work(text, "contingency")


def test_a_main_clause_before_a_late_comma_is_still_found() -> None:
    text = (
        "If Mum is ill Nan will collect the children from school and keep them at hers all week and "
        "overnight, then Dad will ring."
    )
    assert slots(text, "contingency")["if"] == "If Mum is ill"


def test_a_hedge_in_what_is_done_is_still_named() -> None:
    text = (
        "If Jess is so tired at night that she cannot stay awake with the baby, she might wake her partner."
    )
    assert "action-intention" in needs_work(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "Lily takes her inhaler morning and night every day by 22.01.2027.",
        "Amir (10) uses his preventer inhaler every day, ticked on his chart, by 22.01.2027.",
        "Jay goes to school every day by 22.01.2027.",
        "Holly (7) walks her dog with Mum after school every day by 22.01.2027.",
    ],
)
def test_a_name_that_is_also_a_word_opens_an_outcome(text: str) -> None:
    read = slots(text, "outcome")
    assert read["who"] == text.split(" (")[0].split(" ")[0]
    assert "outcome-no-measure" not in needs_work(text, "outcome")


def test_a_plural_topic_before_a_place_is_still_a_topic() -> None:
    # Nothing acts on anyone here: "visits" is what the action is about.
    assert "who" not in slots("Home visits to the family every fortnight.", "action")


@pytest.mark.parametrize(
    "text",
    [
        "Kelly has been told that if Freddie misses any more hospital appointments, this will be treated as "
        "neglect and reported.",
        "If the children keep going to school hungry, Mum has been made aware it will become a safeguarding "
        "matter.",
    ],
)
def test_a_warning_of_what_will_be_reported_is_no_plan(text: str) -> None:
    assert "contingency-a-warning" in needs_work(text, "contingency")


def test_what_someone_knows_they_can_do_is_their_plan() -> None:
    text = "If Mum keeps missing appointments, she knows that she can ring Jo to rearrange them."
    assert "contingency-a-warning" not in needs_work(text, "contingency")
