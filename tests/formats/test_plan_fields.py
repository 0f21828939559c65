"""The plan's own details written around its table ("Family name: Robinson", "Lead practitioner |
Chloe Hart", "Date of plan: 02/02/2025"), as case systems print them: read into the plan, so an
archived plan knows its family, its lead and its dates, and its dates with no year are read from
the day it was made."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from familyplan.formats import read_plan
from familyplan.smart import check_plan
from tests.formats.builders import SEED_000_HEADER, add_docx_table, write_sheets

TODAY = dt.date(2026, 12, 5)
BEDTIME = [
    "Sam will be asleep by 8pm on school nights",
    "Dad will start the bath at 7pm and read one story with Sam",
    "Dad (Lee)",
    "by 10 March",
    "",
]


def test_a_block_of_details_above_a_sheet_s_plan_is_read_into_the_plan(tmp_path: Path) -> None:
    path = write_sheets(
        tmp_path / "robinson.xlsx",
        {
            "Plan": [
                ["Early Help Family Plan"],
                ["Family name:", "Robinson", "Case reference:", "EH-20418"],
                ["Lead practitioner:", "Chloe Hart (Early Help Worker)"],
                ["Date of plan:", "02/02/2025"],
                ["Next review date:", "16/03/2025"],
                [],
                SEED_000_HEADER,
                BEDTIME,
            ]
        },
    )

    plan = read_plan(path, today=TODAY).plan

    assert (plan.family_name, plan.family_reference) == ("Robinson", "EH-20418")
    assert (plan.started_on, plan.next_review_date) == (dt.date(2025, 2, 2), dt.date(2025, 3, 16))
    assert [(p.name, p.role, p.is_lead) for p in plan.practitioners] == [
        ("Chloe Hart", "Early Help Worker", True)
    ]
    # "by 10 March" in a plan made on 2 February 2025 is 10 March 2025, not the next March after today.
    assert plan.goals[0].actions[0].due_date == dt.date(2025, 3, 10)


def test_a_line_above_the_plan_it_has_no_place_for_is_reported_not_dropped(tmp_path: Path) -> None:
    path = write_sheets(
        tmp_path / "robinson.xlsx",
        {
            "Plan": [
                ["Family name:", "Robinson"],
                ["Address:", "14 Mill Lane"],
                ["Date of plan:", "see the minutes"],
                ["Worries", "Sleep", "School"],
                SEED_000_HEADER,
                BEDTIME,
            ]
        },
    )

    result = read_plan(path, today=TODAY)

    said = {(p.where, p.reason.split(",")[0]): p.text for p in result.problems}
    assert said[("sheet 'Plan', row 2", "the plan has no place for 'Address'")] == "14 Mill Lane"
    assert said[("sheet 'Plan', row 3", "'Date of plan' holds no date with its year")] == "see the minutes"
    assert any(
        p.where == "sheet 'Plan', row 4" and p.text == "Worries | Sleep | School" for p in result.problems
    )
    # With no day the plan was made, a date with no year is the next such day from today.
    assert result.plan.goals[0].actions[0].due_date == dt.date(2027, 3, 10)


def test_a_word_plan_s_details_in_its_paragraphs_and_title_are_read(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Early Help Family Plan - Okafor family")
    document.add_paragraph("Lead practitioner: Sam Lee\tDate of plan: 3 March 2025")
    document.add_paragraph("Please note: this plan is shared with everyone at the meeting.")
    add_docx_table(document, [SEED_000_HEADER, [*BEDTIME[:3], "by 14 April", ""]])
    document.save(str(tmp_path / "okafor.docx"))

    result = read_plan(tmp_path / "okafor.docx", today=TODAY)

    plan = result.plan
    assert (plan.family_name, plan.started_on) == ("Okafor", dt.date(2025, 3, 3))
    assert [(p.name, p.is_lead) for p in plan.practitioners] == [("Sam Lee", True)]
    assert plan.goals[0].actions[0].due_date == dt.date(2025, 4, 14)
    # A sentence with a colon in it is prose, not a detail: neither read nor reported.
    assert not any("Please note" in p.reason or "shared" in p.text for p in result.problems)


def test_a_word_table_of_details_is_read_and_its_lead_is_the_professional_of_that_name(
    tmp_path: Path,
) -> None:
    document = Document()
    add_docx_table(
        document, [["Family name", "Walsh"], ["Plan start date", "01/09/2025"], ["Key worker", "Amy Jones"]]
    )
    add_docx_table(
        document,
        [
            ["Name", "Role", "Agency"],
            ["Mrs March", "Head of Year 8", "Hill School"],
            ["Amy Jones", "FSW", "Early Help"],
        ],
    )
    add_docx_table(document, [SEED_000_HEADER, BEDTIME])
    document.save(str(tmp_path / "walsh.docx"))

    result = read_plan(tmp_path / "walsh.docx", today=TODAY)

    assert (result.plan.family_name, result.plan.started_on) == ("Walsh", dt.date(2025, 9, 1))
    assert [(p.name, p.is_lead) for p in result.plan.practitioners] == [
        ("Mrs March", False),
        ("Amy Jones", True),
    ]
    assert not any(p.where == "table 1" for p in result.problems)


def test_a_detail_not_given_yet_is_not_taken_for_one(tmp_path: Path) -> None:
    path = write_sheets(
        tmp_path / "plan.xlsx",
        {
            "Plan": [
                ["Lead practitioner:", "To be allocated"],
                ["Case reference:", "N/A"],
                ["Family name:", "TBC"],
                SEED_000_HEADER,
                BEDTIME,
            ]
        },
    )

    result = read_plan(path, today=TODAY)

    plan = result.plan
    assert (plan.practitioners, plan.family_reference, plan.family_name) == ([], "", "")
    assert "plan-no-lead" in {f.rule for f in check_plan(plan, today=TODAY).findings}
    assert result.problems == []


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Early Help Family Plan - Robinson family", "Robinson"),
        ("The Okafor Family", "Okafor"),
        ("Team Around The Family Plan", ""),
        ("Think Family Plan", ""),
        ("Multi-Agency Family Plan", ""),
    ],
)
def test_a_title_names_the_family_only_when_it_says_whose_family(
    tmp_path: Path, title: str, family: str
) -> None:
    path = write_sheets(tmp_path / "plan.xlsx", {"Plan": [[title], SEED_000_HEADER, BEDTIME]})

    assert read_plan(path, today=TODAY).plan.family_name == family


def test_details_on_a_later_sheet_still_date_the_plan_and_are_reported_by_their_own_rows(
    tmp_path: Path,
) -> None:
    path = write_sheets(
        tmp_path / "plan.xlsx",
        {
            "Plan": [SEED_000_HEADER, BEDTIME],
            "Details": [
                ["Family name", "Walsh"],
                [],
                ["Plan start date", "02/02/2025"],
                ["Dad works nights so visits must be after 4pm"],
                ["Contingency plan", "If Dad is ill, Nan will take Sam to school."],
                ["Strengths", "Dad and Sam are close"],
            ],
        },
    )

    result = read_plan(path, today=TODAY)

    plan = result.plan
    assert plan.goals[0].actions[0].due_date == dt.date(2025, 3, 10)
    assert plan.contingency == "If Dad is ill, Nan will take Sam to school."
    assert plan.strengths == ["Dad and Sam are close"]
    assert [(p.where, p.text) for p in result.problems] == [
        ("sheet 'Details', row 4", "Dad works nights so visits must be after 4pm")
    ]


def test_a_child_named_above_the_plan_is_one_of_the_family_and_the_lines_after_are_still_read(
    tmp_path: Path,
) -> None:
    path = write_sheets(
        tmp_path / "plan.xlsx",
        {
            "Plan": [
                ["Child's name:", "Sam Robinson (8)"],
                ["Lead practitioner:", "Chloe Hart"],
                ["Date of plan:", "02/02/2025"],
                SEED_000_HEADER,
                BEDTIME,
            ]
        },
    )

    plan = read_plan(path, today=TODAY).plan

    assert [(m.name, m.is_child) for m in plan.family_members] == [("Sam Robinson", True)]
    assert [p.name for p in plan.practitioners] == ["Chloe Hart"]
    assert plan.started_on == dt.date(2025, 2, 2)


def test_a_date_signed_under_a_word_plan_is_not_the_day_it_was_made(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Family Plan")
    add_docx_table(document, [SEED_000_HEADER, BEDTIME])
    document.add_paragraph("Signed (parent): ________   Date: 14/05/2025")
    document.save(str(tmp_path / "signed.docx"))

    plan = read_plan(tmp_path / "signed.docx", today=TODAY).plan

    assert plan.started_on is None
    assert plan.goals[0].actions[0].due_date == dt.date(2027, 3, 10)


@pytest.mark.parametrize(
    ("written", "name", "role"),
    [
        ("Chloe Hart (Early Help Worker)", "Chloe Hart", "Early Help Worker"),
        ("HART, Chloe", "Chloe Hart", ""),
        ("Jones, Amy (Family Support Worker)", "Amy Jones", "Family Support Worker"),
    ],
)
def test_the_lead_is_read_as_case_systems_write_a_name(
    tmp_path: Path, written: str, name: str, role: str
) -> None:
    path = write_sheets(
        tmp_path / "plan.xlsx", {"Plan": [["Lead practitioner:", written], SEED_000_HEADER, BEDTIME]}
    )

    assert [(p.name, p.role, p.is_lead) for p in read_plan(path, today=TODAY).plan.practitioners] == [
        (name, role, True)
    ]


def test_a_word_table_of_details_with_the_child_in_the_middle_is_read_as_details_not_people(
    tmp_path: Path,
) -> None:
    document = Document()
    add_docx_table(
        document,
        [
            ["Family name", "Robinson"],
            ["Case reference", "EH-2026-04417"],
            ["Lead practitioner", "Chloe Hart (Family Support Worker)"],
            ["Child's name", "Sam Robinson (8)"],
            ["Date of plan", "01/12/2026"],
            ["Next review date", "26/01/2027"],
        ],
    )
    add_docx_table(document, [SEED_000_HEADER, BEDTIME])
    document.save(str(tmp_path / "robinson.docx"))

    result = read_plan(tmp_path / "robinson.docx", today=TODAY)

    plan = result.plan
    assert (plan.family_name, plan.family_reference) == ("Robinson", "EH-2026-04417")
    assert (plan.started_on, plan.next_review_date) == (dt.date(2026, 12, 1), dt.date(2027, 1, 26))
    assert [(p.name, p.is_lead) for p in plan.practitioners] == [("Chloe Hart", True)]
    assert [(m.name, m.is_child) for m in plan.family_members] == [("Sam Robinson", True)]
    assert "plan-no-lead" not in {f.rule for f in check_plan(plan, today=TODAY).findings}
    assert result.problems == []


def test_a_word_plan_s_lines_above_it_are_read_in_their_usual_wordings_or_reported(tmp_path: Path) -> None:
    document = Document()
    for line in [
        "Family Surname: Clarke",
        "Address: 3 Elm Road",
        "Date of next TAF meeting: 22/01/2027",
        "NHS number: 123 456 7890",
        "Please note: this plan is shared with everyone at the meeting.",
    ]:
        document.add_paragraph(line)
    add_docx_table(document, [SEED_000_HEADER, BEDTIME])
    document.save(str(tmp_path / "clarke.docx"))

    result = read_plan(tmp_path / "clarke.docx", today=TODAY)

    assert (result.plan.family_name, result.plan.next_review_date) == ("Clarke", dt.date(2027, 1, 22))
    assert [(p.where, p.reason, p.text) for p in result.problems] == [
        ("the document's text", "the plan has no place for 'Address', so it was not read", "3 Elm Road"),
        ("the document's text", "the plan has no place for 'NHS number', so it was not read", "123 456 7890"),
    ]


def test_a_sheet_s_family_surname_and_plan_review_date_are_read(tmp_path: Path) -> None:
    path = write_sheets(
        tmp_path / "clarke.xlsx",
        {
            "Plan": [
                ["Family Surname", "Clarke"],
                ["Plan review date", "25/01/2027"],
                SEED_000_HEADER,
                BEDTIME,
            ]
        },
    )

    result = read_plan(path, today=TODAY)

    assert (result.plan.family_name, result.plan.next_review_date) == ("Clarke", dt.date(2027, 1, 25))
    assert result.problems == []
