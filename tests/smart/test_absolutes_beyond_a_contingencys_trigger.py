"""In a contingency the trigger is the situation a safety rule is for, so one "never" is often a rule
kept every time. Promises stacked one on another, one kept "at all times" with no end, or "every time,
however often it happens", go beyond it (seed 002: "I will never drink again")."""

from __future__ import annotations

import pytest

from tests.smart.statements import needs_work

ABSOLUTE = "action-absolute"


@pytest.mark.parametrize(
    "text",
    [
        "If Dad comes back, Mum will never let him in and will always ring the police straight away; Nan Pauline will come and stay.",
        "If Jamie is upset about his dad, he will always tell Mum straight away, and Mum will never let him go to bed without talking it through.",
        "If the boys fight again, Mum will keep them apart at all times, and Nan will have Ali for the weekend.",
        "If Tyler won't go to school, Dad will stay off work to take him in every time, however often it happens.",
    ],
)
def test_promises_beyond_the_trigger_are_absolutes(text: str) -> None:
    assert ABSOLUTE in needs_work(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Mum has been drinking, Nan Carol will stay with the children at all times until Mum is sober.",
        "If Mum feels overwhelmed, she will never leave the children on their own and will always call Grandma first.",
        "If Ellie feels like hurting herself, she will wake Mum; Mum has said she'd always rather be woken.",
        "If Grace and Marcus row, Grace goes to her Nan's across the road (Nan says she's always welcome to stay).",
    ],
)
def test_a_rule_for_the_trigger_or_what_someone_says_of_it_is_not(text: str) -> None:
    assert ABSOLUTE not in needs_work(text, "contingency")
