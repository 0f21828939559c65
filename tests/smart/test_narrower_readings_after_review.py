"""Good statements that the wider readings of directions, services and sanctions must leave alone."""

from __future__ import annotations

import pytest

from familyplan.smart import Context, explain_statement


def _rules(text: str, kind: str, who: str = "", when: str = "") -> set[str]:
    explained = explain_statement(text, kind, context=Context(who=who, when=when))
    return {f.rule for f in explained.findings if f.severity.needs_work}


WHO, WHEN = "Jo Bell (Family Support Worker)", "Mondays from 04.01.2027 (review 01.03.2027)"


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "If Leo misses the bus, Nan Jean will drive him to school so that Mum will not be fined.",
            "contingency",
            "contingency-a-warning",
        ),
        (
            "Jo will support Mum to manage her money by going through her bank statements with her every Monday.",
            "action",
            "action-purposeless-verb",
        ),
        (
            "Jo will visit Mum at home each week. It is not to check up on her but to help with forms.",
            "action",
            "action-restriction",
        ),
        (
            "Mum will ring the school if Leo is not to attend because he is ill.",
            "action",
            "action-restriction",
        ),
        (
            "Leo will spend time with his friends at the youth club every Friday, supervised by the youth workers.",
            "action",
            "action-restriction",
        ),
        (
            "Jo will visit Mum every Monday until the Early Help team agrees the plan can close.",
            "action",
            "action-restriction",
        ),
        (
            "If Mum starts drinking again, she will ring Kerry and the duty line, and her recovery worker will see her.",
            "contingency",
            "contingency-no-network",
        ),
        (
            "If Leo is not home by 9pm, Dave (from his football team) will drive round the park to find him.",
            "contingency",
            "contingency-no-network",
        ),
        (
            "If Mum is unwell, Kerry will book an appointment with the GP and go with her.",
            "contingency",
            "contingency-no-network",
        ),
        (
            "If Mum is unwell, Mrs Kaur will ring Dad and have the children at hers.",
            "contingency",
            "contingency-no-network",
        ),
        ("By March 2027 Mum's rent arrears are down to £200.", "outcome", "outcome-negative"),
        (
            "By March 2027 Leo will play on his PS5 for no more than two hours a day.",
            "outcome",
            "statement-acronym",
        ),
    ],
)
def test_a_good_statement_is_not_caught_by_a_wider_reading(text: str, kind: str, rule: str) -> None:
    assert rule not in _rules(text, kind, WHO, WHEN)


def test_a_list_after_a_colon_that_is_not_the_helper_leaves_the_helper_unnamed() -> None:
    text = "If Mum is taken into hospital, a family friend will have the children: Leo, Mia and Sam."

    assert "contingency-helper-unnamed" in _rules(text, "contingency")


def test_a_session_taken_up_only_in_another_clause_is_still_only_attending() -> None:
    text = (
        "Mum will go to the Freedom Programme every Tuesday until March. Nan will drive her there. After each "
        "session Louise will review it with her."
    )

    assert "action-referral-only" in _rules(text, "action", "Kerry (Mum)", WHEN)


def test_a_sum_too_long_to_be_a_sum_is_read_without_error() -> None:
    explained = explain_statement("Mum will pay off all £" + "1" * 4400 + ".", "action")

    assert explained.verdict in ("ok", "needs-work")
