"""Job titles with "and" in them before an agency, services named in more than one word, and the
clauses after a statement's verb (a place "where ...", a question "whether ...", a problem only
passed on): read as a careful reviewer would."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.plan.who_cells import parse_who
from familyplan.smart import Context, check_cells, check_statement, explain_statement

TODAY = dt.date(2026, 12, 6)


def rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in check_statement(text, kind, today=TODAY) if f.severity.needs_work}


@pytest.mark.parametrize(
    "who",
    [
        "Laura Finch, Speech and Language Therapist, Westbury Children's Therapy Service",
        "Kim Lee, Education and Inclusion Officer, Hill School",
        "Jordan Hale, Drug and Alcohol Worker, Turning Point",
    ],
)
def test_a_title_with_and_in_it_before_the_agency_is_one_named_worker(who: str) -> None:
    assert rules(who, "who") == set()


@pytest.mark.parametrize(
    "who",
    [
        "Jo Brown, Health Visitor and School Nurse, Early Help",
        # A relation, then a job with nobody named for it.
        "Sarah Jones, Mum and Health Visitor, Leeds Community Health",
        "Lisa Cole, Aunt and Support Worker, Women's Aid",
    ],
)
def test_a_second_title_or_a_relation_before_the_and_is_still_two_people(who: str) -> None:
    assert "who-role-without-name" in rules(who, "who")


@pytest.mark.parametrize("who", ["Adult Social Care", "Children's Social Care", "Leeds City Council"])
def test_a_service_named_in_several_words_is_no_named_person(who: str) -> None:
    assert "who-organisation" in rules(who, "who")


@pytest.mark.parametrize(
    "who",
    ["Jo Brown, Adult Social Care", "Sarah Early Help", "Priya Shah (Social Worker, Adult Social Care)"],
)
def test_someone_named_beside_a_service_is_a_person(who: str) -> None:
    assert "who-organisation" not in rules(who, "who")


def test_the_agency_written_first_is_the_workers_agency() -> None:
    people = parse_who("Children's Social Care, Priya Shah (Social Worker)")
    assert [(p.name, p.role) for p in people] == [("Priya Shah", "Social Worker, Children's Social Care")]


def test_a_comparison_inside_a_question_asked_is_not_the_actions_target() -> None:
    context = Context(who="Ruth Okafor, Inclusion Manager, Hillcrest Academy", when="By 12.02.2027")
    asked = (
        "Ms Okafor will ask the educational psychologist to assess Jayden's reading and whether it is "
        "making lessons harder for him, and will go through the report with Mum and Dad."
    )
    target = "Ms Okafor will help Jayden to read better."
    found = {
        text: {f.rule for f in check_statement(text, "action", today=TODAY, context=context)}
        for text in (asked, target)
    }
    assert "action-vague-comparative" not in found[asked]
    assert "action-vague-comparative" in found[target]


@pytest.mark.parametrize(
    "text",
    [
        "Jo will ask Ben whether he likes the new timetable and help him to manage his anger better.",
        "Mrs Cole will ask Ben whether he is being bullied, and make school a happier place for him.",
        "Dad will decide whether to go back to work and will spend more time with Ben.",
    ],
)
def test_the_question_ends_where_the_action_goes_on(text: str) -> None:
    context = Context(who="Jo Brown, Family Support Worker", when="By 01.03.2027")
    assert "action-vague-comparative" in {
        f.rule for f in check_statement(text, "action", today=TODAY, context=context)
    }


def test_a_place_where_others_can_do_something_does_not_take_the_main_verb() -> None:
    text = "Darren is living in his own flat, on a tenancy, with a bedroom where Kai and Mia can stay over, by 30.06.2027."
    reading = explain_statement(text, "outcome", today=TODAY).reading
    change = reading.slot("change")
    assert change is not None
    assert change.text.startswith("is living in his own flat")
    context = reading.slot("context")
    assert context is not None
    assert context.text.startswith("where Kai and Mia can stay over")
    assert rules(text, "outcome") == set()


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("It is Dad who will take Ben to school every morning at 8.30am.", "Dad (Lee)"),
        (
            "Nan, who has looked after the boys before and who lives two streets away, will have them "
            "every Friday night from 6pm.",
            "Nan (Pat)",
        ),
        ("Mum, who is moving to a flat where the children can stay, will show Jo the flat.", "Mum (Kim)"),
    ],
)
def test_a_be_or_have_about_the_subject_leaves_the_main_verb_where_it_is(text: str, who: str) -> None:
    context = Context(who=who, when="Every Friday from 15.01.2027, review 01.03.2027")
    found = {f.rule for f in check_statement(text, "action", today=TODAY, context=context)}
    assert "action-no-doing" not in found


def test_a_modal_before_any_relative_is_still_the_main_verb() -> None:
    reading = explain_statement(
        "Mum will know who she can ring when she feels low by 01.03.2027.", "outcome", today=TODAY
    ).reading
    change = reading.slot("change")
    assert change is not None
    assert change.note == "know"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("If Nan and Grandad are not coping, they will let the kinship team know.", True),
        ("If we cannot manage, we will tell the social worker.", True),
        ("If Mum relapses, she will tell her social worker.", True),
        ("If Leanne becomes unwell she will contact the crisis team.", True),
        ("If Nan and Grandad are not coping, they will ring the kinship team.", True),
        # An emergency's own number, or someone of their own, is a response.
        ("If Leanne becomes unwell she will ring 999.", False),
        ("If Leanne becomes unwell she will ring her sponsor.", False),
        ("If we cannot manage, we will tell the social worker and the school.", True),
        # Telling someone, then a step of their own.
        (
            "If Ben is not home by 9pm, they will notify the police, then drive round to his friends' houses.",
            False,
        ),
        ("If Mum is unwell, we will let school know or keep the children at home with us.", False),
        # Passing it on, and someone stepping in: the network answers.
        (
            "If Nan and Grandad are not coping, they will let Aunt Rosa know and she will have the children.",
            False,
        ),
        ("If Mum is unwell, she will let school know and Gran will do the school run.", False),
        ("If Mum feels low, she will ring her sister Jo, who will come round.", False),
    ],
)
def test_a_problem_only_passed_on_to_a_service_has_nobody_stepping_in(text: str, flagged: bool) -> None:
    assert ("contingency-no-network" in rules(text, "contingency")) is flagged


def test_a_plans_action_with_a_therapist_named_in_full_asks_nothing_of_its_who_cell() -> None:
    context = Context(
        who="Laura Finch, Speech and Language Therapist, Westbury Children's Therapy Service",
        when="Every other Wednesday 10am from 13.01.2027, review 18.03.2027",
    )
    cells = check_cells("action", context, today=TODAY, action="Laura will see Zayan at the centre.")
    assert [f.rule for _, f in cells if f.severity.needs_work] == []


@pytest.mark.parametrize(
    "who",
    [
        "Amy Ross, Parent and Family Support Adviser, Hillcrest School",
        "Sarah Jones, Mum and Dad's Family Support Worker, Leeds Early Help",
    ],
)
def test_one_title_that_starts_with_a_family_word_is_one_worker(who: str) -> None:
    assert rules(who, "who") == set()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Jo will ask Mum at each visit whether, since starting the routine, Ava is sleeping better.", False),
        ("Mrs Cole will ask Ben on 12.02.2027 whether lessons and break times feel better.", False),
        ("Jo will ask school whether Ben is settling and make sure he gets more support.", True),
    ],
)
def test_a_question_runs_to_its_own_verb_and_past_it_the_action_goes_on(text: str, flagged: bool) -> None:
    context = Context(who="Jo Brown, Family Support Worker", when="By 01.03.2027")
    found = {f.rule for f in check_statement(text, "action", today=TODAY, context=context)}
    assert ("action-vague-comparative" in found) is flagged


def test_a_change_that_goes_on_is_no_generic_outcome() -> None:
    text = "Mum to continue to reduce her drinking to no more than 2 units a day, as her drink diary shows, by 01.03.2027."
    assert "outcome-generic" not in rules(text, "outcome")


def test_words_quoted_as_someone_says_them_are_not_the_standard() -> None:
    text = (
        "Dad will stop saying 'behave yourself' and instead tell Kai exactly what he wants him to do, "
        "such as 'walk next to me', on every trip to the shops."
    )
    context = Context(who="Dad (Lee)", when="Every trip to the shops, review 01.03.2027")
    assert "subjective-standard" not in {
        f.rule for f in check_statement(text, "action", today=TODAY, context=context)
    }
    assert "subjective-standard" in rules('"I will keep my room clean and tidy" - Kai', "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Jo will ask Ben whether school is better, giving more support if not.",
        "Jo will ask Ben whether he feels safer, and Ben will be given more help.",
        "Jo will ask Mum and Dad whether the children sleep better and help them make bedtime more consistent.",
    ],
)
def test_past_the_questions_own_verb_the_action_goes_on(text: str) -> None:
    context = Context(who="Jo Brown, Family Support Worker", when="By 01.03.2027")
    assert "action-vague-comparative" in {
        f.rule for f in check_statement(text, "action", today=TODAY, context=context)
    }


@pytest.mark.parametrize(
    "who",
    [
        "Donna Kirk, Family Support Worker, Greenbank Family Hub (Lead Practitioner)",
        "Bethany Clarke – Family Support Worker, North Family Hub (Lead Practitioner)",
    ],
)
def test_what_a_worker_is_to_the_plan_after_their_agency_is_still_theirs(who: str) -> None:
    assert rules(who, "who") == set()
    assert len(parse_who(who)) == 1
