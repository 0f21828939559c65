"""A plan revised at a review labels its lines ("Carried over at review: ..."); the statement after
the label is the one judged. Also: agreements drawn up to be signed later, promises to let no
friends round (seed 002), support given one-to-one, the in-laws of the family's network, workers
known by their full name and regular sessions, and a parent who rings a worker to ask what to do."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, explain_statement

TODAY = dt.date(2026, 12, 7)
WHO, WHEN = "Jo Bell (Family Support Worker)", "Mondays from 04.01.2027 (review 01.03.2027)"


def _rules(text: str, kind: str, who: str = "", when: str = "") -> set[str]:
    explained = explain_statement(text, kind, today=TODAY, context=Context(who=who, when=when))
    return {f.rule for f in explained.findings if f.severity.needs_work}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Carried over at review: Jayden to stop shouting at his sister, with fewer than 3 rows a week on "
            "the family's chart by 05.02.2027.",
            "outcome-negative",
        ),
        (
            "Restated at review (not met): Dad to attend the Mellow Parenting group on Tuesday mornings from "
            "12.01.2027.",
            "outcome-is-an-activity",
        ),
    ],
)
def test_an_outcome_after_a_review_label_is_judged_as_if_the_label_were_not_there(
    text: str, rule: str
) -> None:
    assert rule in _rules(text, "outcome")


def test_a_heading_that_says_what_is_wanted_still_reads_with_its_outcome() -> None:
    text = (
        "Secure housing: Priya and the boys keep their flat on Dale Street, with the £800 arrears paid back "
        "at £15 a week as agreed with the landlord, by the review on 03.02.2027."
    )
    assert not _rules(text, "outcome")


def test_a_trigger_before_a_colon_is_not_a_label() -> None:
    text = (
        "If Amir is not home by 9pm: Mum will ring his uncle Bilal, who will drive round and bring him home."
    )
    assert not _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Gemma will draw up a house agreement about screen time with Mum and Tia, for them both to sign.",
            "action",
        ),
        ("Leon to sign a home-time agreement with his youth worker saying he will be in by 10pm.", "action"),
    ],
)
def test_an_agreement_to_be_signed_is_a_written_agreement(text: str, kind: str) -> None:
    assert "action-written-agreement" in _rules(text, kind, WHO, WHEN)


def test_an_agreement_of_ordinary_life_is_not() -> None:
    text = "Jo will go with Mum to sign the tenancy agreement for the new flat at the housing office."
    assert "action-written-agreement" not in _rules(text, "action", WHO, "14.12.2026")


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        ("We won't let any of Kayden's mates come round to the house.", "action", "action-restriction"),
        ("If the rows carry on, Dad will ban the Xbox for good.", "contingency", "action-restriction"),
        ("Jo will offer Mum one-to-one support at home.", "action", "action-purposeless-verb"),
        (
            "If Tia is still being left out, her head of year will put further interventions in place.",
            "contingency",
            "action-purposeless-verb",
        ),
        (
            "Mum and Dad will make sure Leo and Evie are well presented for nursery.",
            "action",
            "subjective-standard",
        ),
        ("Dad and Kerry will give Alfie a warm, loving home at weekends.", "action", "subjective-standard"),
        (
            "Ruby (15) will be more resilient, scoring her mood 6 out of 10 most days by 12.02.2027.",
            "outcome",
            "outcome-vague-word",
        ),
        (
            "The twins will be well cared for by both parents, checked at each review to 30.04.2027.",
            "outcome",
            "outcome-vague-word",
        ),
    ],
)
def test_promises_and_standards_the_guidance_warns_against(text: str, kind: str, rule: str) -> None:
    assert rule in _rules(text, kind, WHO, WHEN)


@pytest.mark.parametrize(
    "text",
    [
        "Mum will not let anyone she does not know into the flat when the children are home.",
        "Nan will buy Alfie a warm coat and boots at the market on Saturday 12 December.",
    ],
)
def test_the_same_words_in_ordinary_use_are_left_alone(text: str) -> None:
    rules = _rules(text, "action", "Mum (Gemma Hill)", "12.12.2026")
    assert not rules & {"action-restriction", "subjective-standard"}


@pytest.mark.parametrize(
    "text",
    [
        "If Tia self-harms again, Mrs Dale will see her every morning at school and the school nurse will "
        "check her arms.",
        "If Reece starts using again, Kim Norris will see him twice a week and Carl Evans, Youth Worker, will "
        "find him a place at the youth centre.",
        "If Josh refuses school, Mr Wade will meet him at the gate and the family support worker will visit.",
        "If I find Kian gaming after midnight again, I'll ring the family support worker and ask her what to do.",
    ],
)
def test_a_contingency_answered_only_by_workers_or_by_asking_one_needs_the_network(text: str) -> None:
    assert "contingency-no-network" in _rules(text, "contingency")


@pytest.mark.parametrize("relation", ["sister-in-law", "mother-in-law", "brother-in-law"])
def test_an_in_law_who_steps_in_is_the_family_network(relation: str) -> None:
    text = f"If Aisha is too tired after a night shift, her {relation} Noor will take the girls to school."
    assert "contingency-no-network" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Dad turns up drunk, Leanne will take the children to a neighbour's flat.",
        "If the heating fails again, the children will stay with their grandparents until it is mended.",
    ],
)
def test_a_helper_left_unnamed_by_whose_home_or_which_grandparents(text: str) -> None:
    assert "contingency-helper-unnamed" in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If the heating fails again, the children will stay with their grandparents, Pat and Roy, until it is mended.",
        "If the boat cannot get back, Skye will stay with her grandparents in Stoke and go to school from there.",
        "If Mum is unwell, Dad will take the children to his sister Kerry's house.",
    ],
)
def test_a_helper_named_or_known_by_where_they_live(text: str) -> None:
    assert "contingency-helper-unnamed" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("If Mum is too unwell to get up, Tia (3) will go next door to ask Pam for help.", True),
        (
            "If Dad is poorly after the operation, Aisha (13) will stay home from school to look after him.",
            True,
        ),
        (
            "If Mum will not wake up, Jack (5) will ring 999 on the speed dial, as his teacher has practised.",
            False,
        ),
        ("If Mum is poorly, Amir (5) will tell Mrs Khan at school, and Nan Ruby will collect him.", False),
        (
            "If Sana starts missing school to look after her mum, her cousin Zarmina will do the school run "
            "on the days Mum is unwell.",
            False,
        ),
    ],
)
def test_a_child_is_not_given_a_grown_ups_part(text: str, flagged: bool) -> None:
    assert ("child-given-a-grown-ups-part" in _rules(text, "contingency")) is flagged


def test_a_heading_read_as_a_verb_does_not_hide_the_outcome_after_it() -> None:
    text = "Secure housing: the family are living in appropriate accommodation by 31.03.2027."
    assert "outcome-vague-word" in _rules(text, "outcome")
