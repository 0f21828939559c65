"""Support with only what it is for ("support Chidinma with childcare so she can get some sleep") says
what the one supported will have, not what the one supporting does: seed 002 calls 'support'
superficial. Said with how ("by having the baby on Tuesday nights") it is a task."""

from __future__ import annotations

import pytest

from familyplan.smart import Context
from tests.smart.statements import needs_work

AUNT = Context(who="Ngozi Eze (maternal aunt)", when="Tuesdays and Thursdays (review 01.02.2027)")


def test_support_with_only_its_purpose_is_superficial() -> None:
    text = (
        "Auntie Ngozi will support Chidinma with childcare so she can get some sleep after her night shifts."
    )
    assert "action-purposeless-verb" in needs_work(text, "action", AUNT)


def test_support_said_as_what_is_done_is_a_task() -> None:
    text = (
        "Auntie Ngozi will support Chidinma by having the baby at her flat from 8am to 2pm so she can get some "
        "sleep after her night shifts."
    )
    assert "action-purposeless-verb" not in needs_work(text, "action", AUNT)


def test_a_check_with_its_purpose_and_how_often_is_still_purposeful() -> None:
    text = "Nan will check on Mum every evening at 6pm to make sure she has taken her tablets."
    assert "action-purposeless-verb" not in needs_work(text, "action", AUNT)


def test_a_vague_step_after_a_vague_step_is_no_task() -> None:
    text = "Keep an eye on how Dylan is managing his diabetes at college and support him where needed during weekly check-ins."
    worker = Context(who="Lewis Grant (Youth Worker)", when="Thursdays (review 28.01.2027)")
    assert "action-purposeless-verb" in needs_work(text, "action", worker)


def test_a_task_after_a_vague_step_is_what_the_watching_is_for() -> None:
    text = (
        "Keep an eye on Dylan's blood sugar readings at college and ring his mum if two are over 14 in a day."
    )
    worker = Context(who="Lewis Grant (Youth Worker)", when="Thursdays (review 28.01.2027)")
    assert "action-purposeless-verb" not in needs_work(text, "action", worker)


def test_help_given_to_someone_by_title_with_only_a_topic_says_nothing_of_what() -> None:
    adviser = Context(who="Amy Holt (Debt Adviser, Citizens Advice)", when="29.01.2027")
    assert "action-purposeless-verb" in needs_work("Amy to help Mr Ali with his debts.", "action", adviser)
    task = "Amy will help Mr Ali fill in his debt relief order form at the Citizens Advice office."
    assert "action-purposeless-verb" not in needs_work(task, "action", adviser)


def test_without_exception_is_an_absolute() -> None:
    ryan = Context(who="Ryan (young person)", when="From 05.01.2027 (review 29.01.2027)")
    text = "Ryan (15) will go to every lesson and will stay on the school site all day without exception."
    assert "action-absolute" in needs_work(text, "action", ryan)


@pytest.mark.parametrize(
    "text",
    [
        "I will support my sister Jade with getting the kids ready in the mornings so she can get to college.",
        "Nan Pat will support Mum with the school run so Mum can get to her 8am shift at Tesco.",
        "Dad will support Tom with his reading so he can catch up with his class.",
    ],
)
def test_support_with_a_task_said_is_a_task(text: str) -> None:
    assert "action-purposeless-verb" not in needs_work(text, "action", AUNT)


def test_support_towards_an_aim_with_nothing_said_of_how_is_superficial() -> None:
    text = "Jo will support Precious to manage her money."
    assert "action-purposeless-verb" in needs_work(text, "action", AUNT)


def test_a_concrete_step_after_a_course_is_what_the_course_is_for() -> None:
    text = "Jo will book Mum onto the Solihull course and review the bedtime chart with her each Friday."
    assert "action-referral-only" not in needs_work(text, "action", AUNT)


def test_help_with_someones_worries_about_something_is_a_topic() -> None:
    dad = Context(who="Piotr (Dad)", when="Review 12.02.2027")
    assert "action-purposeless-verb" in needs_work(
        "Dad to help Kacper with his worries about getting the bus.", "action", dad
    )


@pytest.mark.parametrize(
    "text",
    [
        "Class teacher will keep monitoring Kacper's attendance and punctuality each week.",
        "Rachel to keep monitoring Inaya's weight at home visits.",
        "Health visitor to monitor Harper's weight at the fortnightly baby clinic and keep Mum updated.",
    ],
)
def test_watching_that_goes_on_or_is_only_passed_on_is_not_purposeful(text: str) -> None:
    worker = Context(who="Zoe Marsh (Health Visitor)", when="Fortnightly from 15.12.2026 (review 26.01.2027)")
    assert "action-purposeless-verb" in needs_work(text, "action", worker)


def test_keeping_on_with_a_task_is_the_task() -> None:
    worker = Context(who="Zoe Marsh (Health Visitor)", when="Fortnightly from 15.12.2026 (review 26.01.2027)")
    text = "Zoe will keep weighing Harper at the fortnightly baby clinic and plot each weight in her red book with Mum."
    assert "action-purposeless-verb" not in needs_work(text, "action", worker)


def test_watching_is_not_given_purpose_by_someone_elses_part() -> None:
    text = (
        "If Harley's chest gets worse, the health visitor will continue to monitor him at home visits and Mum "
        "will ask her mum Jackie to stay."
    )
    assert "action-purposeless-verb" in needs_work(text, "contingency")
