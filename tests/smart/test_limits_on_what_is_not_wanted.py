"""Outcomes that count down what is not wanted rather than say what is wanted instead (seed 002:
"describe what we want to 'achieve', rather than what is not wanted"), and the readings they rest on:
"is no longer" as a verb, and "up to" a date as a day rather than a level."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import check_statement
from familyplan.smart.reading import read

TODAY = dt.date(2026, 12, 7)


def _rules(text: str, kind: str = "outcome") -> set[str]:
    return {f.rule for f in check_statement(text, kind, today=TODAY) if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "Jay (10) is no longer late for school, with no late marks on the register between 4 January and "
        "12 February 2027.",
        "There are fewer arguments between Dad and Kian (12) at home, with Dad's diary showing two or fewer a "
        "week by 29.01.2027.",
        "Baby Rose will no longer sleep on the sofa with Mum, checked by the health visitor at each visit up to "
        "22.01.2027.",
        "Zak no longer misses school, with fewer than 3 absences this term by 12.02.2027.",
    ],
)
def test_a_count_of_what_is_not_wanted_does_not_say_what_is_wanted_instead(text: str) -> None:
    assert "outcome-negative" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zak is no longer missing school, with 95% attendance by 12.02.2027.",
        "Mia is no longer worried about school and says she feels 8 out of 10 by 29.01.2027.",
        "There are fewer than two arguments a week at home by 29.01.2027, as Mum notes in her diary.",
        "There will be less shouting at home, and Mum and Kian will sit down to eat together four nights a week "
        "by 29.01.2027.",
    ],
)
def test_what_is_wanted_instead_or_a_limit_to_keep_under_is_not_negative(text: str) -> None:
    assert "outcome-negative" not in _rules(text)


@pytest.mark.parametrize(
    ("text", "negated", "ended"),
    [
        ("Jay is no longer late for school.", False, True),
        ("Jay (10) is not late for school.", True, False),
    ],
)
def test_be_before_words_that_are_not_a_verb_is_the_verb(text: str, negated: bool, ended: bool) -> None:
    main = read(text, "outcome").main
    assert main is not None
    assert main.verb is not None
    assert (main.lemma, main.negated, main.ended) == ("be", negated, ended)


def test_up_to_a_date_is_a_day_not_a_level() -> None:
    reading = read("Mum will keep the sleep diary each night up to 22.01.2027.", "outcome")
    assert [kind for kind, *_ in reading.evidence if kind == "threshold"] == []
    reading = read("Jay will read at home up to 4 nights a week by 22.01.2027.", "outcome")
    assert [text for kind, _, _, text in reading.evidence if kind == "threshold"] == ["up to 4"]


def test_how_often_it_is_checked_is_not_what_is_wanted_instead() -> None:
    checked = (
        "Kyra (14) is no longer missing school on Mondays, with attendance checked weekly until 26.01.2027."
    )
    assert "outcome-negative" in _rules(checked)
    wanted = (
        "Kyra (14) is no longer missing school on Mondays, with her in class every Monday until 26.01.2027."
    )
    assert "outcome-negative" not in _rules(wanted)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Reduce the number of nights Leo (6) gets into his parents' bed from 6 a week to 2 by 29.01.2027.",
            True,
        ),
        ("Cut the number of days Jay is late for school from 4 a week to 1 by 29.01.2027.", True),
        ("Reduce Dad's drinking to 14 units a week by 29.01.2027, as he records in his drink diary.", False),
        (
            "Leo (6) sleeps in his own bed at least 5 nights a week by 29.01.2027, as Mum notes on his chart.",
            False,
        ),
    ],
)
def test_counting_down_what_is_not_wanted_is_negative(text: str, flagged: bool) -> None:
    assert ("outcome-negative" in _rules(text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Safa (11) keeps up her 98% attendance in Year 7 through to the end of the summer term 2027.", True),
        (
            "Sami (9) keeps up his good attendance at Greenfield Primary (currently 97%), reviewed 25.01.2027.",
            True,
        ),
        ("Ben keeps his attendance at 95% or more every half term until the review on 12.02.2027.", False),
    ],
)
def test_keeping_up_the_level_someone_has_now_is_already_achieved(text: str, flagged: bool) -> None:
    assert ("outcome-generic" in _rules(text)) is flagged
