"""Statements a careful practitioner writes that this session's new readings first flagged, found by a
review of the change: help that protects a family is no threat, a job said by the way is no worker's
task, numbers that are not Acts, surnames that are also kin words, lines that answer day or night, safety
rules for a visit, a doctor's advice, a child's own wish, what a child looks after, and more."""

from __future__ import annotations

import pytest

from familyplan.smart import Context, explain_statement
from familyplan.smart.checker import check_cells
from tests.smart.statements import TODAY, needs_work


@pytest.mark.parametrize(
    "text",
    [
        "If Ryan comes back to the flat, Leah knows the police will come straight away if she rings 999, and "
        "she will take the children to her sister Gemma's.",
        "If Ryan comes back again, Leah knows it will be treated as an emergency by the police, and she will "
        "take the children to her sister Gemma's.",
        "If Kayla keeps getting messages from him, she knows they will be reported to PC Ellis, and Mum will "
        "take her phone to the station with her.",
        "If the rent arrears keep growing, Mum knows that Sam (housing officer) will make a referral to the "
        "money advice service and Nan will lend her the bus fare.",
    ],
)
def test_help_that_protects_the_family_is_no_warning(text: str) -> None:
    assert "contingency-a-warning" not in needs_work(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "Chloe, a student nurse, will go to her hospital placement three days a week by March 2027.",
        "Gary (now a trainee support worker) will go to work four days a week by the review in March 2027.",
        "Jayden (Year 10 peer mentor) will meet his Year 7 mentee every Friday lunchtime by February 2027.",
        "Maya, who wants to be a teacher, will go to the homework club every Tuesday by the review.",
        "Kelly Hart (Mum, a care worker) will take Noah to nursery every weekday by the review in February 2027.",
    ],
)
def test_a_job_said_by_the_way_is_no_workers_task(text: str) -> None:
    assert "outcome-is-an-activity" not in needs_work(text, "outcome")


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        (
            "Dad will fill in section 3 of the PIP form with Sam from Citizens Advice on Tuesday.",
            "action",
            "Gary Holt (Dad) and Sam Price (Citizens Advice adviser)",
        ),
        (
            "Mum will go to the Family Hub at 12 Eyre Street, Sheffield S1 4QX, on Wednesday.",
            "action",
            "Kerry (Mum)",
        ),
        (
            "Maya will go to bed in her own room at the new flat in S3 by 8pm every school night.",
            "outcome",
            "",
        ),
        (
            "Mum will start her Level 2 support work course at Barnsley College on Monday.",
            "action",
            "Kerry (Mum)",
        ),
    ],
)
def test_numbers_that_are_not_an_act_or_a_level_of_need(text: str, kind: str, who: str) -> None:
    context = Context(who=who, when="11.01.2027") if kind == "action" else None
    assert "law-and-service-terms" not in needs_work(text, kind, context)


def test_an_act_named_with_its_section_is_still_a_term() -> None:
    text = "The family will be housed under section 188 of the Housing Act by 05.02.2027."
    assert "law-and-service-terms" in needs_work(text, "outcome")


def test_a_worker_whose_surname_is_a_kin_word_is_a_worker() -> None:
    text = (
        "If Mum relapses, Farzana Bibi (social worker) will visit the same day and decide with her manager "
        "what happens next."
    )
    assert "contingency-no-network" in needs_work(text, "contingency")
    cells = check_cells(
        "action",
        Context(who="Health Visitor, Farzana Bibi", when="Every two weeks (review 01.02.2027)"),
        today=TODAY,
        action="The health visitor will weigh Isla at clinic every two weeks.",
    )
    assert not any(f.rule == "who-role-without-name" for _, f in cells)


@pytest.mark.parametrize(
    "text",
    [
        "If Mum feels unsafe, she will ring the Samaritans on 116 123, who answer day or night, and then ring "
        "her sister Jo.",
        "If Dad feels like drinking, he will ring his sponsor Pete, who has said he can be reached day or night.",
        "If Lee wants to see the children while Mum is in hospital, Nan will be with them at all times during "
        "the visit.",
    ],
)
def test_lines_that_answer_and_rules_for_a_visit_are_no_absolutes(text: str) -> None:
    assert "action-absolute" not in needs_work(text, "contingency")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Mum will not stop taking her sertraline unless her mental health team has agreed, and she will talk "
            "to them at her review on 14 January.",
            "Kerry Lane (Mum)",
        ),
        (
            "Mum won't be at the family home on Tuesday evenings as she works late, so Nan will give the children "
            "their tea and put them to bed.",
            "Jean Fox (Nan)",
        ),
        (
            "Ellie has told us she wants to have no contact with her dad for now, and Jo (Family Support Worker) "
            "will tell him this by letter on 10 December.",
            "Jo Hill (Family Support Worker)",
        ),
    ],
)
def test_a_doctors_advice_a_fact_and_a_childs_wish_are_no_directions(text: str, who: str) -> None:
    assert "action-restriction" not in needs_work(text, "action", Context(who=who, when="14.01.2027"))


