"""Work that goes on from a start until its review needs how often (seed 001: "how frequently")."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_statement

TODAY = dt.date(2026, 12, 7)


def _flagged(text: str, who: str, when: str) -> bool:
    found = check_statement(text, "action", today=TODAY, context=Context(who=who, when=when))
    return any(f.rule == "action-no-how-often" for f in found)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Olena will practise English with Sofiia.", "By the review on 25.01.2027"),
        ("Jordan will go to the youth club.", "From 05.01.2027 (review 27.01.2027)"),
        ("Mum to use the reward chart with Alfie.", "From 08.12.2026 (review 22.01.2027)"),
        ("Aunt Fatima to help Mum with the shopping.", "From 09.12.2026 (review 27.01.2027)"),
    ],
)
def test_recurring_work_with_no_how_often(text: str, when: str) -> None:
    assert _flagged(text, "Olena (Mum)", when)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Nan will help Mum with the shopping every Saturday morning.",
            "From 09.12.2026 (review 27.01.2027)",
        ),
        ("Dad will read with Kiran for 10 minutes after tea.", "From 08.12.2026 (review 27.01.2027)"),
        ("Dad will walk Kiran to school when Mum is on early shifts.", "From 08.12.2026 (review 27.01.2027)"),
        (
            "Kerry will use the calm-down box with Alfie whenever he gets upset.",
            "From 08.12.2026 (review 22.01.2027)",
        ),
        ("Jordan will go to the youth club.", "Tuesdays from 05.01.2027 (review 27.01.2027)"),
        ("Jordan will go to the youth club.", "Every Tuesday (review 27.01.2027)"),
        ("Mum will go to the housing office with Jo to hand in the form.", "12.01.2027"),
        ("Mum will book Ben's dentist appointment and take him.", "From 05.01.2027 (review 27.01.2027)"),
    ],
)
def test_how_often_said_or_a_one_off_step(text: str, when: str) -> None:
    assert not _flagged(text, "Kerry (Mum)", when)


@pytest.mark.parametrize(
    ("text", "absolute"),
    [
        (
            "If Mum feels overwhelmed, she will never leave the children on their own and will always call Grandma.",
            True,
        ),
        (
            "If I feel stressed while Rob is deployed I will never take it out on the kids, I'll ring my sister Jo.",
            True,
        ),
        (
            "If arguments get heated, Grace goes to her Nan's across the road (Nan says she's always welcome).",
            False,
        ),
        (
            "If Kiera has nowhere to stay, she rings her dad first - he's said she can always come home.",
            False,
        ),
    ],
)
def test_a_contingency_pledged_for_every_time(text: str, absolute: bool) -> None:
    found = check_statement(text, "contingency", today=TODAY, context=Context())
    assert any(f.rule == "action-absolute" for f in found) is absolute


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I will never place another bet, online or in the bookies.", "action"),
        (
            "If money gets tight, Shannon will not borrow from anyone, ever, and will ring her sister Kim.",
            "contingency",
        ),
        (
            "If he slips up, Dad has said he will give up drinking for good, and his brother Mick will have Maisie.",
            "contingency",
        ),
    ],
)
def test_promises_for_ever(text: str, kind: str) -> None:
    context = (
        Context(who="Gavin (Dad)", when="From 07.12.2026 (review 25.01.2027)")
        if kind == "action"
        else Context()
    )
    found = check_statement(text, kind, today=TODAY, context=context)
    assert any(f.rule == "action-absolute" for f in found)


def test_help_out_more_and_moving_out_as_told() -> None:
    more = check_statement(
        "If Dad's drinking gets worse, his brother Mick will help out more.", "contingency", today=TODAY
    )
    assert any(f.rule == "action-purposeless-verb" for f in more)
    told = check_statement(
        "If the arguments carry on, Lewis is to move out to his brother's until the plan is back on track.",
        "contingency",
        today=TODAY,
    )
    assert any(f.rule == "action-restriction" for f in told)


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "By 12 March 2027, Callum (16) will have positive relationships with his peers, talked about with his "
            "youth worker every fortnight.",
            "outcome",
            "outcome-vague-word",
        ),
        (
            "Callum to show respectful behaviour towards his mum and sisters at home, especially at teatime.",
            "action",
            "subjective-standard",
        ),
        (
            "Mrs Ellis to monitor Harry's attendance each week and contact Dad if there are any concerns.",
            "action",
            "action-purposeless-verb",
        ),
    ],
)
def test_standards_and_watching_left_unsaid(text: str, kind: str, rule: str) -> None:
    context = (
        Context(who="Sue Ellis (Attendance Officer)", when="Weekly (review 29.01.2027)")
        if kind == "action"
        else Context()
    )
    assert any(f.rule == rule for f in check_statement(text, kind, today=TODAY, context=context))


@pytest.mark.parametrize(
    ("text", "kind", "rule", "found"),
    [
        (
            "If feeding is still painful for Priya, she will ring the feeding helpline, and her husband Vikram will "
            "do the night-time expressed feeds so she can rest.",
            "contingency",
            "contingency-no-network",
            False,
        ),
        (
            "All the children will go to school every day and reach their full potential.",
            "outcome",
            "outcome-vague-word",
            True,
        ),
        ("Amy to help Mr Ali with his debts.", "action", "action-purposeless-verb", True),
        (
            "Callum to sign a gambling contract with his parents setting out his weekly spending limits.",
            "action",
            "action-written-agreement",
            True,
        ),
    ],
)
def test_husbands_potential_help_with_debts_and_contracts(
    text: str, kind: str, rule: str, found: bool
) -> None:
    context = (
        Context(who="Amy Holt (Debt Adviser, Citizens Advice)", when="29.01.2027")
        if kind == "action"
        else Context()
    )
    assert any(f.rule == rule for f in check_statement(text, kind, today=TODAY, context=context)) is found


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        (
            "The younger children, Ava (5) and Noah (2), will be more settled at home by 21.01.2027, as reported by Mum.",
            True,
        ),
        (
            "Ava will be more confident at school by 21.01.2027, answering at least one question in class every day.",
            False,
        ),
    ],
)
def test_more_of_a_state_needs_how_much(text: str, vague: bool) -> None:
    found = check_statement(text, "outcome", today=TODAY)
    assert any(f.rule == "outcome-improve-without-measure" for f in found) is vague


def test_a_trigger_that_names_what_is_hard_to_keep_on_top_of() -> None:
    text = "If Kerry is finding it hard to keep on top of the washing, she will ask her friend Lisa, who has offered to help."
    found = check_statement(text, "contingency", today=TODAY)
    assert not any(f.rule == "contingency-vague-trigger" for f in found)


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        ("If Leanne runs short of food money, her mum has said she'll do a food shop for the family.", False),
        (
            "If Maya feels unsafe, she'll go to her grandma Hilda's. We'll check that Maya still feels these are the right people.",
            False,
        ),
        ("If Jade feels unsafe she'll go and stay with friends until things settle down.", True),
    ],
)
def test_whom_help_is_for_and_people_named_before(text: str, unnamed: bool) -> None:
    found = check_statement(text, "contingency", today=TODAY)
    assert any(f.rule == "contingency-helper-unnamed" for f in found) is unnamed


def test_a_plan_closed_for_non_engagement_is_a_warning() -> None:
    text = (
        "Kerry understands that if she misses any more appointments, this will be reported and the plan will be "
        "closed for non-engagement."
    )
    assert any(f.rule == "contingency-a-warning" for f in check_statement(text, "contingency", today=TODAY))
