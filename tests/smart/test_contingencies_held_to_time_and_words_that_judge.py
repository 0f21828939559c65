"""A contingency's date can be beyond the child's timescale too, "follow this up" says no more than "follow
up", and words that call a parent chaotic or soft judge the family (seed 002)."""

from __future__ import annotations

import datetime as dt

from familyplan.smart import check_statement

TODAY = dt.date(2026, 12, 7)


def _rules(text: str, kind: str = "contingency") -> set[str]:
    return {f.rule for f in check_statement(text, kind, today=TODAY)}


def test_a_contingency_that_waits_more_than_a_year_is_beyond_the_childs_timescale() -> None:
    late = (
        "If Arjun is not back in school full time by July 2028, his aunt Priya will take him in each morning."
    )
    soon = "If Arjun is not back in school full time by 26 February 2027, his aunt Priya will take him in each morning."

    assert "when-beyond-timescale" in _rules(late)
    assert "when-beyond-timescale" not in _rules(soon)


def test_following_it_up_does_not_say_what_is_done() -> None:
    vague = "If Ayaan is late three times in a fortnight, Helen Doyle (Designated Safeguarding Lead) will follow this up."
    said = (
        "If Ayaan is late three times in a fortnight, Helen Doyle (Designated Safeguarding Lead) will ring Farida "
        "that day and Nan will walk him in for the next week."
    )

    assert "action-purposeless-verb" in _rules(vague)
    assert "action-purposeless-verb" not in _rules(said)


def test_calling_a_parent_chaotic_or_soft_judges_them() -> None:
    assert "disrespectful-language" in _rules(
        "If Grace carries on being chaotic at bedtime, her sister Ruth will come round at 7pm to help."
    )
    assert "disrespectful-language" in _rules(
        "Sian to stop mollycoddling Tyler and take him to football every Saturday.", "action"
    )
    assert "disrespectful-language" in _rules(
        "By 26 March 2027 Neda will get her act together and have Parisa at school by 8.50am on 9 days out of 10.",
        "outcome",
    )
    # A morning can be chaotic without anyone being blamed for it.
    assert "disrespectful-language" not in _rules(
        "If the morning is chaotic and Leo is not ready by 8.15am, Grandad will walk him to school.",
    )


def test_an_outcome_waiting_for_the_last_month_it_names_is_held_to_that_month() -> None:
    late = "Aram (10), out of school since he arrived in August, will be in full-time education by September 2028."
    soon = (
        "Aram (10), out of school since he arrived in August, will be in full-time education by March 2027."
    )

    assert "when-beyond-timescale" in _rules(late, "outcome")
    assert not {"when-beyond-timescale", "when-date-passed"} & _rules(soon, "outcome")


def test_visits_from_a_worker_or_short_breaks_received_are_a_service_not_a_change() -> None:
    assert "outcome-is-an-activity" in _rules(
        "The family will receive weekly visits from a Family Support Worker until 31.03.2027.", "outcome"
    )
    assert "outcome-is-an-activity" in _rules(
        "The Walsh family will receive six hours of short breaks a month from 1.02.2027.", "outcome"
    )
    assert "outcome-is-an-activity" not in _rules(
        "By 31.03.2027 Kerry will sleep through on the two nights a month Leo is at his short break.",
        "outcome",
    )


def test_needs_said_to_be_addressed_are_not_which_needs_or_how() -> None:
    assert "outcome-vague-word" in _rules(
        "Dmytro's emotional and mental health needs will be addressed by 30 April 2027.", "outcome"
    )


def test_a_contingency_that_only_says_what_would_follow_names_nobody_who_acts() -> None:
    assert "contingency-no-response" in _rules("If Mum is unwell, things will get worse for the children.")
    for acted in (
        "If the boiler breaks, the house will get cold and Nan will have the children that night.",
        "If Mum is unwell, the children will be looked after by Nan.",
        "If Mum is unwell, her sister Kim will take the children to school.",
    ):
        assert "contingency-no-response" not in _rules(acted)


def test_an_acronym_in_brackets_after_what_it_is_in_plain_words_is_explained() -> None:
    plain = "Sam will ring the children's mental health service (CAMHS) on 14.12.2026 to ask when Maya will be seen."
    bare = "Sam will ring CAMHS on 14.12.2026 to ask when Maya will be seen."
    role = "Sam will ring Jo (DSL) on 14.12.2026 to ask when Maya will be seen."

    assert "statement-acronym" not in _rules(plain, "action")
    assert "statement-acronym" in _rules(bare, "action")
    assert "statement-acronym" in _rules(role, "action")


def test_being_seen_by_a_service_named_in_plain_words_is_the_service_not_the_change() -> None:
    assert "outcome-is-an-activity" in _rules(
        "Freya will be seen by the children's mental health service (CAMHS) by 26.02.2027.", "outcome"
    )


def test_what_a_named_person_hears_or_notices_is_how_a_change_is_known() -> None:
    heard = (
        "Ifrah (5) will be asking in English for the toilet, a drink and help in class by 12 February 2027, "
        "as heard by her teacher Mrs Doyle."
    )

    assert "outcome-no-measure" not in _rules(heard, "outcome")
    assert "outcome-no-measure" in _rules(heard.replace(", as heard by her teacher Mrs Doyle", ""), "outcome")
