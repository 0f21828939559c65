"""Plans as case systems and practitioners really export them: split over tables and sheets, with
hidden sheets, extra date columns, review records, measures, nested tables, section headings and
formulas that were never worked out. Every row is read or reported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook

from familyplan.formats import ReadError, read_plan
from tests.formats.builders import SEED_000_HEADER, add_docx_table, write_csv, write_sheets

TODAY = dt.date(2026, 1, 10)
CURFEW = [
    "Lily will be home by 9pm every night",
    "Mum will agree a curfew with Lily",
    "Mum",
    "by 20/02/2026",
    "",
]
GP = ["Kerry will manage her anxiety", "Kerry will book a GP appointment", "Kerry (Mum)", "by 27/02/2026", ""]
THERAPY = ["", "Amy will go with Kerry to Talking Therapies", "Amy Jones (FSW)", "March 2026", ""]
NURSERY = [
    "Jack will go to nursery",
    "Amy will help Kerry apply for a funded place",
    "Amy",
    "by 13/03/2026",
    "",
]


def docx_with_tables(path: Path, *tables: list[list[str]]) -> Path:
    document = Document()
    document.add_paragraph("Family Plan")
    for rows in tables:
        add_docx_table(document, rows)
        document.add_page_break()
    document.save(str(path))
    return path


def outcomes(path: Path) -> list[str]:
    return [goal.outcome for goal in read_plan(path, today=TODAY).plan.goals]


# --- a plan that carries on in a second table or sheet ---------------------------------------------


def test_a_plan_that_carries_on_in_a_second_word_table_without_headers_is_read_as_one_plan(
    tmp_path: Path,
) -> None:
    path = docx_with_tables(tmp_path / "plan.docx", [SEED_000_HEADER, CURFEW], [GP, THERAPY, NURSERY])

    result = read_plan(path, today=TODAY)

    assert [g.outcome for g in result.plan.goals] == [CURFEW[0], GP[0], NURSERY[0]]
    assert [a.who for a in result.plan.goals[1].actions] == ["Kerry (Mum)", "Amy Jones (FSW)"]
    assert result.problems == []


def test_a_plan_that_carries_on_in_a_second_sheet_without_headers_is_read_as_one_plan(tmp_path: Path) -> None:
    write_sheets(tmp_path / "plan.xlsx", {"Plan p1": [SEED_000_HEADER, CURFEW], "Plan p2": [GP, THERAPY]})

    result = read_plan(tmp_path / "plan.xlsx", today=TODAY)

    assert [len(g.actions) for g in result.plan.goals] == [1, 2]
    assert result.plan.goals[1].actions[1].how == THERAPY[1]


def test_a_following_table_of_another_width_is_reported_not_read_and_not_dropped(tmp_path: Path) -> None:
    family = [["Sarah Khan", "14/06/1990", "Mum"], ["Ben Khan", "02/09/2016", "Son"]]
    path = docx_with_tables(tmp_path / "plan.docx", [SEED_000_HEADER, CURFEW], family)

    result = read_plan(path, today=TODAY)

    assert [g.outcome for g in result.plan.goals] == [CURFEW[0]]
    (problem,) = result.problems
    assert problem.where == "table 2"
    assert "not a plan table" in problem.reason
    assert "2 rows were not read" in problem.reason
    assert "Sarah Khan" in problem.text


def test_a_details_sheet_after_the_plan_sheet_is_read_as_details_not_as_its_continuation(
    tmp_path: Path,
) -> None:
    workbook = Workbook()
    workbook.active.append(SEED_000_HEADER)
    workbook.active.append(CURFEW)
    details = workbook.create_sheet("Details")
    details.append(["Family name", "Walsh"])
    details.append(["School", "Hill School"])
    workbook.save(tmp_path / "plan.xlsx")

    result = read_plan(tmp_path / "plan.xlsx", today=TODAY)

    assert len(result.plan.actions) == 1
    assert result.plan.family_name == "Walsh"
    assert [(p.where, p.text) for p in result.problems] == [("sheet 'Details', row 2", "Hill School")]


def test_the_table_under_a_contingency_heading_is_read_as_the_contingency_plan_not_reported(
    tmp_path: Path,
) -> None:
    document = Document()
    add_docx_table(document, [SEED_000_HEADER, CURFEW])
    document.add_heading("Contingency plan", level=2)
    add_docx_table(document, [["If Mum is ill, Gran will come over."]])
    document.save(str(tmp_path / "plan.docx"))

    result = read_plan(tmp_path / "plan.docx", today=TODAY)

    assert result.plan.contingency == "If Mum is ill, Gran will come over."
    assert result.problems == []


# --- "Date added" is not when ----------------------------------------------------------------------


@pytest.mark.parametrize("added", ["Date added", "Date raised", "Date created"])
@pytest.mark.parametrize("when", ["Timescale", "By when", "Target date"])
def test_a_date_added_column_is_reported_unread_and_the_timescale_is_when(
    tmp_path: Path, added: str, when: str
) -> None:
    header = ["Ref", added, "Goal", "Action", "Who", when]
    row = [
        "G1-A1",
        "12/01/2026",
        "Mum will feel less anxious",
        "Mum will go to the group",
        "Mum",
        "02/03/2026",
    ]
    path = write_csv(tmp_path / "plan.csv", [row], header=header)

    result = read_plan(path, today=TODAY)

    action = result.plan.actions[0]
    assert (action.when, action.due_date) == ("02/03/2026", dt.date(2026, 3, 2))
    assert f"CSV, column 2 ({added})" in [p.where for p in result.problems]


def test_a_date_added_column_in_a_word_table_is_not_taken_for_when(tmp_path: Path) -> None:
    header = ["Desired outcome", "Steps", "Lead person", "Date added", "Timescale", "Progress"]
    row = [
        "Mia will sleep in her own bed",
        "Mum will follow the routine",
        "Mum (Jade)",
        "12/01/2026",
        "by 28/02/2026",
        "",
    ]
    path = docx_with_tables(tmp_path / "plan.docx", [header, row])

    action = read_plan(path, today=TODAY).plan.actions[0]

    assert (action.when, action.due_date) == ("by 28/02/2026", dt.date(2026, 2, 28))


# --- hidden sheets ----------------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_is_not_read_and_is_reported_by_name(tmp_path: Path, state: str) -> None:
    workbook = Workbook()
    plan = workbook.active
    plan.title = "Plan v3"
    plan.append(SEED_000_HEADER)
    plan.append(CURFEW)
    old = workbook.create_sheet("Plan v1 (old)")
    old.sheet_state = state
    old.append(SEED_000_HEADER)
    old.append(["Amber will behave at home", "Mum will monitor Amber", "Mum", "ASAP"])
    workbook.save(tmp_path / "plan.xlsx")

    result = read_plan(tmp_path / "plan.xlsx", today=TODAY)

    assert [g.outcome for g in result.plan.goals] == [CURFEW[0]]
    (problem,) = result.problems
    assert problem.where == "sheet 'Plan v1 (old)'"
    assert "hidden sheet" in problem.reason
    assert "not read" in problem.reason


def test_a_workbook_whose_only_plan_is_on_a_hidden_sheet_is_refused_saying_so(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["Family name", "Smith"])
    hidden = workbook.create_sheet("Plan")
    hidden.sheet_state = "hidden"
    hidden.append(SEED_000_HEADER)
    hidden.append(CURFEW)
    workbook.save(tmp_path / "plan.xlsx")

    with pytest.raises(ReadError) as caught:
        read_plan(tmp_path / "plan.xlsx", today=TODAY)

    assert "not read, as hidden: sheet 'Plan'" in caught.value.reason


# --- a table inside a cell ------------------------------------------------------------------------


def test_a_table_nested_in_an_action_cell_is_kept_as_lines_of_that_cell(tmp_path: Path) -> None:
    document = Document()
    table = add_docx_table(
        document, [SEED_000_HEADER, ["No rent arrears by September", "", "Mum (Tina)", "by 30/06/2026", ""]]
    )
    cell = table.cell(1, 1)
    cell.text = "Tina will go to Citizens Advice:"
    steps = cell.add_table(rows=2, cols=2)
    for row, (step, day) in zip(
        steps.rows, [("Benefits check", "06/03/2026"), ("First repayment", "01/04/2026")], strict=True
    ):
        row.cells[0].text, row.cells[1].text = step, day
    cell.add_paragraph("Tina will bring the letters to the next TAF.")
    document.save(str(tmp_path / "plan.docx"))

    result = read_plan(tmp_path / "plan.docx", today=TODAY)

    assert result.plan.actions[0].how == (
        "Tina will go to Citizens Advice:\n"
        "Benefits check - 06/03/2026\n"
        "First repayment - 01/04/2026\n"
        "Tina will bring the letters to the next TAF."
    )
    assert result.problems == []


# --- a record of review meetings ------------------------------------------------------------------


def test_a_table_of_review_meetings_is_reported_not_read_as_actions(tmp_path: Path) -> None:
    meetings = [
        ["Date of meeting", "Who attended", "Actions agreed"],
        ["10/03/2026", "Mum, Mr Hughes", "Attendance now 88%. Mum to chase GP letter."],
    ]
    path = docx_with_tables(tmp_path / "plan.docx", [SEED_000_HEADER, CURFEW], meetings)

    result = read_plan(path, today=TODAY)

    assert [g.outcome for g in result.plan.goals] == [CURFEW[0]]
    assert len(result.plan.actions) == 1
    (problem,) = result.problems
    assert problem.where == "table 2"
    assert "review meetings" in problem.reason
    assert "Mum to chase GP letter" in problem.text


# --- "How will we know...?" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "measure", ["How will we know we have achieved this?", "How will we know it's working?"]
)
def test_a_how_will_we_know_column_is_the_goal_s_measure_not_its_actions(
    tmp_path: Path, measure: str
) -> None:
    header = ["Outcome", measure, "Actions", "Who", "When"]
    rows = [
        [
            "Noah will have fewer outbursts",
            "Fewer than 2 a week in Mum's diary",
            "CAMHS will offer 6 sessions",
            "Jo Patel",
            "16/03/2026",
        ],
        ["", "", "Mum will use the calm-down plan", "Mum (Claire)", "Every evening"],
    ]
    path = docx_with_tables(tmp_path / "plan.docx", [header, *rows])

    result = read_plan(path, today=TODAY)

    (goal,) = result.plan.goals
    assert [a.how for a in goal.actions] == ["CAMHS will offer 6 sessions", "Mum will use the calm-down plan"]
    assert goal.measure_of_success == "Fewer than 2 a week in Mum's diary"
    assert result.problems == []


# --- other wordings, and what a refusal says ------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        ["Need", "What will be done", "By whom", "By when", "Comments"],
        ["What are we worried about?", "What needs to happen?", "Who will help?", "Due", "Notes"],
    ],
    ids=["taf-plan", "safety-plan"],
)
def test_common_wordings_of_the_plan_columns_are_recognised(tmp_path: Path, header: list[str]) -> None:
    row = [
        "The kitchen is not clean",
        "Mum and Amy will make a cleaning rota",
        "Mum (Leanne)",
        "20/02/2026",
        "",
    ]
    path = docx_with_tables(tmp_path / "plan.docx", [header, row])

    action = read_plan(path, today=TODAY).plan.actions[0]

    assert (action.how, action.who, action.due_date) == (row[1], row[2], dt.date(2026, 2, 20))


def test_a_refusal_names_the_nearest_table_and_what_it_lacks(tmp_path: Path) -> None:
    family = [["Name", "Date of birth"], ["Sarah Khan", "14/06/1990"]]
    near = [["Need", "By whom", "By when"], ["The kitchen is not clean", "Mum", "20/02/2026"]]
    path = docx_with_tables(tmp_path / "plan.docx", family, near)

    with pytest.raises(ReadError) as caught:
        read_plan(path, today=TODAY)

    assert caught.value.reason.startswith("no table with the plan columns found")
    assert (
        "the nearest: table 2 has goal, who and when columns but no action column "
        "(its headers: Need | By whom | By when)"
    ) in caught.value.reason


# --- a section heading inside a sheet -------------------------------------------------------------


def test_a_section_heading_row_in_a_sheet_is_reported_not_read_as_a_goal(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Plan"
    for row in [
        ["Section A - Children's needs"],
        ["Goal", "Action", "Who", "When", "Update"],
        ["Poppy will have her eye test", "Mum will book the optician", "Mum (Hannah)", "03/02/26"],
        [],
        ["Section B - Parent's needs"],
        ["Desired Outcome", "Steps to get there", "Lead Person", "Timescale", "Progress"],
        ["Hannah will be in work by September", "Hannah will meet the work coach", "Hannah", "Feb 2026"],
    ]:
        sheet.append(row)
    workbook.save(tmp_path / "plan.xlsx")

    result = read_plan(tmp_path / "plan.xlsx", today=TODAY)

    assert [g.outcome for g in result.plan.goals] == [
        "Poppy will have her eye test",
        "Hannah will be in work by September",
    ]
    (problem,) = result.problems
    assert (problem.where, problem.text) == ("sheet 'Plan', row 5", "Section B - Parent's needs")
    assert "heading" in problem.reason


def test_headings_over_goals_whose_actions_follow_on_the_next_rows_are_reported(tmp_path: Path) -> None:
    rows = [
        ["Section A - Health", "", "", "", ""],
        ["Poppy will have her eye test", "", "", "", ""],
        ["", "Mum will book the optician", "Mum", "03/02/2026", ""],
        ["Hannah will be in work by September", "", "", "", ""],
    ]
    path = write_csv(tmp_path / "plan.csv", rows)

    result = read_plan(path, today=TODAY)

    # A goal row whose actions follow is a goal; a goal with no actions yet at the end is kept.
    assert [(g.outcome, len(g.actions)) for g in result.plan.goals] == [
        ("Poppy will have her eye test", 1),
        ("Hannah will be in work by September", 0),
    ]
    assert [(p.where, p.text) for p in result.problems] == [("CSV, row 2", "Section A - Health")]


# --- formulas never worked out --------------------------------------------------------------------


def test_a_formula_with_no_saved_value_is_reported_by_sheet_and_cell(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Family Plan"
    sheet.append([*SEED_000_HEADER[:4], "Review date"])
    sheet.append([*CURFEW[:3], dt.datetime(2026, 3, 2), "=D2+42"])
    workbook.save(tmp_path / "plan.xlsx")  # openpyxl saves formulas without working them out

    result = read_plan(tmp_path / "plan.xlsx", today=TODAY)

    assert result.plan.actions[0].review_date is None
    (problem,) = result.problems
    assert (problem.where, problem.text) == ("sheet 'Family Plan', cell E2", "=D2+42")
    assert "formula with no saved value" in problem.reason
    assert "not saved by Excel" in problem.reason


def test_a_sheet_of_notes_or_contacts_after_the_plan_is_reported_not_made_into_goals(tmp_path: Path) -> None:
    write_sheets(
        tmp_path / "walsh.xlsx",
        {
            "Plan": [SEED_000_HEADER, CURFEW],
            "Log": [["Date", "Notes", "Worker"], ["01/02/2026", "Home visit, Mum upset", "Amy"]],
            "Contacts": [["Kerry Walsh", "07700 900123", "Mum"], ["Amy Jones", "01234 567890", "FSW"]],
        },
    )

    result = read_plan(tmp_path / "walsh.xlsx", today=TODAY)

    assert [g.outcome for g in result.plan.goals] == [CURFEW[0]]
    unread = {p.where for p in result.problems}
    assert {"sheet 'Log'", "sheet 'Contacts'"} <= unread


def test_a_word_table_of_strengths_and_worries_after_the_plan_is_not_read_as_goals(tmp_path: Path) -> None:
    strengths = [
        ["Strengths", "Worries", "Next steps", "", ""],
        ["Mum loves the children", "Lily out late", "Curfew agreed", "", ""],
    ]
    path = docx_with_tables(tmp_path / "walsh.docx", [SEED_000_HEADER, CURFEW], strengths)

    result = read_plan(path, today=TODAY)

    assert [g.outcome for g in result.plan.goals] == [CURFEW[0]]
    assert "table 2" in {p.where for p in result.problems}


def test_a_plan_goes_on_over_a_page_whose_first_row_says_date_tbc(tmp_path: Path) -> None:
    goes_on = [["", "Mum will ring the school office about the uniform grant", "Mum", "Date TBC", ""]]
    path = docx_with_tables(tmp_path / "walsh.docx", [SEED_000_HEADER, CURFEW], goes_on)

    result = read_plan(path, today=TODAY)

    assert [(g.outcome, len(g.actions)) for g in result.plan.goals] == [(CURFEW[0], 2)]


def test_the_header_printed_again_on_the_next_page_keeps_the_same_goal(tmp_path: Path) -> None:
    next_page = [SEED_000_HEADER, ["", "Mum will ring the school office", "Mum", "by 27/02/2026", ""]]
    path = docx_with_tables(tmp_path / "walsh.docx", [SEED_000_HEADER, CURFEW], next_page)

    result = read_plan(path, today=TODAY)

    assert [(g.outcome, len(g.actions)) for g in result.plan.goals] == [(CURFEW[0], 2)]
    assert not any("no family goal" in p.reason for p in result.problems)
