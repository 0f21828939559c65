"""Who and when, read out of the loose text of real plans."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.plan.models import PersonKind, Plan
from familyplan.plan.parsing import parse_when
from familyplan.plan.who_cells import parse_who

TODAY = dt.date(2024, 1, 10)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("19.01.2024", dt.date(2024, 1, 19)),
        ("23/02/24", dt.date(2024, 2, 23)),
        ("31-03-2025", dt.date(2025, 3, 31)),
        ("By Friday 21 March 2025", dt.date(2025, 3, 21)),
        ("1st of June 2025", dt.date(2025, 6, 1)),
        ("2025-06-01", dt.date(2025, 6, 1)),
        ("Friday 3rd May", dt.date(2024, 5, 3)),
        ("5/1", None),
    ],
)
def test_dates_are_read_day_first(text: str, day: dt.date | None) -> None:
    assert parse_when(text, TODAY).due_date == day


def test_a_date_with_no_year_is_the_next_one_after_today() -> None:
    assert parse_when("3 January", TODAY).due_date == dt.date(2025, 1, 3)


def test_recurrence_and_its_review_date_are_told_apart() -> None:
    parsed = parse_when("Every day (review 23.02.2024)", TODAY)

    assert parsed.recurrence == "Every day"
    assert parsed.review_date == dt.date(2024, 2, 23)
    assert parsed.due_date is None


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Tuesdays from 16.01.2024 for 8 weeks", dt.date(2024, 3, 12)),
        ("Every Tuesday for eight weeks from 16.01.2024", dt.date(2024, 3, 12)),
        ("Starting 31.01.2024 for one month", dt.date(2024, 2, 29)),
    ],
)
def test_a_stretch_with_a_start_and_a_length_is_looked_at_again_when_it_ends(text: str, end: dt.date) -> None:
    parsed = parse_when(text, TODAY)

    assert (parsed.review_date or parsed.due_date) == end


@pytest.mark.parametrize(
    "text",
    [
        "Every other weekend from 16.01.2024, for two days at a time",
        "Weekly from 16.01.2024 for 8 weeks, then monthly",
        "From 16.01.2024 for 18 months",
    ],
)
def test_a_length_of_each_time_or_of_work_that_goes_on_gives_no_end(text: str) -> None:
    parsed = parse_when(text, TODAY)

    assert parsed.review_date is None
    assert parsed.due_date is None


def test_a_length_with_no_start_gives_no_end() -> None:
    parsed = parse_when("Weekly for 8 weeks", TODAY)

    assert parsed.review_date is None
    assert parsed.due_date is None


@pytest.mark.parametrize(
    "text", ["weekly", "Twice a week", "on Mondays", "Mondays and Wednesdays", "each lesson"]
)
def test_recurrence_is_recognised(text: str) -> None:
    assert parse_when(text, TODAY).recurrence


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [("Tuesdays, review 19.01.2024", "Tuesdays"), ("Mon-Fri until 23.02.2024", "Mon-Fri")],
)
def test_days_of_the_week_are_a_recurrence_and_the_date_is_its_review(text: str, recurrence: str) -> None:
    parsed = parse_when(text, TODAY)

    assert parsed.recurrence == recurrence
    assert parsed.due_date is None
    assert parsed.review_date is not None


def test_the_tests_a_school_sets_are_not_a_day_of_the_week() -> None:
    assert not parse_when("After the SATs on 12.05.2024", TODAY).recurrence


def test_an_impossible_date_is_reported_not_guessed() -> None:
    parsed = parse_when("31.02.2024", TODAY)

    assert parsed.dates == ()
    assert parsed.invalid_dates == ((0, 10, "31.02.2024"),)


def test_may_the_verb_is_not_a_month() -> None:
    assert parse_when("Mum may 3 times ring", TODAY).month_only == ()


def test_two_people_with_roles_are_read_from_one_cell() -> None:
    people = parse_who("Susan (Parent) / Ben (Young person)")

    assert [(p.name, p.role, p.kind) for p in people] == [
        ("Susan", "Parent", PersonKind.FAMILY),
        ("Ben", "Young person", PersonKind.FAMILY),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amira Khan, Health Visitor", [("Amira Khan", "Health Visitor", PersonKind.PRACTITIONER)]),
        ("Mum and Dad", [("Mum", "", PersonKind.FAMILY), ("Dad", "", PersonKind.FAMILY)]),
        ("Grandad Roy (support network)", [("Grandad Roy", "support network", PersonKind.NETWORK)]),
        (
            "Jo Brown - Early Help Practitioner",
            [("Jo Brown", "Early Help Practitioner", PersonKind.PRACTITIONER)],
        ),
        (
            "Dee Akers (Family Support Worker)",
            [("Dee Akers", "Family Support Worker", PersonKind.PRACTITIONER)],
        ),
        ("The family", [("The family", "", PersonKind.FAMILY)]),
        (
            "Rhys Hale, Home Safety Officer, North and Mid Fire and Rescue Service",
            [
                (
                    "Rhys Hale",
                    "Home Safety Officer, North and Mid Fire and Rescue Service",
                    PersonKind.PRACTITIONER,
                )
            ],
        ),
        # A relation to the family after the job title keeps the person one of the family's own.
        ("Sue Smith (Mentor, Mum's friend)", [("Sue Smith", "Mentor, Mum's friend", PersonKind.NETWORK)]),
        ("Sue Smith (Mentor, Ben's nan)", [("Sue Smith", "Mentor, Ben's nan", PersonKind.FAMILY)]),
        ("Sue Smith (Mentor, neighbour)", [("Sue Smith", "Mentor, neighbour", PersonKind.NETWORK)]),
        # Words after it that name an agency, even with a possessive in it, are no relation.
        (
            "Kim Lee (Support Worker, Women's Aid)",
            [("Kim Lee", "Support Worker, Women's Aid", PersonKind.PRACTITIONER)],
        ),
        (
            "Dave Evans (Lead, Dad's football club)",
            [("Dave Evans", "Lead, Dad's football club", PersonKind.PRACTITIONER)],
        ),
        (
            "Rhys Hale, Youth Worker, and Mum",
            [("Rhys Hale", "Youth Worker", PersonKind.PRACTITIONER), ("Mum", "", PersonKind.FAMILY)],
        ),
    ],
)
def test_who_cells_in_other_shapes(text: str, expected: list[tuple[str, str, PersonKind]]) -> None:
    assert [(p.name, p.role, p.kind) for p in parse_who(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A job title with "and" in it is one person's role.
        ("Jordan Hale, Drug and Alcohol Worker", [("Jordan Hale", "Drug and Alcohol Worker")]),
        ("Ffion Evans, Speech and Language Therapist", [("Ffion Evans", "Speech and Language Therapist")]),
        # ... and with the agency after it.
        (
            "Ffion Evans, Speech and Language Therapist, Westbury Therapy Service",
            [("Ffion Evans", "Speech and Language Therapist, Westbury Therapy Service")],
        ),
        (
            "Jo Brown, Health Visitor and School Nurse, Early Help",
            [("Jo Brown", "Health Visitor"), ("School Nurse", "Early Help")],
        ),
        # Two titles are two people, the second with nobody named.
        ("Jo Brown, Health Visitor and School Nurse", [("Jo Brown", "Health Visitor"), ("School Nurse", "")]),
        # People listed with commas, as case systems export them.
        ("Mum (Nadia), Dad (Imran)", [("Mum", "Nadia"), ("Dad", "Imran")]),
        ("Tess (Mum), Amy Jones (FSW)", [("Tess", "Mum"), ("Amy Jones", "FSW")]),
        ("Mum, Dad", [("Mum", ""), ("Dad", "")]),
        ("Laura Jones, Mum", [("Laura Jones", "Mum")]),
        ("Mrs March (Head of Year 6), Hill School", [("Mrs March", "Head of Year 6, Hill School")]),
        # One person a line, or a name with its role on the next line.
        (
            "Mum and Dad\nDad (Craig)\nBridges Contact Centre",
            [("Mum", ""), ("Dad", ""), ("Dad", "Craig"), ("Bridges Contact Centre", "")],
        ),
        ("Jo Brown\nFamily Support Worker", [("Jo Brown", "Family Support Worker")]),
        # A dash of any length between the name and the role.
        ("Chloe Hart – EHW", [("Chloe Hart", "EHW")]),
        ("Ms Patel - SENCO, Oak School", [("Ms Patel", "SENCO, Oak School")]),
        ("Dr Khan - GP, Mum", [("Dr Khan", "GP"), ("Mum", "")]),
        # Lists of people however they are written.
        ("Mum, Jo (Family Support Worker)", [("Mum", ""), ("Jo", "Family Support Worker")]),
        ("Mrs Smith, Mr Smith (Dad)", [("Mrs Smith", ""), ("Mr Smith", "Dad")]),
        ("Kayleigh (Mum), Jayden and Tyler", [("Kayleigh", "Mum"), ("Jayden", ""), ("Tyler", "")]),
        ("Mum, Gran, Aunt Sue", [("Mum", ""), ("Gran", ""), ("Aunt Sue", "")]),
        ("Mum, Dad, school and GP", [("Mum", ""), ("Dad", ""), ("school", ""), ("GP", "")]),
        ("Mum\nJo Brown", [("Mum", ""), ("Jo Brown", "")]),
        ("- Mum\n- Dad", [("Mum", ""), ("Dad", "")]),
        ("Mum, then Aunty Jo", [("Mum", ""), ("Aunty Jo", "")]),
        # A role, then who holds it; and a role with its agency.
        ("SENCO, Mr Byrne", [("Mr Byrne", "SENCO")]),
        ("Mr Hughes, Head of Year 9", [("Mr Hughes", "Head of Year 9")]),
        ("Jo Brown, FSW, Early Help Team", [("Jo Brown", "FSW, Early Help Team")]),
        ("Sam (Youth Worker), The Hub", [("Sam", "Youth Worker, The Hub")]),
        # A name, a role and an agency, whatever the agency is called, are one person.
        ("Tom Price, Youth Worker, Skate Zone", [("Tom Price", "Youth Worker, Skate Zone")]),
        ("Jo Lee, Lead Practitioner (Family Worker)", [("Jo Lee", "Lead Practitioner (Family Worker)")]),
    ],
)
def test_who_cells_as_other_systems_write_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in parse_who(text)] == expected


def test_the_schema_command_prints_the_plan_format() -> None:
    result = CliRunner().invoke(app, ["schema"])

    schema = json.loads(result.stdout)
    assert result.exit_code == 0
    assert schema["title"] == "Family Plan"
    assert {"goals", "contingency", "family_members", "practitioners"} <= set(schema["properties"])


def test_an_unknown_field_is_refused_not_dropped() -> None:
    with pytest.raises(ValidationError, match="contingnecy"):
        Plan.model_validate({"contingnecy": "Grandma"})


def test_one_paragraph_of_worries_becomes_a_list() -> None:
    assert Plan.model_validate({"worries": "Ben misses school"}).worries == ["Ben misses school"]


@pytest.mark.parametrize(
    ("who", "named"),
    [
        ("Dad, with help from Kay (Aunt)", [("Dad", ""), ("Kay", "Aunt")]),
        ("Rosie (daughter) with Gran's help", [("Rosie", "daughter"), ("Gran", "")]),
        ("Mum with some support", [("Mum", "")]),
    ],
)
def test_the_person_who_helps_is_named_not_the_help(who: str, named: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in parse_who(who)] == named


@pytest.mark.parametrize(
    ("when", "due", "review"),
    [
        # The day something starts is neither when it is due nor when it is looked at again.
        ("Weekly from 09/02/2026", None, None),
        ("Starting 05/01/2026, weekly until 30/03/2026", None, dt.date(2026, 3, 30)),
        # Work that goes on is reviewed on the date marked for review.
        ("Ongoing, reviewed 20/03/26", None, dt.date(2026, 3, 20)),
        ("19.01.2027", dt.date(2027, 1, 19), None),
    ],
)
def test_a_start_date_is_not_a_due_date_and_ongoing_work_is_reviewed(
    when: str, due: dt.date | None, review: dt.date | None
) -> None:
    parsed = parse_when(when, TODAY)

    assert (parsed.due_date, parsed.review_date) == (due, review)


@pytest.mark.parametrize(
    ("when", "due", "review"),
    [
        ("Each time, reviewed 24/03/2024", None, dt.date(2024, 3, 24)),
        ("Weekly 4/3/24 - 22/4/24", None, dt.date(2024, 4, 22)),
    ],
)
def test_work_done_each_time_or_over_a_stretch_is_reviewed_at_its_end(
    when: str, due: dt.date | None, review: dt.date | None
) -> None:
    parsed = parse_when(when, TODAY)

    assert (parsed.due_date, parsed.review_date) == (due, review)
