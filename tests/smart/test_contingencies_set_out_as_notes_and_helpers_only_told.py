"""Contingencies written as questions, under headings, or with brackets in their trigger; helpers
left unnamed when the only person named is told afterwards; and what a family may have to do,
said in the trigger, is not a direction."""

from __future__ import annotations

import pytest

from familyplan.smart import check_statement


def _rules(text: str, kind: str = "contingency") -> set[str]:
    return {f.rule for f in check_statement(text, kind)}


@pytest.mark.parametrize(
    "text",
    [
        "Bus from the B&B late again? Grandad Alun drives Cerys to school those mornings.",
        "Trigger: Osian's meltdown lasts more than half an hour. Nain Eirlys takes his sister to hers.",
    ],
)
def test_a_question_or_a_trigger_heading_sets_it_off(text: str) -> None:
    assert "contingency-no-trigger" not in _rules(text)


def test_a_comma_in_brackets_does_not_end_the_trigger() -> None:
    text = "If a letter looks urgent (red print, a court or the council), Dawit sends a photo of it to his cousin Selam."
    assert "contingency-process-only" not in _rules(text)


def test_what_the_family_may_have_to_do_in_the_trigger_is_not_a_direction() -> None:
    text = "If the family must move out when the tenancy ends, Uncle Tariq will have them at his house."
    assert "action-restriction" not in _rules(text)
    assert "action-restriction" in _rules("Dad must move out if he drinks again.")


@pytest.mark.parametrize(
    "text",
    [
        "If Gran cannot have the children, other carers will be found.",
        "If Mum is in hospital, a relative will have the twins and tell Sara Hughes, Health Visitor.",
        "If Dad is ill, someone will take Jac to school and let Ffion Rees, Family Support Worker, know.",
    ],
)
def test_a_helper_left_unnamed_is_asked_for_even_when_a_worker_is_told(text: str) -> None:
    assert "contingency-helper-unnamed" in _rules(text)


def test_someone_in_the_trigger_is_not_the_help() -> None:
    text = "If someone Kai does not know messages him, he will tell Mr Hussain, Pastoral Lead."
    assert "contingency-helper-unnamed" not in _rules(text)


def test_excuses_blame_the_family() -> None:
    assert "disrespectful-language" in _rules("Dad to stop making excuses about the school run.", "action")


def test_the_year_of_a_holiday_is_not_a_measure() -> None:
    rules = _rules("By the end of the Easter holidays 2027 Mali is happier at home.", "outcome")
    assert rules & {"outcome-no-measure", "outcome-improve-without-measure"}


def test_the_family_in_a_workers_role_is_not_the_family_left_unnamed() -> None:
    text = "If we start rowing, Dad will take me for a walk, and we will tell Sarah, our family worker, at her visit."
    assert "contingency-helper-unnamed" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    ["Who can help? Nan Pat will have the children.", "Using the bus -> Nan meets Leo at the stop."],
)
def test_a_question_of_who_or_an_arrangement_before_an_arrow_is_no_trigger(text: str) -> None:
    assert "contingency-no-trigger" in _rules(text)


def test_a_young_persons_aim_not_to_come_home_late_is_not_a_restriction() -> None:
    text = "By 30.06.2027 Ruby will not return home after 10pm on school nights, as the family diary shows."
    assert "action-restriction" not in _rules(text, "outcome")
