"""A commitment hedged by an adverb ("will hopefully", "Ideally, Dad will") is not agreed (seed 001);
a family only written to is told, and nobody in its network steps in; a course from a date for
some weeks ends on a day the plan can hold it to."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_cells, check_statement

TODAY = dt.date(2026, 12, 6)
DAD = Context(who="Dad", when="Every Monday from 04.01.2027 until the review on 01.03.2027")


def findings(text: str, kind: str, context: Context | None = None) -> dict[str, str]:
    found = check_statement(text, kind, today=TODAY, context=context or Context())
    return {f.rule: f.text for f in found if f.severity.needs_work}


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("If Mum is admitted, Nan will hopefully have the children at hers.", "will hopefully"),
        ("Hopefully Nan will have the children at hers if Mum is admitted.", "Hopefully"),
        ("If Mum is admitted, ideally Nan will have the children at hers.", "ideally"),
    ],
)
def test_a_hedged_response_is_not_an_agreed_one(text: str, hedge: str) -> None:
    assert findings(text, "contingency").get("action-intention") == hedge


def test_a_hedged_action_is_not_an_agreed_one() -> None:
    assert "action-intention" in findings("Dad will probably ring the school on Mondays.", "action", DAD)


@pytest.mark.parametrize(
    "text",
    [
        "If Nan is possibly unwell herself, Dad will collect the children from school.",
        "If Mum is admitted, Nan will have the children, probably at hers.",
    ],
)
def test_a_hedge_outside_the_response_leaves_it_agreed(text: str) -> None:
    assert "action-intention" not in findings(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Leo is late again, the school will write to his parents.",
        "If Leo is late again, the school will write to Mum.",
        "If Leo is late again, his head of year will write a letter to his parents.",
    ],
)
def test_a_family_only_written_to_has_nobody_stepping_in(text: str) -> None:
    assert "contingency-no-network" in findings(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Leo is late again, the school will write to Mum and Dad, who will walk him in.",
        "If Dad cannot come, Mum will write to Nan to ask her to collect Leo.",
    ],
)
def test_someone_written_to_who_then_acts_steps_in(text: str) -> None:
    assert "contingency-no-network" not in findings(text, "contingency")


def test_a_course_with_a_start_and_a_length_needs_no_other_review_date() -> None:
    course = Context(who="Mum", when="Tuesdays from 12.01.2027 for 8 weeks")
    action = "Mum will go to the Tuesday group at the Hub to learn calm ways to set bedtimes."
    found = {
        f.rule for _, f in check_cells("action", course, today=TODAY, action=action) if f.severity.needs_work
    }
    assert not {rule for rule in found if rule.startswith("when-")}


@pytest.mark.parametrize(
    "text",
    [
        "Nan, who probably knows Kai best, will collect him from school at 3.15pm every Wednesday.",
        "Dad, perhaps with Nan's help, will cook tea for the children every weeknight at 5.30pm.",
        "Ideally before school, Mum will read with Kai for ten minutes every day.",
    ],
)
def test_a_hedge_on_an_aside_or_a_time_leaves_the_action_agreed(text: str) -> None:
    assert "action-intention" not in findings(text, "action", DAD)


def test_someone_written_to_who_has_agreed_to_act_steps_in() -> None:
    text = (
        "If Mum is admitted, the ward will write to Nan, who has already agreed to look after the children."
    )
    assert "contingency-no-network" not in findings(text, "contingency")
