"""The plan's details written under its table ("Next review date: 01/02/2027", "What is working
well: ..."): read into the plan as those above it are, never taken for goals, and reported when the
plan has no place for them."""

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
    "Lee Robinson (Dad)",
    "every night, review 26/01/2027",
    "",
]


@pytest.mark.parametrize(
    "written",
    [["Next review date: 01/02/2027"], ["Next review date", dt.datetime(2027, 2, 1)]],
    ids=["in one cell", "label and value"],
)
def test_a_next_review_date_under_a_sheet_s_plan_is_the_plan_s_not_a_goal(
    tmp_path: Path, written: list[object]
) -> None:
    path = write_sheets(
        tmp_path / "plan.xlsx",
        {
            "Plan": [
                SEED_000_HEADER,
                BEDTIME,
                [],
                ["Contingency plan", "If Dad is ill, Nan will help."],
                written,
            ]
        },
    )

    result = read_plan(path, today=TODAY)

    plan = result.plan
    assert plan.next_review_date == dt.date(2027, 2, 1)
    assert [g.outcome for g in plan.goals] == [BEDTIME[0]]
    assert "plan-goal-without-actions" not in {f.rule for f in check_plan(plan, today=TODAY).findings}
    assert result.problems == []


def test_a_word_plan_s_labelled_lines_under_its_table_are_read_or_reported(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Family name: Clarke")
    add_docx_table(document, [SEED_000_HEADER, BEDTIME])
    add_docx_table(
        document, [["Name", "Date of birth", "Relationship"], ["Ruby Clarke", "03/09/2019", "Daughter"]]
    )
    for line in [
        "What is working well: Nan lives nearby and helps every weekend.",
        'Ruby\u2019s views: "I like school when I\u2019m on time."',
        "Address: 3 Elm Road",
        "Signed (parent): ____________   Date: 01/12/2026",
    ]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "clarke.docx"))

    result = read_plan(tmp_path / "clarke.docx", today=TODAY)

    plan = result.plan
    assert plan.strengths == ["Nan lives nearby and helps every weekend."]
    assert [(m.name, m.views) for m in plan.family_members] == [
        ("Ruby Clarke", '"I like school when I\u2019m on time."')
    ]
    # A date signed under the plan is not the day it was made; what has no place is said.
    assert plan.started_on is None
    assert [(p.reason.split(",")[0], p.text) for p in result.problems] == [
        ("the plan has no place for 'Address'", "3 Elm Road"),
        ("'Date' under the plan is the day it was signed or agreed", "01/12/2026"),
    ]
    findings = {f.rule for f in check_plan(plan, today=TODAY).findings}
    assert not {"plan-no-strengths", "plan-no-child-views"} & findings


def test_a_sentence_with_a_colon_under_a_word_plan_is_not_taken_for_a_label(tmp_path: Path) -> None:
    document = Document()
    add_docx_table(document, [SEED_000_HEADER, BEDTIME])
    document.add_heading("Contingency plan", level=2)
    document.add_paragraph("If Dad is ill: Nan will take Sam to school.")
    document.save(str(tmp_path / "plan.docx"))

    result = read_plan(tmp_path / "plan.docx", today=TODAY)

    assert result.plan.contingency == "If Dad is ill: Nan will take Sam to school."
    assert result.problems == []


def test_labelled_lines_of_a_word_plan_s_contingency_plan_are_its_contingency_plan(tmp_path: Path) -> None:
    document = Document()
    add_docx_table(document, [SEED_000_HEADER, BEDTIME])
    document.add_heading("Contingency plan", level=2)
    document.add_paragraph("Who to call: Nan (Carol) on 07700 900123")
    document.add_heading("Sign-off", level=2)
    document.add_paragraph("Address: 3 Elm Road")
    document.save(str(tmp_path / "plan.docx"))

    result = read_plan(tmp_path / "plan.docx", today=TODAY)

    assert result.plan.contingency == "Who to call: Nan (Carol) on 07700 900123"
    assert [p.text for p in result.problems] == ["3 Elm Road"]