@pytest.mark.parametrize(
    "text",
    [
        "If Mum has to go into hospital, the children will stay with Nan Rita, and Ruby (9) will look after the "
        "hamster so it still gets fed.",
        "If Mum is unwell, Nan will come and stay; Tom (12) will look after his own packed lunch and uniform.",
        "If Mum is unwell, Jess (11) will look after Alfie until Nan comes.",
    ],
)
def test_what_a_child_looks_after_for_a_while_is_theirs(text: str) -> None:
    assert "child-given-a-grown-ups-part" not in needs_work(text, "contingency")


def test_a_relative_who_comes_until_then_still_steps_in() -> None:
    text = (
        "If Mum is sectioned, social care will be told, and the children will stay at school until their nan "
        "comes to collect them and takes them to hers."
    )
    assert "contingency-process-only" not in needs_work(text, "contingency")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Miss Hart will help Ibrahim catch up: two 30-minute maths sessions each week in the library.",
            "Miss Hart",
        ),
        (
            "Sue will help Maja settle in; she will stay with her for the first 20 minutes each morning.",
            "Sue Bell",
        ),
    ],
)
def test_help_with_how_after_a_colon(text: str, who: str) -> None:
    context = Context(who=f"{who} (Teacher)", when="Every week (review 01.02.2027)")
    assert "action-purposeless-verb" not in needs_work(text, "action", context)


def test_a_curfew_with_its_times_and_a_place_said() -> None:
    context = Context(who="Kerry (Mum) and Kyle (15)", when="By 14.12.2026")
    curfew = "Mum and Kyle will agree a reasonable curfew of 9pm on school nights and 10.30pm at weekends."
    assert "subjective-standard" not in needs_work(curfew, "action", context)
    place = "Dad will keep his tablets in a good place, the locked box on top of the wardrobe, from tonight."
    assert "outcome-vague-word" not in needs_work(
        place, "action", Context(who="Gary (Dad)", when="07.12.2026")
    )


def test_by_the_time_a_child_is_an_age_is_when() -> None:
    text = "Isla will be sleeping in her own cot in her own room by the time she is six months old."
    assert "outcome-no-measure" not in needs_work(text, "outcome")


@pytest.mark.parametrize(
    ("action", "when"),
    [
        (
            "Ben will move up to Reception, and his key person will pass on his learning journal.",
            "September 2027",
        ),
        ("Mum will take Isla for her 12-month jabs at the Oak Tree Surgery.", "July 2027"),
        (
            "Mum will start her English course at the Adult Learning Centre every Tuesday.",
            "From September 2027",
        ),
    ],
)
def test_months_the_school_year_or_an_age_sets(action: str, when: str) -> None:
    cells = check_cells("action", Context(who="Kerry (Mum)", when=when), today=TODAY, action=action)
    assert not any(f.rule == "when-beyond-timescale" for _, f in cells)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Leo will have the help he needs to cope at school by March 2027.", "outcome-vague-word"),
        (
            "Mum is on top of the morning routine by 8.30am each school day by the review.",
            "outcome-no-measure",
        ),
        ("Leo is in a calm state at bedtime by 7.30pm most nights by February 2027.", "outcome-no-measure"),
    ],
)
def test_still_too_vague(text: str, rule: str) -> None:
    assert rule in needs_work(text, "outcome")


def test_a_young_person_who_fails_is_still_blamed() -> None:
    text = "If the young person fails again to come home by 10pm, Mum will ring his uncle Dean."
    assert "disrespectful-language" in needs_work(text, "contingency")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "If Mum feels the children will be at risk because Dad has been drinking heavily again that night, "
            "she will ring Nan.",
            "If Mum feels the children will be at risk because Dad has been drinking heavily again that night",
        ),
        (
            "If the landlord says he will not fix the boiler before the cold weather comes in January, Dad will "
            "ring Sam.",
            "If the landlord says he will not fix the boiler before the cold weather comes in January",
        ),
    ],
)
def test_what_someone_says_or_fears_is_still_the_condition(text: str, trigger: str) -> None:
    reading = explain_statement(text, "contingency", today=TODAY).reading
    assert reading.slot("if") is not None
    assert reading.slot("if").text == trigger


def test_a_plural_thing_someone_makes_is_no_verb() -> None:
    reading = explain_statement(
        "Homework tasks his teacher sets are handed in every Monday.", "outcome"
    ).reading
    assert reading.slot("who") is not None
    assert reading.slot("who").text == "Homework tasks his teacher sets"


def test_a_headteacher_is_a_worker() -> None:
    text = (
        "If Mum goes back into hospital, Dev (Family Support Worker) will visit twice a week and Mrs Lowe "
        "(Headteacher) will arrange breakfast club places for Harvey and Isla."
    )
    assert "contingency-no-network" in needs_work(text, "contingency")
