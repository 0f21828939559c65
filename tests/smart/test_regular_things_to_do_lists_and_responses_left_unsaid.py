"""How often said only as "regular chats", four tasks in one box, and contingencies whose trigger or
response leaves what happens unsaid: "if anything happens", "find another service", "stay with family",
"school to contact parents", "he'll be excluded"."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_statement

TODAY = dt.date(2026, 12, 7)
WORKER = Context(who="Jo Bell (Family Support Worker)", when="From 10/01/2027, review 10/03/2027")


NONE = Context()


def _rules(text: str, kind: str, context: Context = NONE) -> set[str]:
    return {f.rule for f in check_statement(text, kind, today=TODAY, context=context)}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Maya to have regular chats with Nan about how she's feeling.", True),
        ("Jo will have regular meetings with Mum to go through the bills.", True),
        ("Nan will ring Mum for regular catch-ups.", True),
        ("Jo will have regular meetings with Mum on Tuesdays.", False),
        ("Jo will meet Mum every Tuesday to go through the bills.", False),
    ],
)
def test_regular_things_done_say_no_more_of_how_often_than_regularly(text: str, flagged: bool) -> None:
    assert ("action-vague-how-often" in _rules(text, "action", WORKER)) is flagged


@pytest.mark.parametrize(
    ("text", "rule", "flagged"),
    [
        ("Tobi will ring 999 if anything happens.", "contingency-vague-trigger", True),
        ("If anything bad happens, Nan will collect the children.", "contingency-vague-trigger", True),
        (
            "If something happens to Mum, Nan (Pat Hughes) will have the children.",
            "contingency-vague-trigger",
            False,
        ),
        ("If Pauline can't help, Callum will find another service.", "contingency-vague-response", True),
        (
            "If Pauline can't help, Auntie Jo will look for another childminder such as the one Nan uses.",
            "contingency-vague-response",
            False,
        ),
        (
            "If the boiler isn't fixed by 05/02/2027, Tanya and the children will stay with family.",
            "contingency-helper-unnamed",
            True,
        ),
        (
            "If the boiler isn't fixed by 05/02/2027, Tanya and the children will stay with family in Leeds "
            "(her sister Amy).",
            "contingency-helper-unnamed",
            False,
        ),
        ("Plan B: if Mia's check is missed, school to contact parents.", "contingency-no-network", True),
        (
            "If Leo is late again, the school will write to Mum and Dad, who will walk him in.",
            "contingency-no-network",
            False,
        ),
        ("If Femi gets into trouble at school again he'll be excluded.", "contingency-a-warning", True),
        (
            "Gran unavailable \u2192 Auntie Jade (Dad's sister) covers Wednesday tea and bath.",
            "contingency-no-trigger",
            False,
        ),
    ],
)
def test_what_sets_a_contingency_off_and_who_responds(text: str, rule: str, flagged: bool) -> None:
    assert (rule in _rules(text, "contingency")) is flagged


def test_what_the_child_will_tell_someone_named_at_the_review_is_the_measure() -> None:
    text = (
        "By 10/03/2027 the only jobs Tobi does at home will be the ones he has said he is happy to do; help "
        "with washing and medicines will come from adults, as Tobi will tell Megan at the review."
    )

    assert "outcome-no-measure" not in _rules(text, "outcome")


@pytest.mark.parametrize(
    ("text", "rule", "flagged"),
    [
        # A bad day is one the family know when they see it.
        (
            "If Lily has a bad night, Dad will do the 5am feed so Mum can sleep until 8.",
            "contingency-vague-trigger",
            False,
        ),
        # Her own sense of it is hers to act on; the friend she goes to is still unnamed.
        ("If it gets bad again I'll just leave and go to a mate's.", "contingency-vague-trigger", False),
        ("If it gets bad again I'll just leave and go to a mate's.", "contingency-helper-unnamed", True),
        # What a child does in an emergency is what seed 002 asks a plan to say.
        (
            "Kai (9) knows to ring 999 and ask for an ambulance in an emergency.",
            "contingency-vague-trigger",
            False,
        ),
        (
            "If Craig kicks off again, Leanne will take the kids to her mum's.",
            "contingency-vague-trigger",
            True,
        ),
        (
            "If Craig kicks off again (shouting or throwing things), Leanne will take the kids to her mum Sue's.",
            "contingency-vague-trigger",
            False,
        ),
        ("If Liam can't call, Nicola will manage.", "contingency-vague-response", True),
        (
            "If Liam can't call, Nicola will manage the bedtime routine with Nan Pat's help.",
            "contingency-vague-response",
            False,
        ),
        (
            "Mum will ring Nan Pat in an emergency (Kai hurt or Dad at the door).",
            "contingency-vague-trigger",
            False,
        ),
    ],
)
def test_bad_days_emergencies_and_a_mates_house(text: str, rule: str, flagged: bool) -> None:
    assert (rule in _rules(text, "contingency")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Chloe will run a family meeting at Nan's to agree together what a fair curfew and share of chores "
            "look like.",
            False,
        ),
        ("Jo will help Mum work out what a good bedtime routine looks like for Kai.", False),
        ("Mum will keep a fair curfew for Shannon.", True),
    ],
)
def test_a_standard_the_action_sets_out_to_define_is_not_left_to_judgement(text: str, flagged: bool) -> None:
    assert ("subjective-standard" in _rules(text, "action", WORKER)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Alex's gender confusion will be talked through with Sam (Youth Worker) by 10/03/2027.", True),
        ("By 31/03/2027 Alex will say they feel safe at school, scoring 7/10 or more.", False),
    ],
)
def test_words_that_judge_a_young_persons_gender(text: str, flagged: bool) -> None:
    assert ("disrespectful-language" in _rules(text, "outcome")) is flagged
