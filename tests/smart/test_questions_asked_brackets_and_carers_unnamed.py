"""What is asked or shown is no target ("ask Hannah what has got better", "show Mum how often");
a bracket after the subject is an aside, not a list's "6)"; "a carer will be found" names nobody,
and a service's own name ("Little Acorns Family Hub") is not "the family"; a referral offered is
still only a referral."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_statement, explain_statement

TODAY = dt.date(2026, 12, 6)
WORKER = Context(who="Beth Chan, Early Help Worker, Northgate Family Hub", when="By 10.02.2027")


def needs_work(text: str, kind: str, context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, today=TODAY, context=context or Context())
    return {f.rule for f in found if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "Beth will ask Leah on her own at school what has got better at home and write it down in her words.",
        "The nurse will show Dad how much cream to use and how often, and give him a written plan.",
    ],
)
def test_what_is_asked_or_shown_is_not_a_vague_target(text: str) -> None:
    assert not needs_work(text, "action", WORKER) & {"action-vague-comparative", "action-vague-how-often"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Beth will ask Leah what would help and then give her more support.", "action-vague-comparative"),
        ("Dad will ring Nan more often.", "action-vague-how-often"),
    ],
)
def test_a_vague_amount_of_what_is_done_is_still_vague(text: str, rule: str) -> None:
    assert rule in needs_work(text, "action", WORKER)


def test_a_bracket_after_the_subject_is_an_aside_not_a_list() -> None:
    reading = explain_statement(
        "Tia and Rudy (both 7) have breakfast at home every school day by 05.03.2027.", "outcome", today=TODAY
    ).reading
    slots = {slot.name: slot.text for slot in reading.slots}

    assert slots["who"] == "Tia and Rudy (both 7)"
    assert slots["change"].startswith("have breakfast at home")


@pytest.mark.parametrize(
    "text",
    [
        "If Nan cannot have the children, another carer will be identified.",
        "Should the weekend plan with Grandad break down, a carer will be found.",
    ],
)
def test_a_carer_to_be_found_names_nobody(text: str) -> None:
    assert "contingency-helper-unnamed" in needs_work(text, "contingency")


def test_a_services_own_name_is_not_the_family_left_unnamed() -> None:
    text = "If I feel I am going to lose it, I'll ring my mum; if it keeps happening I'll tell Jo at Oak Tree Family Hub."
    assert "contingency-helper-unnamed" not in needs_work(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "Mum will be offered a referral to the Family Hub for a parenting course.",
        "Beth will offer Mum a referral to the Family Hub.",
    ],
)
def test_a_referral_offered_is_only_a_referral(text: str) -> None:
    assert "action-referral-only" in needs_work(text, "action", WORKER)


@pytest.mark.parametrize(
    "text",
    [
        "Dad will ask the school how he can support Leah more.",
        "Beth will tell Mum what she needs to do better.",
        "Mrs March will explain to Leah how she can behave better in class.",
    ],
)
def test_what_someone_is_told_to_do_more_or_better_is_still_vague(text: str) -> None:
    assert "action-vague-comparative" in needs_work(text, "action", WORKER)


def test_a_parent_who_becomes_a_carer_is_named() -> None:
    text = "If Mum goes into hospital, Dad will take leave from work and be a carer for the children until she is home."
    assert "contingency-helper-unnamed" not in needs_work(text, "contingency")
