"""A who cell names one person with two parts to play ("Family Support Worker and Lead
Practitioner"), a titled person after their job ("SENCO, Mr Byrne"), a department with "and" in its
name; an action in someone's own voice about their own things is theirs wherever the "I" stands."""

from __future__ import annotations

import pytest

from familyplan.plan.who_cells import people_in
from familyplan.smart import Context, check_statement
from familyplan.smart.checker import check_cells


def _rules(text: str) -> set[str]:
    return {f.rule for f in check_statement(text, "who") if f.severity.needs_work}


@pytest.mark.parametrize(
    "who",
    [
        "Priya Das, Family Support Worker and Lead Practitioner",
        "Mr Okoye, Head Teacher and Designated Safeguarding Lead",
        "Mrs Lane, Class Teacher and Head of Year 4, Moorside Primary",
        "Dan Frost, Youth Worker & Mentor",
        "Ms Reid, Head of Inclusion and Special Needs",
    ],
)
def test_one_person_with_a_second_part_to_play_is_one_person(who: str) -> None:
    assert len(people_in(who)) == 1
    assert not _rules(who)


def test_two_jobs_of_two_professions_still_ask_who_the_second_is() -> None:
    assert "who-role-without-name" in _rules("Jo Brown, Health Visitor and School Nurse, Early Help")


def test_a_head_of_year_and_the_school_is_still_two() -> None:
    assert len(people_in("Mrs Cole, Head of Year 9 and the school")) == 2
    assert "who-organisation" in _rules("Mrs Cole, Head of Year 9 and the school")


@pytest.mark.parametrize("who", ["Special Needs Teacher, Mr Byrne", "School Nurse, Mrs Wood, Oak Primary"])
def test_a_titled_person_after_their_job_is_named(who: str) -> None:
    assert not _rules(who)


def test_an_agency_after_a_job_is_no_one_named() -> None:
    assert "who-role-without-name" in _rules("Youth Worker, Positive Steps")


@pytest.mark.parametrize(
    ("action", "who"),
    [
        ("When I feel like drinking I will ring my sponsor, Gary.", "Steve"),
        ("Me and my Nan will bake together on Saturday mornings.", "Tia"),
    ],
)
def test_an_own_voice_about_their_own_things_needs_no_role(action: str, who: str) -> None:
    context = Context(who=who, when="every Saturday from 9 January 2027, review 20 February 2027")
    assert not [f for _, f in check_cells("action", context, action=action) if f.rule == "who-no-role"]


def test_a_workers_own_voice_still_asks_for_their_role() -> None:
    context = Context(who="Jo", when="every Friday from 8 January 2027, review 19 February 2027")
    action = "I will talk through Mum's debts with my line manager and agree a plan with Mum."
    assert [f for _, f in check_cells("action", context, action=action) if f.rule == "who-no-role"]


@pytest.mark.parametrize(
    "who", ["Mrs Cole, Head of Year 9 and Mr Ahmed, Form Tutor", "Mrs March, Head of Year 6 and Mum"]
)
def test_a_second_person_after_and_is_still_a_second_person(who: str) -> None:
    assert len(people_in(who)) == 2


def test_a_cell_of_many_spaces_is_read_quickly_as_nobody() -> None:
    assert people_in(" " * 20_000) == ()
