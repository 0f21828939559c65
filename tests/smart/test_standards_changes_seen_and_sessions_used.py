"""Standards people judge differently, a change with only where it is seen, sessions used after, clock
times and questions inside a statement."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, explain_statement


def _explained(text: str, kind: str, who: str = "", when: str = ""):  # type: ignore[no-untyped-def]
    return explain_statement(text, kind, context=Context(who=who, when=when))


def _rules(text: str, kind: str, who: str = "", when: str = "") -> set[str]:
    return {f.rule for f in _explained(text, kind, who, when).findings if f.severity.needs_work}


@pytest.mark.parametrize(
    ("text", "kind", "standard"),
    [
        (
            "Kirsty will keep the kitchen in a good state, and Becky will look at it at each weekly home visit.",
            "action",
            "in a good state",
        ),
        (
            "Dad to make sure Ethan gets a reasonable amount of sleep on school nights.",
            "action",
            "a reasonable amount",
        ),
        (
            "Grandad will check that the friends Kai goes out with are a good influence.",
            "action",
            "a good influence",
        ),
        ("Tomás has a healthy lifestyle by the review on 21.01.2027.", "outcome", "a healthy lifestyle"),
    ],
)
def test_a_standard_people_judge_differently_needs_work(text: str, kind: str, standard: str) -> None:
    found = [
        f.text
        for f in _explained(text, kind, "Kirsty (Mum)", "Weekly").findings
        if f.rule == "subjective-standard"
    ]

    assert found == [standard]


@pytest.mark.parametrize(
    "text",
    [
        "Esther (15) improves her mood and sleep by 25.01.2027, shown in the diary she fills in each evening.",
        "Baby Ava's home is improved by the review on 19.01.2027, as seen by the health visitor at her visits.",
    ],
)
def test_a_change_with_only_where_it_is_seen_says_nothing_of_how_far(text: str) -> None:
    assert "outcome-improve-without-measure" in _rules(text, "outcome")


def test_a_change_with_how_far_and_where_it_is_seen_is_measured() -> None:
    text = "Esther (15) improves her sleep to 8 hours on school nights by 25.01.2027, shown in her diary."

    assert _explained(text, "outcome").verdict == "ok"


def test_a_word_before_a_noun_is_not_the_change_promised() -> None:
    text = "Mia's reduced timetable builds up to full days by 5 March 2027, and the register shows her in every lesson."

    assert _explained(text, "outcome").verdict == "ok"


def test_what_someone_will_do_next_is_a_question_inside_the_outcome_not_its_verb() -> None:
    text = (
        "Aaron (17) completes his referral order by 30.04.2027 and, with his youth justice worker, has written "
        "his own plan for what he'll do next - college, work or training."
    )
    explained = _explained(text, "outcome")

    assert explained.verdict == "ok"
    assert ("who", "Aaron") in {(s.name, s.text) for s in explained.reading.slots}


def test_a_clock_time_written_with_a_full_stop_is_when_it_happens() -> None:
    text = (
        "Miss Patel will check in with Jacob for five minutes each morning at 8.50 using his feelings chart. "
        "If he is feeling cross or scared, Jacob will choose an activity from his calm box before class."
    )
    explained = _explained(
        text, "action", "Miss Anjali Patel (Teaching Assistant)", "Every school day (review 03.02.2027)"
    )

    assert ("when", "at 8.50") in {(s.name, s.text) for s in explained.reading.slots}
    assert explained.verdict == "ok"


def test_a_price_is_not_a_clock_time() -> None:
    explained = _explained("Mum has £8.50 left each week after bills by 12.02.2027.", "outcome")

    assert not any(s.name == "when" and "8.50" in s.text for s in explained.reading.slots)


def test_a_session_taken_up_in_a_later_sentence_is_more_than_attending() -> None:
    text = (
        "Funmi will go to the Freedom Programme at the Family Hub on Thursday mornings. After each session Louise "
        "will ring her to talk through one thing she's taken from it and how she'll use it with Tobi and Deji."
    )

    assert "action-referral-only" not in _rules(
        text, "action", "Funmi (Mum), Louise Grant (Domestic Abuse Worker)", "Thursdays"
    )


def test_a_later_sentence_that_only_checks_attendance_leaves_the_course_attended() -> None:
    text = "Shannon will go to the Freedom Programme on Thursdays. After each session Jo will check she went."

    assert "action-referral-only" in _rules(text, "action", "Shannon (Mum)", "Thursdays")


@pytest.mark.parametrize(
    "text",
    [
        "Halima's Universal Credit includes the extra amount for baby Maryam from the payment due on "
        "29.01.2027, which Halima will check on her online statement.",
        "Rania and Ahmad will be able to message the children's teachers themselves on the school app by 31.03.2027.",
    ],
)
def test_a_state_someone_checks_where_it_is_kept_or_a_skill_shown_is_measured(text: str) -> None:
    assert _explained(text, "outcome").verdict == "ok"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Leanne has cleared all £6,800 of her debts by the review on 1 February 2027.", True),
        ("Mum has paid off all £640 of her rent arrears by 31.01.2027, paying £80 a fortnight.", False),
        (
            "Mum's £1,200 rent arrears are all cleared by 31.03.2027 through a Discretionary Housing Payment.",
            False,
        ),
        ("Leanne has cleared all £6,800 of her debts through a Debt Relief Order by 1 February 2027.", False),
    ],
)
def test_a_whole_debt_of_thousands_paid_off_within_months_is_out_of_reach(text: str, flagged: bool) -> None:
    explained = explain_statement(text, "outcome", today=dt.date(2026, 12, 7))

    assert ("debt-out-of-reach" in {f.rule for f in explained.findings}) is flagged
