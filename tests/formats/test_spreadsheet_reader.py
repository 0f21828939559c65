"""Plans in Excel workbooks and CSV files."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from familyplan.formats import read_plan
from familyplan.plan.models import Plan, SupportingFamiliesOutcome
from familyplan.smart import check_plan
from tests.formats.builders import SEED_000_GUIDANCE, SEED_000_HEADER, SEED_000_ROWS, write_csv, write_xlsx

TODAY = dt.date(2024, 1, 10)


def assert_is_the_seed_000_example(plan: Plan) -> None:
    (goal,) = plan.goals
    arrive, exit_card, referral = goal.actions
    assert goal.supporting_families_outcome is SupportingFamiliesOutcome.EDUCATION
    assert [(o.name, o.role) for o in arrive.owners] == [("Susan", "Parent"), ("Ben", "Young person")]
    assert (arrive.recurrence, arrive.review_date) == ("Every day", dt.date(2024, 2, 23))
    assert (exit_card.recurrence, exit_card.review_date) == ("Every lesson", dt.date(2024, 2, 23))
    assert (referral.owners[0].name, referral.due_date) == ("Mohamed", dt.date(2024, 1, 19))
    assert referral.progress[0].text == "Referral completed. Ben remains on the CAMHS waiting list."


def test_the_seed_000_example_in_excel_reads_as_one_goal_with_three_actions(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "plan.xlsx", SEED_000_ROWS, guidance=SEED_000_GUIDANCE)

    result = read_plan(path, today=TODAY)

    assert_is_the_seed_000_example(result.plan)
    assert result.problems == []


def test_the_seed_000_example_in_csv_reads_as_one_goal_with_three_actions(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "plan.csv", SEED_000_ROWS, guidance=SEED_000_GUIDANCE)

    result = read_plan(path, today=TODAY)

    assert_is_the_seed_000_example(result.plan)
    assert result.problems == []


def test_a_merged_goal_cell_in_excel_is_one_goal(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(SEED_000_HEADER)
    for row in SEED_000_ROWS:
        sheet.append([row[0] or None, *row[1:]])
    sheet.append(
        ["Secure housing", "Mr Patel will arrange a viewing.", "Mr Patel (Housing Officer)", "14/03/2024"]
    )
    sheet.merge_cells("A2:A4")
    workbook.save(tmp_path / "plan.xlsx")

    plan = read_plan(tmp_path / "plan.xlsx", today=TODAY).plan

    assert [(g.outcome, len(g.actions)) for g in plan.goals] == [
        ("Getting a good education", 3),
        ("Secure housing", 1),
    ]


def test_a_date_typed_as_an_excel_date_is_read_day_first(tmp_path: Path) -> None:
    row = [
        "Secure housing",
        "Mr Patel will arrange a viewing.",
        "Mr Patel (Housing Officer)",
        dt.date(2024, 3, 4),
    ]
    path = write_xlsx(tmp_path / "plan.xlsx", [row])

    action = read_plan(path, today=TODAY).plan.actions[0]

    assert (action.when, action.due_date) == ("04/03/2024", dt.date(2024, 3, 4))


def test_a_date_that_lost_its_format_is_read_as_the_date_excel_keeps_it_as(tmp_path: Path) -> None:
    # 45355 is how Excel stores 4 March 2024; a case number elsewhere in the row is left as it is.
    row = ["Secure housing", "Mr Patel will arrange viewing 45355.", "Mr Patel (Housing Officer)", 45355]
    path = write_xlsx(tmp_path / "plan.xlsx", [row])

    action = read_plan(path, today=TODAY).plan.actions[0]

    assert (action.when, action.due_date) == ("04/03/2024", dt.date(2024, 3, 4))
    assert action.how == "Mr Patel will arrange viewing 45355."


def test_review_and_completed_dates_that_lost_their_format_are_read_as_dates(tmp_path: Path) -> None:
    # 45345 and 45350 are how Excel stores 23 and 28 February 2024.
    header = ["Goal", "Action", "Who", "When", "Review date", "Date completed"]
    rows = [
        ["Sam will be in school every day", "Mum will walk Sam to school", "Mum", "Every day", 45345, ""],
        ["", "Mrs March will ring the housing office", "Mrs March (Head of Year 6)", "", "", 45350],
    ]
    path = write_xlsx(tmp_path / "plan.xlsx", rows, header=header)

    walk, ring = read_plan(path, today=TODAY).plan.actions

    assert (walk.review_date, walk.progress) == (dt.date(2024, 2, 23), [])
    assert ring.status.value == "done"
    assert [(n.date, n.text) for n in ring.progress] == [(dt.date(2024, 2, 28), "Completed: 28/02/2024")]


def test_every_sheet_with_a_plan_table_is_read(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["Family name", "Smith"])
    for title, row in [
        ("Ben", SEED_000_ROWS[0]),
        ("Lily", ["Secure housing", "Viewing", "Mr Patel", "14/03/2024"]),
    ]:
        sheet = workbook.create_sheet(title)
        sheet.append(SEED_000_HEADER)
        sheet.append(row)
    workbook.save(tmp_path / "plan.xlsx")

    plan = read_plan(tmp_path / "plan.xlsx", today=TODAY).plan

    assert [g.outcome for g in plan.goals] == ["Getting a good education", "Secure housing"]


def test_a_workbook_with_a_wrong_used_range_is_read_in_full(tmp_path: Path) -> None:
    # Some exporters declare the used range as "A1"; read-only openpyxl would trust it.
    path = write_xlsx(tmp_path / "plan.xlsx", SEED_000_ROWS)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = re.sub(
        r'<dimension ref="[^"]*"', '<dimension ref="A1"', sheet
    ).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)

    plan = read_plan(path, today=TODAY).plan

    assert [a.who for a in plan.actions] == [row[2] for row in SEED_000_ROWS]


def test_a_row_that_cannot_be_placed_is_reported_with_its_sheet_and_row(tmp_path: Path) -> None:
    rows = [*SEED_000_ROWS, ["", "", "Mrs March (Head of Year 6)", "14/03/2025", ""]]
    path = write_xlsx(tmp_path / "plan.xlsx", rows)

    result = read_plan(path, today=TODAY)

    assert len(result.plan.actions) == 3
    assert [(p.where, p.text) for p in result.problems] == [
        ("sheet 'Sheet', row 6", "Mrs March (Head of Year 6) | 14/03/2025")
    ]


def test_a_contingency_row_below_the_plan_in_a_sheet_is_read(tmp_path: Path) -> None:
    rows = [*SEED_000_ROWS, ["Contingency plan:", "Grandma Pat will take Ben to school."]]
    path = write_xlsx(tmp_path / "plan.xlsx", rows)

    result = read_plan(path, today=TODAY)

    assert result.plan.contingency == "Grandma Pat will take Ben to school."
    assert result.problems == []


@pytest.mark.parametrize(
    ("delimiter", "encoding"), [(";", "utf-8"), ("\t", "utf-8"), (",", "utf-8-sig"), (",", "utf-16")]
)
def test_csv_files_are_read_whatever_their_delimiter_and_unicode_encoding(
    tmp_path: Path, delimiter: str, encoding: str
) -> None:
    path = write_csv(tmp_path / "plan.csv", SEED_000_ROWS, delimiter=delimiter, encoding=encoding)

    assert_is_the_seed_000_example(read_plan(path, today=TODAY).plan)


def test_a_csv_saved_by_older_excel_in_windows_1252_is_read(tmp_path: Path) -> None:
    row = [
        "Secure housing",
        "Mrs O’Neil will call the landlord – today.",
        "Mrs O’Neil (Housing Officer)",
        "14/03/2024",
    ]
    path = write_csv(tmp_path / "plan.csv", [row], encoding="cp1252")

    action = read_plan(path, today=TODAY).plan.actions[0]

    assert action.how == "Mrs O’Neil will call the landlord – today."


def test_a_csv_row_that_cannot_be_placed_is_reported(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "plan.csv", [["", "", "", "", "Going well"], *SEED_000_ROWS])

    result = read_plan(path, today=TODAY)

    assert [(p.where, p.text) for p in result.problems] == [("CSV, row 2", "Going well")]
    assert len(result.plan.actions) == 3


def test_a_professional_whose_agency_names_children_or_carers_is_not_taken_for_the_family(
    tmp_path: Path,
) -> None:
    rows = [
        [
            "Zara (13) will say her worry is 4/10 or less by 19/01/2024.",
            "Dr Lee will see Zara for 6 weekly sessions at the clinic to practise ways to manage her worry.",
            "Dr Lee (Clinical Psychologist, Child and Adolescent Mental Health Service)",
            "19/01/2024",
        ],
        [
            "Adam (12) will have one evening off caring each week.",
            "Jo will take Adam to the young carers group every Tuesday 5-7pm.",
            "Jo Hill (Support Worker, Young Carers Service)",
            "Tuesdays, review 19/01/2024",
        ],
        [
            "",
            "Priya will weigh the baby at the clinic each week.",
            "Priya Shah (Health Visitor, Northshire Healthy Child Programme)",
            "Weekly, review 19/01/2024",
        ],
    ]
    plan = read_plan(write_csv(tmp_path / "plan.csv", rows, header=["Goal", "Action", "Who", "When"])).plan

    owners = [(o.name, o.kind.value) for g in plan.goals for a in g.actions for o in a.owners]
    assert owners == [("Dr Lee", "practitioner"), ("Jo Hill", "practitioner"), ("Priya Shah", "practitioner")]
    # No one in the family has an action: the checker says so.
    assert "plan-no-family-actions" in {f.rule for f in check_plan(plan, today=TODAY).findings}


def test_a_target_date_is_when_the_action_is_due_and_a_date_completed_is_when_it_was_done(
    tmp_path: Path,
) -> None:
    rows = [
        [
            "Sam will be asleep by 8pm",
            "Dad will start the bath at 7pm",
            "Lee (Dad)",
            "08/01/2024",
            "05/01/2024",
        ],
        ["", "Dad will read one story with Sam each night", "Lee (Dad)", "Not yet", "20/01/2024"],
    ]
    header = ["Goal", "Action", "Who", "Date completed", "Target date"]

    result = read_plan(write_csv(tmp_path / "plan.csv", rows, header=header), today=TODAY)

    bath, story = result.plan.goals[0].actions
    assert (bath.due_date, bath.status.value) == (dt.date(2024, 1, 5), "done")
    assert [(n.date, n.text) for n in bath.progress] == [(dt.date(2024, 1, 8), "Completed: 08/01/2024")]
    assert (story.due_date, story.status.value) == (dt.date(2024, 1, 20), "not_started")
    assert [n.text for n in story.progress] == ["Completed: Not yet"]
    assert result.problems == []
