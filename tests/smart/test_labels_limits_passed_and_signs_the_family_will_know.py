"""Notes as practitioners write them: a label before a dash, a limit passed before an arrow, a
process named in someone's job, people who act in the present tense; and the family's own sign of
change, going somewhere without help, and a referral with more done beside it (seeds 002, 004)."""

from __future__ import annotations

import pytest

from familyplan.smart import Context, check_statement

WORKER = Context(who="Tom Reed, Family Support Worker", when="Fri 15 Jan 2027")


def _rules(text: str, kind: str, context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, context=context) if context else check_statement(text, kind)
    return {f.rule for f in found if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "Goal - pass the driving theory test by 30 June 2027 (certificate).",
        'Jay: "I want my own money." Goal - open a bank account in his own name by 31 March 2027.',
    ],
)
def test_a_label_before_a_dash_is_not_the_outcome(text: str) -> None:
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_a_note_with_a_label_before_a_dash_says_what_is_done() -> None:
    text = (
        "Return mtg - agree 2 mornings a week at Hill High, a buddy, and a named adult to meet him on arrival"
    )
    assert "action-no-doing" not in _rules(text, "action", WORKER)


def test_a_limit_passed_before_an_arrow_sets_the_contingency_off() -> None:
    text = "Baby off feeds > 24 hrs -> Mum rings the surgery for a same-day appointment; Nan Joan takes them."
    assert "contingency-no-trigger" not in _rules(text, "contingency")


def test_a_process_named_in_someones_job_is_not_the_response() -> None:
    text = (
        "If nothing has changed by the 25.05.2027 review, Mum, Nan Joan and Uncle Ray will meet Ann Cole "
        "(Early Help Coordinator) to work out what more the family can do."
    )
    assert "contingency-process-only" not in _rules(text, "contingency")


def test_people_who_act_in_the_present_tense_are_the_response() -> None:
    text = (
        "If Jay misses two appointments in a row, Dan visits him at home with Mum before any breach is "
        "considered, and his sister Kim brings him to the next one herself."
    )
    assert "contingency-process-only" not in _rules(text, "contingency")


def test_a_process_still_alone_is_named() -> None:
    assert "contingency-process-only" in _rules(
        "If Jay misses his appointments, Jay returns to court for breach.", "contingency"
    )


def test_the_familys_own_sign_of_change_is_how_we_will_know() -> None:
    text = "\"I want a warm flat. I'll know it's happened when the new window is in and the walls stay white.\" - by March 2027."
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_a_feeling_as_the_sign_is_still_no_measure() -> None:
    text = "We want things calmer at home. We'll know it's worked when we feel better, by March 2027."
    assert _rules(text, "outcome") & {"outcome-no-measure", "outcome-improve-without-measure"}


def test_going_to_a_group_without_help_is_the_change() -> None:
    text = "Amina goes to the Monday baby group at the church hall with Lina on her own, 6 of 8 weeks by 01/03/27."
    assert "outcome-is-an-activity" not in _rules(text, "outcome")


def test_going_to_a_group_is_still_an_activity() -> None:
    assert "outcome-is-an-activity" in _rules(
        "Mum will attend the parenting group every week by March 2027.", "outcome"
    )


def test_a_referral_with_more_done_while_they_wait_is_not_only_a_referral() -> None:
    text = (
        "Refer Omar to the trauma therapy service after explaining it to him with an interpreter. While he "
        "waits, a weekly phone call to hear how he is sleeping and pass any worries to his GP."
    )
    assert "action-referral-only" not in _rules(text, "action", WORKER)


@pytest.mark.parametrize(
    "text",
    [
        "Refer Omar to the trauma service. Review at the next meeting.",
        "Refer Omar to the trauma service. Discuss at the next meeting.",
    ],
)
def test_a_referral_with_only_a_review_after_it_is_still_a_referral(text: str) -> None:
    assert "action-referral-only" in _rules(text, "action", WORKER)
