"""Pledges of "never" and "always" in a contingency, benefits sanctioned as the response, contracts
to sign, blame for engagement, acronyms that are also words, help with someone's one thing, and a
contingency's worry set out under a heading (seeds 000, 002)."""

from __future__ import annotations

import pytest

from familyplan.smart import Context, check_statement

WORKER = Context(who="Amy Cole (Key Person)", when="Review 02.03.2027")


def _rules(text: str, kind: str, context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, context=context) if context else check_statement(text, kind)
    return {f.rule for f in found if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "If Sam misses class again, he will promise never to miss another and his brother Ali will make sure of it.",
        "If Lily wakes in the night, Mum will always be there and will never leave her on her own.",
    ],
)
def test_a_pledge_is_a_promise_nobody_can_keep_whatever_sets_it_off(text: str) -> None:
    assert "action-absolute" in _rules(text, "contingency")


def test_a_carers_rule_for_the_night_is_not_a_pledge() -> None:
    text = "If Lily wakes in the night, Mum will sit with her until she settles and never leave her alone while upset."
    assert "action-absolute" not in _rules(text, "contingency")


def test_benefits_sanctioned_is_a_process_not_help() -> None:
    text = "If the family miss the next Jobcentre appointment, their Universal Credit will be sanctioned."
    assert "contingency-process-only" in _rules(text, "contingency")


def test_signatures_to_an_attendance_contract_is_a_written_agreement() -> None:
    text = "If Sam misses more sessions, his parents will be asked to put their signatures to an attendance contract."
    assert "action-written-agreement" in _rules(text, "contingency")


def test_poor_engagement_and_failure_to_follow_advice_blame_the_family() -> None:
    text = "Despite Mum's poor engagement and failure to follow advice, the bedroom will be heated to 18C by 31.03.2027."
    assert "disrespectful-language" in _rules(text, "outcome")


def test_an_acronym_that_is_also_a_word_counts_when_the_catalogue_knows_it() -> None:
    assert "written-in-acronyms" in _rules(
        "Dev (6) to reach ARE in phonics with SALT input by 09.07.2027.", "outcome"
    )


def test_help_with_someones_one_thing_is_a_topic_not_a_task() -> None:
    assert "action-purposeless-verb" in _rules("Help Mum with Leo's talking.", "action", WORKER)


def test_help_with_someones_thing_and_how_is_a_task() -> None:
    text = "Help Mum with Leo's talking by showing her two games to play at bathtime."
    assert "action-purposeless-verb" not in _rules(text, "action", WORKER)


@pytest.mark.parametrize(
    "text",
    [
        "- What would worry us: Ben arriving at nursery hungry 3 days running - What happens: Nan Sue does the "
        "Thursday food shop with Mum",
        "Warning signs: Mia stops eating and stays in her room. Nan Rose will have her for the weekend.",
    ],
)
def test_a_worry_set_out_under_a_heading_sets_the_contingency_off(text: str) -> None:
    assert "contingency-no-trigger" not in _rules(text, "contingency")
