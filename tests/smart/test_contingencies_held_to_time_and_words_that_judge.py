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
