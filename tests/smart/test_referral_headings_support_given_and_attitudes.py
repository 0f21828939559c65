"""A referral written as a heading, support given to someone by name, a service's "input" had, and
an attitude as the measure of success."""

from __future__ import annotations

from familyplan.smart import Context, check_statement


def _rules(text: str, kind: str, who: str = "", when: str = "") -> set[str]:
    return {f.rule for f in check_statement(text, kind, context=Context(who=who, when=when))}


WORKER = "Owen Price, Family Support Worker, Brynmawr Family Centre"
WEEKLY = "Mondays from 11.01.2027, review 22.02.2027"


def test_a_referral_heading_is_a_referral_whatever_word_follows() -> None:
    assert "action-referral-only" in _rules(
        "Referral to the kinship carers service for Nain.", "action", WORKER, WEEKLY
    )
    what_it_brings = (
        "Referral to Home-Start for a volunteer who will take the twins to the park every Monday."
    )
    assert "action-referral-only" not in _rules(what_it_brings, "action", WORKER, WEEKLY)


def test_support_given_to_someone_named_is_still_only_support() -> None:
    assert "action-purposeless-verb" in _rules(
        "Owen will give Carys practical support.", "action", WORKER, WEEKLY
    )
    assert "action-purposeless-verb" not in _rules(
        "Owen will give Carys a lift to the job centre.", "action", WORKER, WEEKLY
    )


def test_input_from_a_service_had_is_the_service() -> None:
    assert "outcome-is-an-activity" in _rules(
        "Jac to receive physiotherapy input by the end of March.", "outcome"
    )


def test_an_attitude_is_a_standard_people_judge_differently() -> None:
    assert "subjective-standard" in _rules(
        "Dad will show a positive attitude to the contact visits by May.", "outcome"
    )
    assert "subjective-standard" in _rules("Mum will be a responsible parent by the review.", "outcome")