def test_a_labelled_line_under_a_sheet_s_plan_it_has_no_place_for_is_reported_not_a_goal(
    tmp_path: Path,
) -> None:
    path = write_sheets(
        tmp_path / "plan.xlsx",
        {
            "Plan": [
                SEED_000_HEADER,
                BEDTIME,
                ["Health: Sam will see the dentist"],
                [],
                ["Address: 3 Elm Road"],
                ["Signed by parent: K Walsh"],
            ]
        },
    )

    result = read_plan(path, today=TODAY)

    # A goal written so, with no actions yet, is still a goal.
    assert [g.outcome for g in result.plan.goals] == [BEDTIME[0], "Health: Sam will see the dentist"]
    assert [(p.where, p.reason, p.text) for p in result.problems] == [
        ("sheet 'Plan', row 5", "the plan has no place for 'Address', so it was not read", "3 Elm Road"),
        (
            "sheet 'Plan', row 6",
            "the plan has no place for 'Signed by parent', so it was not read",
            "K Walsh",
        ),
    ]


_AGREED = "'Date agreed' under the plan is the day it was signed or agreed, not the day it was made, so it was not read"


def test_a_date_agreed_under_a_word_plan_is_the_day_it_was_signed_not_the_day_it_started(
    tmp_path: Path,
) -> None:
    document = Document()
    add_docx_table(document, [SEED_000_HEADER, BEDTIME])
    document.add_paragraph("Parent/carer signature: Anna Nowak\tDate agreed: 03/12/2026")
    document.save(str(tmp_path / "plan.docx"))

    result = read_plan(tmp_path / "plan.docx", today=TODAY)

    assert result.plan.started_on is None
    assert [(p.reason, p.text) for p in result.problems] == [
        ("the plan has no place for 'Parent/carer signature', so it was not read", "Anna Nowak"),
        (_AGREED, "03/12/2026"),
    ]


def test_a_date_agreed_under_a_sheet_s_plan_rows_is_the_day_it_was_signed(tmp_path: Path) -> None:
    path = write_sheets(
        tmp_path / "plan.xlsx", {"Plan": [SEED_000_HEADER, BEDTIME, ["Date agreed", "03/12/2026"]]}
    )

    result = read_plan(path, today=TODAY)

    assert result.plan.started_on is None
    assert [(p.where, p.reason, p.text) for p in result.problems] == [
        ("sheet 'Plan', row 3", _AGREED, "03/12/2026")
    ]


def test_a_word_plan_s_contingency_plan_ends_where_the_plan_is_signed(tmp_path: Path) -> None:
    document = Document()
    add_docx_table(document, [SEED_000_HEADER, BEDTIME])
    document.add_heading("Contingency plan", level=2)
    document.add_paragraph("If Dad is ill: Nan will take Sam to school.")
    document.add_paragraph("Signed (parent): Lee Robinson\tDate: 03/12/2026")
    document.add_paragraph("Date agreed: 03/12/2026")
    document.save(str(tmp_path / "plan.docx"))

    result = read_plan(tmp_path / "plan.docx", today=TODAY)

    assert result.plan.contingency == "If Dad is ill: Nan will take Sam to school."
    assert result.plan.started_on is None
    assert [p.text for p in result.problems] == ["Lee Robinson", "03/12/2026", "03/12/2026"]


def test_a_goal_opening_with_will_alone_under_a_sheet_s_plan_is_a_goal_not_a_detail(tmp_path: Path) -> None:
    # The plan's rows and the lines under them tell a goal from a detail by one rule: "Will" opening
    # the sentence is as much a goal's word as "will" inside it.
    path = write_sheets(
        tmp_path / "plan.xlsx",
        {"Plan": [SEED_000_HEADER, BEDTIME, ["Attendance: Will be in school every day"]]},
    )

    result = read_plan(path, today=TODAY)

    assert [g.outcome for g in result.plan.goals] == [BEDTIME[0], "Attendance: Will be in school every day"]
    assert result.problems == []


