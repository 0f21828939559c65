"""A promise never to feel or react is one nobody can keep, whatever the situation; a contingency put
off for later is none yet; a warning of what services will do is no help; an outcome that is only
"no more" of something says what is not wanted. A helper named with a title acts, and a note's
trigger may open with a bullet."""

from __future__ import annotations

import pytest

from familyplan.smart import check_statement


def _rules(text: str, kind: str = "contingency") -> set[str]:
    return {f.rule for f in check_statement(text, kind)}


@pytest.mark.parametrize(
    "text",
    [
        "Mia will never lose her temper when it is time to come off her tablet.",
        "Dad will never shout at the boys when he is tired after work.",
    ],
)
def test_a_promise_never_to_react_is_one_nobody_can_keep(text: str) -> None:
    assert "action-absolute" in _rules(text, "action")


def test_a_carers_safety_rule_for_a_situation_is_not_such_a_promise() -> None:
    assert "action-absolute" not in _rules("Mum will never leave Alfie alone in the bath.", "action")


@pytest.mark.parametrize(
    "text",
    ["Contingency plan to be agreed once the new flat is sorted.", "To be discussed at the next meeting."],
)
def test_a_contingency_put_off_is_none_yet(text: str) -> None:
    assert "contingency-missing" in _rules(text)


def test_a_contingency_that_says_it_will_be_agreed_and_what_it_is_is_one() -> None:
    text = "Contingency plan to be agreed with Nan on Friday: Nan will have the children if Mum is admitted."
    assert "contingency-missing" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "If Dad breaches his licence, Probation will recall him to prison.",
        "If the rent is not paid, Kerry should understand that the housing team will have to take further action.",
    ],
)
def test_a_warning_of_what_services_will_do_is_a_process_not_help(text: str) -> None:
    assert "contingency-process-only" in _rules(text)


@pytest.mark.parametrize(
    "text", ["No more shouting at bedtime.", "No further fixed-term exclusions this year."]
)
def test_an_outcome_of_no_more_says_only_what_is_not_wanted(text: str) -> None:
    assert "outcome-negative" in _rules(text, "outcome")


def test_no_more_than_is_a_limit_to_keep_under() -> None:
    text = "No more than two late marks each half term at Oak Road Primary, from the register, by July 2027."
    assert "outcome-negative" not in _rules(text, "outcome")


def test_a_helper_named_with_a_title_acts() -> None:
    text = (
        "If the family have to leave the B&B before the flat is ready, Mrs Osei will ring Dana Hill "
        "(Housing Officer) that day, and the council will pay for another room until it is."
    )
    assert "contingency-process-only" not in _rules(text)


def test_a_notes_trigger_may_open_with_a_bullet() -> None:
    text = "• Tom not up and dressed by 8am on a school day → Dad rings Grandma Sue, who drives him in"
    assert "contingency-no-trigger" not in _rules(text)
