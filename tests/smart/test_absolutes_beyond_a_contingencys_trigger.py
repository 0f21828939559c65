"""In a contingency the trigger is the situation a safety rule is for, so "never" and "always" there are
most often rules kept every time ("he will never drive the children; Nan will always pick them up").
"Every time, however often it happens" promises more than anyone can give (seed 002: expectations
that are unachievable)."""

from __future__ import annotations

import pytest

from tests.smart.statements import needs_work

ABSOLUTE = "action-absolute"


def test_every_time_however_often_is_beyond_the_trigger() -> None:
    text = "If Tyler won't go to school, Dad will stay off work to take him in every time, however often it happens."
    assert ABSOLUTE in needs_work(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Mum has been drinking, Nan Carol will stay with the children at all times until Mum is sober.",
        "If Mum feels overwhelmed, she will never leave the children on their own and will always call Grandma first.",
        "If Dad has been drinking, he will never drive the children; Mum or Nan Sue will always pick them up.",
        "If Jayden talks about hurting himself, Mum will keep all tablets locked in the kitchen cupboard at all times.",
        "If the baby won't settle and Mum feels angry, she will always put him down in his cot and never shake him.",
        "If Ellie feels like hurting herself, she will wake Mum; Mum has said she'd always rather be woken.",
    ],
)
def test_safety_rules_for_the_trigger_are_not(text: str) -> None:
    assert ABSOLUTE not in needs_work(text, "contingency")