def test_a_labelled_line_under_a_sheet_s_plan_is_reported_as_such_whatever_row_follows_it(
    tmp_path: Path,
) -> None:
    second = [
        "Sam will see the dentist",
        "Dad will book a check-up",
        "Lee Robinson (Dad)",
        "by 30/01/2027",
        "",
    ]
    path = write_sheets(
        tmp_path / "plan.xlsx",
        {"Plan": [SEED_000_HEADER, BEDTIME, ["Address: 3 Elm Road"], ["Section B: Health"], second]},
    )

    result = read_plan(path, today=TODAY)

    assert [g.outcome for g in result.plan.goals] == [BEDTIME[0], second[0]]
    assert [(p.where, p.reason.split(" (")[0], p.text) for p in result.problems] == [
        ("sheet 'Plan', row 3", "the plan has no place for 'Address', so it was not read", "3 Elm Road"),
        ("sheet 'Plan', row 4", "a heading", "Section B: Health"),
    ]


@pytest.mark.parametrize(
    "signed",
    [["Signed: Lee Robinson", "Date: 03/12/2026"], ["Signed", "Lee Robinson", "Date", "03/12/2026"]],
    ids=["in cells of their own", "labels and values"],
)
def test_where_a_sheet_s_plan_is_signed_is_reported_not_read_as_a_goal(
    tmp_path: Path, signed: list[str]
) -> None:
    path = write_sheets(
        tmp_path / "plan.xlsx", {"Plan": [SEED_000_HEADER, BEDTIME, ["Address: 3 Elm Road"], signed]}
    )

    result = read_plan(path, today=TODAY)

    assert [g.outcome for g in result.plan.goals] == [BEDTIME[0]]
    assert result.plan.started_on is None
    assert [(p.where, p.reason.split(",")[0], p.text) for p in result.problems] == [
        ("sheet 'Plan', row 3", "the plan has no place for 'Address'", "3 Elm Road"),
        ("sheet 'Plan', row 4", "the plan has no place for 'Signed'", "Lee Robinson"),
        ("sheet 'Plan', row 4", "'Date' under the plan is the day it was signed or agreed", "03/12/2026"),
    ]


@pytest.mark.parametrize("label", ["Child's views", "Views of the child", "Young person's voice"])
def test_the_child_s_views_under_a_word_plan_are_the_views_of_its_one_child(
    tmp_path: Path, label: str
) -> None:
    document = Document()
    document.add_paragraph("Child's name: Ruby Clarke")
    add_docx_table(document, [SEED_000_HEADER, BEDTIME])
    document.add_paragraph(f"{label}: Ruby says she wants to sleep in her own room.")
    document.save(str(tmp_path / "plan.docx"))

    result = read_plan(tmp_path / "plan.docx", today=TODAY)

    plan = result.plan
    assert [(m.name, m.views) for m in plan.family_members] == [
        ("Ruby Clarke", "Ruby says she wants to sleep in her own room.")
    ]
    assert plan.family_views == ""
    assert "plan-no-child-views" not in {f.rule for f in check_plan(plan, today=TODAY).findings}
    assert result.problems == []


def test_the_child_s_views_in_a_plan_of_two_children_are_the_family_s_and_said_so(tmp_path: Path) -> None:
    document = Document()
    add_docx_table(document, [SEED_000_HEADER, BEDTIME])
    add_docx_table(
        document,
        [
            ["Name", "Date of birth", "Relationship"],
            ["Ruby Clarke", "03/09/2019", "Daughter"],
            ["Sam Clarke", "04/05/2017", "Son"],
        ],
    )
    document.add_paragraph("Child's views: wants more time with Dad.")
    document.save(str(tmp_path / "plan.docx"))

    result = read_plan(tmp_path / "plan.docx", today=TODAY)

    assert result.plan.family_views == "wants more time with Dad."
    assert all(m.views == "" for m in result.plan.family_members)
    assert [(p.where, p.reason, p.text) for p in result.problems] == [
        (
            "the child's views",
            "the views of 'the child' could not be given to a child: the plan has 2 children, "
            "so they were kept as the family's views",
            "wants more time with Dad.",
        )
    ]
