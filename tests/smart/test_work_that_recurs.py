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
        ("Olena will practise English with Sofiia.", "Ongoing (review 25.01.2027)"),
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
            "If I feel stressed while Rob is deployed I will never take it out on the kids, I'll ring my sister Jo.",
            True,
        ),
        (
            "If Mum feels overwhelmed, she will never leave the children on their own and will always call Grandma.",
            False,
        ),
        (
            "If Dad has had a drink, he will never drive the children anywhere; Nan Sheila will do the school run.",
            False,
        ),
        (
            "If Kayden is not home by 10pm, Mum will always ring his mobile first and then his uncle Dean.",
            False,
        ),
        (
            "If arguments get heated, Grace goes to her Nan's across the road (Nan says she's always welcome).",
            False,
        ),
    ],
)
def test_a_promise_about_oneself_not_a_carers_rule(text: str, absolute: bool) -> None:
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
            "If he slips up, Dad will give up drinking for good, and his brother Mick will have Maisie.",
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


def test_help_out_more_and_moving_out_until_told() -> None:
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
    moving = check_statement(
        "Kerry is to move out of the refuge into her new flat on Elm Road.",
        "action",
        today=TODAY,
        context=Context(who="Kerry (Mum)", when="14.01.2027"),
    )
    assert not any(f.rule == "action-restriction" for f in moving)


def test_respectful_behaviour_is_a_standard_left_unsaid() -> None:
    context = Context(who="Callum (young person, 14)", when="Every day (review 28.01.2027)")
    text = "Callum to show respectful behaviour towards his mum and sisters at home, especially at teatime."
    assert any(
        f.rule == "subjective-standard" for f in check_statement(text, "action", today=TODAY, context=context)
    )


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
            "Callum to sign a gambling contract with his parents setting out his weekly spending limits.",
            "action",
            "action-written-agreement",
            True,
        ),
        (
            "Kerry will sign the spending agreement for her Household Support Fund grant.",
            "action",
            "action-written-agreement",
            False,
        ),
    ],
)
def test_husbands_and_contracts(text: str, kind: str, rule: str, found: bool) -> None:
    context = (
        Context(who="Amy Holt (Debt Adviser, Citizens Advice)", when="29.01.2027")
        if kind == "action"
        else Context()
    )
    assert any(f.rule == rule for f in check_statement(text, kind, today=TODAY, context=context)) is found


@pytest.mark.parametrize(
    ("text", "kind", "who", "when"),
    [
        (
            "Mum will ring the GP to book an appointment for Alfie.",
            "action",
            "Kerry (Mum)",
            "By the review on 25.01.2027",
        ),
        (
            "Kerry will go to the Tuesday coffee morning at the Hub.",
            "action",
            "Kerry (Mum)",
            "From 05.01.2027 (review 27.01.2027)",
        ),
        (
            "Kerry will take her medication as prescribed by her GP.",
            "action",
            "Kerry (Mum)",
            "Ongoing (review 27.01.2027)",
        ),
        (
            "Mark will go to the recovery group at the Hub.",
            "action",
            "Mark (Dad)",
            "From 05.01.2027 - 3 x per week (review 27.01.2027)",
        ),
        (
            "Mum will stop the Sky subscription for good and put the money towards the arrears.",
            "action",
            "Kerry (Mum)",
            "14.12.2026",
        ),
    ],
)
def test_one_off_steps_occasions_and_things_stopped_for_good(
    text: str, kind: str, who: str, when: str
) -> None:
    found = {f.rule for f in check_statement(text, kind, today=TODAY, context=Context(who=who, when=when))}
    assert not found & {"action-no-how-often", "action-absolute"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("If Shane turns up, Leah will not let him in, ever, and will ring 999.", "contingency"),
        (
            "By 31.03.2027 Callum and his stepdad Gary will have a positive relationship, doing one activity together "
            "each weekend and both rating it 7 out of 10 or more.",
            "outcome",
        ),
        (
            "Tyler will be less aggressive at home by 31.03.2027: no incidents of hitting or throwing things for "
            "6 weeks, as logged by Mum.",
            "outcome",
        ),
        (
            "Kerry knows that if things keep going well, the plan will be closed at the March review, and Nan Pat "
            "will still do the Tuesday pick-ups.",
            "contingency",
        ),
    ],
)
def test_safety_rules_measured_changes_and_closing_well_pass(text: str, kind: str) -> None:
    found = {f.rule for f in check_statement(text, kind, today=TODAY) if f.severity.needs_work}
    assert not found & {
        "action-absolute",
        "outcome-vague-word",
        "outcome-improve-without-measure",
        "contingency-a-warning",
    }


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
