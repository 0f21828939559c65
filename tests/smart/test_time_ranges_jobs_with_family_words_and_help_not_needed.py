"""A time of day from one hour to another is no date; a job that opens with a family word after a
name is that person's job; a bullet's dash is not a word of the action; and doing it without the
one who does it now is the change (seeds 000, 004)."""

from __future__ import annotations

import pytest

from familyplan.plan.parsing import parse_when
from familyplan.plan.who_cells import parse_who
from familyplan.smart import Context, check_statement


@pytest.mark.parametrize(
    ("cell", "dates"),
    [
        ("Thursdays 10-11.30 from 14.01.2027; review 25.03.2027", ["14.01.2027", "25.03.2027"]),
        ("Mon 9.30-11 from 4.1.27", ["4.1.27"]),
        ("19-01-2027", ["19-01-2027"]),
    ],
)
def test_a_time_from_one_hour_to_another_is_no_date(cell: str, dates: list[str]) -> None:
    parsed = parse_when(cell)
    assert [d.text for d in parsed.dates] == dates
    assert not parsed.invalid_dates


def test_a_time_range_in_a_when_cell_is_not_a_date_years_away() -> None:
    found = check_statement("Thursdays 10-11.30 from 14.01.2027; review 25.03.2027", "when")
    assert "when-beyond-timescale" not in {f.rule for f in found}


@pytest.mark.parametrize(
    ("cell", "people"),
    [
        (
            "Paul Ives, Family Learning Tutor (Adult Community Learning) + Mary Ward (Mum)",
            [("Paul Ives", "Family Learning Tutor (Adult Community Learning)"), ("Mary Ward", "Mum")],
        ),
        ("Dad, Parent Support Advisor", [("Dad", ""), ("Parent Support Advisor", "")]),
    ],
)
def test_a_job_opening_with_a_family_word_is_the_named_persons_job(
    cell: str, people: list[tuple[str, str]]
) -> None:
    assert [(p.name, p.role) for p in parse_who(cell)] == people


def test_a_bullets_dash_is_not_a_word_of_the_action() -> None:
    text = "- ask Noah what makes mornings hard\n- draw his answers on a sheet\n- bring it to the review"
    context = Context(who="Dan Moss (Family Support Worker)", when="Thurs 7 Jan 2027")
    assert "action-no-doing" not in {f.rule for f in check_statement(text, "action", context=context)}


@pytest.mark.parametrize(
    "text",
    [
        "Jade will book Rosie's next jabs herself by phone, without Mum or Nan Peg doing it for her, by 12.03.2027.",
        "Mary will read the school's letters herself without anyone reading them to her, by 31.03.2027.",
    ],
)
def test_doing_it_without_the_one_who_does_it_now_is_the_change(text: str) -> None:
    assert "outcome-no-measure" not in {f.rule for f in check_statement(text, "outcome")}


def test_a_feeling_without_help_is_still_vague() -> None:
    rules = {
        f.rule
        for f in check_statement("Mary will feel better without anyone helping her by March 2027.", "outcome")
    }
    assert rules & {"outcome-no-measure", "outcome-improve-without-measure"}


@pytest.mark.parametrize(
    ("cell", "people"),
    [
        ("Maureen (Nan) to start it", [("Maureen", "Nan")]),
        (
            "Jodie Marsh, lead practitioner, to arrange; Craig (Dad) joins on video",
            [("Jodie Marsh", "lead practitioner"), ("Craig", "Dad")],
        ),
        ("Lisa Grant (aunt) minding Ruby", [("Lisa Grant", "aunt")]),
        (
            "Jason + Sophie Lawson (Family Support Worker) going with him",
            [("Jason", ""), ("Sophie Lawson", "Family Support Worker")],
        ),
        ("Craig (Dad) + Pat Gilroy with her van", [("Craig", "Dad"), ("Pat Gilroy", "")]),
        ("Dee (Mum) with her brother Marcus Hale", [("Dee", "Mum"), ("her brother Marcus Hale", "")]),
    ],
)
def test_what_someone_does_written_after_who_they_are_is_not_their_name(
    cell: str, people: list[tuple[str, str]]
) -> None:
    assert [(p.name, p.role) for p in parse_who(cell)] == people
