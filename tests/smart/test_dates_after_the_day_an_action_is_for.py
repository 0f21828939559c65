"""A when cell dated after the day its own action is for, a school's sessions counted as a share,
a course that is only attended, a parent asked to prove themselves, and a response said with "I'll"
before a dash: read as a reviewer reads them."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.plan.models import Action, Goal, Plan
from familyplan.smart import Context, check_plan, check_statement
from familyplan.smart.checker import check_cells

ACTION = "Take Ruby to see her new class three times before she starts Reception on 6 September."


TODAY = dt.date(2027, 5, 1)


def _when_rules(action: str, when: str, today: dt.date | None = TODAY) -> set[str]:
    context = Context(who="Jo Bell, Family Worker", when=when)
    return {f.rule for _, f in check_cells("action", context, today=today, action=action)}


@pytest.mark.parametrize("when", ["20.09.2027", "By 30 September 2027"])
def test_a_date_after_the_day_the_action_is_for_is_too_late(when: str) -> None:
    assert "when-after-deadline" in _when_rules(ACTION, when)


@pytest.mark.parametrize("when", ["23.07.2027", "Every Tuesday from 01.06.2027, review 20.07.2027"])
def test_a_date_before_it_or_a_pattern_is_not(when: str) -> None:
    assert "when-after-deadline" not in _when_rules(ACTION, when)


def test_a_step_dated_inside_a_longer_action_is_not_the_actions_own_day() -> None:
    action = "Jo will help Mum find a childminder, and go with her to meet two of them by 14.05.2027."
    assert "when-after-deadline" not in _when_rules(action, "By 28.05.2027")
    later_step = (
        "Visit the school with Leo before he starts on 2 September and meet his tutor by 20 September."
    )
    assert "when-after-deadline" not in _when_rules(later_step, "20.09.2027")


def test_a_time_of_day_is_not_the_day_the_action_is_for() -> None:
    action = "Walk Ruby to her new class before 9am on 6 September and 7 September."
    assert "when-after-deadline" not in _when_rules(action, "07.09.2027")


def test_a_day_with_no_year_is_read_only_knowing_today() -> None:
    assert "when-after-deadline" not in _when_rules(ACTION, "20.09.2027", today=None)
    assert "when-after-deadline" in _when_rules(
        ACTION.replace("6 September", "6 September 2027"), "20.09.2027", today=None
    )


def test_a_plan_finds_the_date_after_the_day_too() -> None:
    action = Action(how=ACTION, who="Jo Bell, Family Worker", when="20.09.2027")
    plan = Plan(
        family_name="Ahmed",
        goals=[Goal(outcome="Ruby settles into Reception by October 2027.", actions=[action])],
    )
    report = check_plan(plan, today=dt.date(2027, 5, 1))
    assert "when-after-deadline" in {f.rule for f in report.findings}


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in check_statement(text, kind)}


def test_a_share_of_a_schools_sessions_is_attendance_not_a_service() -> None:
    text = "Leah will attend at least 96% of her sessions in the autumn term at Brookfield Academy, shown by the register."
    assert "outcome-is-an-activity" not in _rules(text, "outcome")
    assert "outcome-is-an-activity" in _rules(
        "Dad will attend 80% of the group sessions by June 2027.", "outcome"
    )
    held_at_school = "Dad will attend 90% of the parenting class sessions held at the school by June 2027."
    assert "outcome-is-an-activity" in _rules(held_at_school, "outcome")


def test_a_course_only_attended_says_nothing_of_what_will_change() -> None:
    assert "action-referral-only" in _rules("Craig to attend anger management.", "action")


def test_a_parent_asked_to_prove_themselves_is_talked_down_to() -> None:
    assert "disrespectful-language" in _rules(
        "Dad to prove he can stay calm before contact starts again.", "outcome"
    )


def test_a_response_said_with_ill_before_a_dash_is_the_response() -> None:
    text = (
        "If Mum and Dad start arguing I'll take my brother to my room and text Aunty Lou - she lives "
        "next door and says she'll come straight round."
    )
    assert "contingency-no-network" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    "action",
    [
        "Help Mr and Mrs Hussain ask the court to adjourn the possession hearing listed for 13 June 2027.",
        "Go with the Nowaks to their housing appointment - their eviction notice ends on 15.06.2027 - with the notice.",
    ],
)
def test_a_hearing_listed_or_a_notice_ending_is_the_day_the_action_is_for(action: str) -> None:
    assert "when-after-deadline" in _when_rules(action, "29.06.2027")
    assert "when-after-deadline" not in _when_rules(action, "01.06.2027")


@pytest.mark.parametrize(
    "action",
    [
        "After the possession hearing listed for 13.06.2027, Jo will meet Mum and go through what the judge decided.",
        "Jo will help Mum apply for a council tax reduction now her temporary job ends on 08.06.2027.",
    ],
)
def test_an_action_for_after_the_hearing_or_a_job_that_ends_is_not_late(action: str) -> None:
    assert "when-after-deadline" not in _when_rules(action, "15.06.2027")
