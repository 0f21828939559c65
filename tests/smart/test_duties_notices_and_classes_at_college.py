"""Good statements that read like faults at first sight: a landlord's duty ("what the landlord must
do") is not the plan's direction to the family; "the section 21 notice" is the name of the paper the
family holds; a young person's classes at college are their education, not a service."""

from __future__ import annotations

from familyplan.smart import Context
from tests.smart.statements import needs_work

OFFICER = Context(who="Mr Ravi Patel (Environmental Health Officer)", when="Inspection on 15 December 2026")


def test_what_a_landlord_must_do_is_not_a_restriction_on_the_family() -> None:
    text = (
        "Mr Patel will inspect the damp in the children's bedroom at 14 Carlton Road and tell Marta in writing "
        "what the landlord must do and by when."
    )
    assert "action-restriction" not in needs_work(text, "action", OFFICER)


def test_what_a_parent_must_do_still_is() -> None:
    text = "Mr Patel will tell Marta that she must keep the windows open every morning from 15 December 2026."
    assert "action-restriction" in needs_work(text, "action", OFFICER)


def test_the_notice_the_family_holds_is_named_as_they_know_it() -> None:
    text = (
        "Write to the landlord to check whether the section 21 notice is valid and ring Mum with his answer."
    )
    assert "law-and-service-terms" not in needs_work(text, "action", OFFICER)


def test_the_laws_own_duty_is_still_a_term_of_law() -> None:
    text = "Jo will ask the council to accept the section 188 duty for the family on 12.01.2027."
    assert "law-and-service-terms" in needs_work(text, "action", OFFICER)


def test_classes_at_college_are_a_young_persons_education() -> None:
    text = (
        "By 26.02.2027 I will be going to at least two of my three weekly classes at the Riverside college "
        "campus, with my tutor signing my attendance sheet each Friday."
    )
    assert "outcome-is-an-activity" not in needs_work(text, "outcome")


def test_parenting_classes_held_at_a_school_are_still_a_service() -> None:
    text = "Mum will go to the weekly parenting classes at Oak Road school by 12.01.2027."
    assert "outcome-is-an-activity" in needs_work(text, "outcome")


def test_going_to_clinic_and_speaking_for_herself_there_is_the_change() -> None:
    text = (
        "Zofia (15) will go to her next two diabetes clinic appointments (12.01.2027 and 13.04.2027) and tell "
        "the nurse herself how her sugars have been."
    )
    assert "outcome-is-an-activity" not in needs_work(text, "outcome")


def test_going_to_sessions_and_reporting_back_is_still_the_sessions() -> None:
    text = (
        "Mum will go to the next two parenting group sessions and tell the worker how it went, by 13.04.2027."
    )
    assert "outcome-is-an-activity" in needs_work(text, "outcome")


def test_a_course_and_a_unit_passed_is_a_young_persons_education() -> None:
    text = "Aaliyah (16) goes to her Health and Social Care course at least 4 days a week and passes her first unit by 12.03.2027."
    assert "outcome-is-an-activity" not in needs_work(text, "outcome")


def test_a_course_and_what_is_passed_on_is_still_the_course() -> None:
    text = "Mum goes to the parenting course every week and passes on what she learns to Dad by 12.03.2027."
    assert "outcome-is-an-activity" in needs_work(text, "outcome")


def test_classes_at_a_college_for_a_parent_are_still_a_service() -> None:
    text = "Dad will attend the weekly anger management classes at the community college by 12.01.2027."
    assert "outcome-is-an-activity" in needs_work(text, "outcome")


def test_a_course_and_its_ideas_passed_on_is_still_the_course() -> None:
    text = "Mum goes to the parenting course every week and passes on the course ideas to Dad by 12.03.2027."
    assert "outcome-is-an-activity" in needs_work(text, "outcome")
