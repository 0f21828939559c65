"""A parent only reminded or warned is done to, not stepping in; "as assessed by" names who judges an
outcome; "nice and tidy" is a standard people judge differently; and what repairs "must" be done by
is a date for a thing, not a direction to a person."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_statement

TODAY = dt.date(2026, 12, 6)


def needs_work(text: str, kind: str, context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, today=TODAY, context=context or Context())
    return {f.rule for f in found if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "If the bedtime routine slips, Mum will be reminded of it.",
        "If the bedtime routine slips, Dad will be warned.",
    ],
)
def test_a_parent_only_reminded_or_warned_is_not_someone_stepping_in(text: str) -> None:
    assert "contingency-no-network" in needs_work(text, "contingency")


def test_an_outcome_judged_by_a_named_professional_has_its_measure() -> None:
    text = "Ava's speech will be clear enough for her key worker to follow by 01.07.2027, as assessed by her therapist."
    assert "outcome-no-measure" not in needs_work(text, "outcome")


def test_nice_and_tidy_is_a_standard_people_judge_differently() -> None:
    home = Context(who="Mum (Jo)", when="Every day (review 19.02.2027)")
    assert "subjective-standard" in needs_work("Keep the bedrooms nice and tidy.", "action", home)


def test_the_date_repairs_must_be_done_by_is_no_direction_to_a_person() -> None:
    officer = Context(who="Sam Kerr, Environmental Health Officer", when="By 27.01.2027")
    text = "Write to the landlord listing the repairs and the date they must be done by, and send Mum a copy."
    assert "action-restriction" not in needs_work(text, "action", officer)


VISITOR = Context(who="Kate Ellis, Health Visitor", when="Fortnightly from 13.01.2027 (review 24.02.2027)")


@pytest.mark.parametrize(
    "text",
    [
        "Phone Dad once a fortnight to see how things are going.",
        "Kate will visit every fortnight to catch up.",
    ],
)
def test_a_worker_in_touch_only_to_hear_how_things_are_is_not_purposeful(text: str) -> None:
    assert "action-purposeless-verb" in needs_work(text, "action", VISITOR)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Kate will ring Dad every Monday to see how he is getting on and help him plan the week.", VISITOR),
        (
            "Nan will ring Dad every evening at 7pm to see how he is.",
            Context(who="Nan (Pat)", when=VISITOR.when),
        ),
    ],
)
def test_hearing_how_things_are_and_acting_on_it_or_a_relatives_call_is_purposeful(
    text: str, who: Context
) -> None:
    assert "action-purposeless-verb" not in needs_work(text, "action", who)
