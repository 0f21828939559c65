"""Tables of the family and of the professionals, as case systems export them beside the plan:
read into the plan's people, so the checker knows the family's names and who leads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from familyplan.formats import read_plan
from familyplan.smart import check_plan
from tests.formats.builders import SEED_000_HEADER, write_sheets
from tests.formats.test_messy_exports import CURFEW, docx_with_tables

TODAY = dt.date(2026, 1, 10)
FAMILY = [
    ["Name", "Date of birth", "Relationship to child", "Lives in household?"],
    ["Kerry Walsh", "14/06/1990", "Mum", "Yes"],
    ["Lily Walsh", "02/09/2012", "Daughter", "Yes"],
    ["Jack Walsh", "", "Son", "Yes"],
]
PROFESSIONALS = [
    ["Name", "Role", "Agency", "Telephone", "Lead professional?"],
    ["Amy Jones", "Family Support Worker", "Early Help", "01234 567890", "Yes"],
    ["Mrs March", "Head of Year 8", "Hill School", "", ""],
]


def test_the_family_and_the_professionals_in_a_word_plan_are_read_with_the_lead(tmp_path: Path) -> None:
    path = docx_with_tables(tmp_path / "walsh.docx", FAMILY, PROFESSIONALS, [SEED_000_HEADER, CURFEW])

    result = read_plan(path, today=TODAY)

    members = [(m.name, m.relationship, m.is_child) for m in result.plan.family_members]
    assert members == [
        ("Kerry Walsh", "Mum", False),
        ("Lily Walsh", "Daughter", True),
        ("Jack Walsh", "Son", True),
    ]
    assert result.plan.family_members[1].date_of_birth == dt.date(2012, 9, 2)
    assert [(p.name, p.agency, p.is_lead) for p in result.plan.practitioners] == [
        ("Amy Jones", "Early Help", True),
        ("Mrs March", "Hill School", False),
    ]
    assert result.plan.lead is not None
    assert [(p.where, p.reason) for p in result.problems] == [
        (
            "table 1",
            "these columns have no place in the plan, so their text was not read: Lives in household?",
        )
    ]


def test_a_family_member_named_in_the_file_needs_no_role_in_a_who_cell(tmp_path: Path) -> None:
    row = ["Lily will be home by 9pm", "Kerry will agree a curfew with Lily", "Kerry", "by 20/02/2026", ""]
    with_family = docx_with_tables(tmp_path / "a.docx", FAMILY, [SEED_000_HEADER, row])
    without = docx_with_tables(tmp_path / "b.docx", [SEED_000_HEADER, row])

    def rules(path: Path) -> set[str]:
        return {f.rule for f in check_plan(read_plan(path, today=TODAY).plan, today=TODAY).findings}

    assert "who-no-role" in rules(without)
    assert "who-no-role" not in rules(with_family)


def test_a_row_of_people_with_no_name_is_reported_not_dropped(tmp_path: Path) -> None:
    family = [*FAMILY, ["", "01/01/2020", "Son", "Yes"]]
    path = docx_with_tables(tmp_path / "walsh.docx", family, [SEED_000_HEADER, CURFEW])

    result = read_plan(path, today=TODAY)

    assert ("table 1, row 5", "no name in this row of people, so it was not read") in {
        (p.where, p.reason) for p in result.problems
    }
    assert len(result.plan.family_members) == 3


def test_a_sheet_of_the_family_beside_the_plan_sheet_is_read(tmp_path: Path) -> None:
    family = [["Name", "Age", "School"], ["Lily Walsh", "13", "Hill School"], ["Kerry Walsh", "35", ""]]
    write_sheets(tmp_path / "walsh.xlsx", {"Plan": [SEED_000_HEADER, CURFEW], "Family": family})

    result = read_plan(tmp_path / "walsh.xlsx", today=TODAY)

    assert [(m.name, m.is_child) for m in result.plan.family_members] == [
        ("Lily Walsh", True),
        ("Kerry Walsh", False),
    ]


def test_a_table_signed_at_a_meeting_is_not_read_as_people(tmp_path: Path) -> None:
    signed = [["Name", "Role", "Signature", "Date"], ["Kerry Walsh", "Mum", "K Walsh", "10/01/2026"]]
    path = docx_with_tables(tmp_path / "walsh.docx", [SEED_000_HEADER, CURFEW], signed)

    result = read_plan(path, today=TODAY)

    assert result.plan.practitioners == []
    assert result.plan.family_members == []
    assert "table 2" in {p.where for p in result.problems}


def test_a_name_and_role_table_of_the_family_is_the_family_with_first_and_last_names_joined(
    tmp_path: Path,
) -> None:
    family = [
        ["First name", "Last name", "Role", "School"],
        ["Kerry", "Walsh", "Mum", ""],
        ["Lily", "Walsh", "Child", "Hill School"],
    ]
    path = docx_with_tables(tmp_path / "walsh.docx", family, [SEED_000_HEADER, CURFEW])

    result = read_plan(path, today=TODAY)

    assert [(m.name, m.relationship, m.is_child) for m in result.plan.family_members] == [
        ("Kerry Walsh", "Mum", False),
        ("Lily Walsh", "Child", True),
    ]
    assert result.plan.practitioners == []
    assert [(p.where, p.reason) for p in result.problems] == [
        ("table 1", "these columns have no place in the plan, so their text was not read: School")
    ]


def test_a_second_lead_is_reported_and_the_plan_keeps_one(tmp_path: Path) -> None:
    second = [["Name", "Role", "Lead professional?"], ["Sam Reid", "Youth Worker", "Yes"]]
    path = docx_with_tables(tmp_path / "walsh.docx", PROFESSIONALS, second, [SEED_000_HEADER, CURFEW])

    result = read_plan(path, today=TODAY)

    assert [p.name for p in result.plan.practitioners if p.is_lead] == ["Amy Jones"]
    assert ("table 2", "marked as lead too: a plan has one lead, the one named first") in {
        (p.where, p.reason) for p in result.problems
    }


def test_people_above_and_below_the_plan_on_one_sheet_are_read_and_their_heading_reported(
    tmp_path: Path,
) -> None:
    rows = [
        ["Name", "Date of birth", "Relationship"],
        ["Donna Hill", "03/03/1988", "Mum"],
        [],
        SEED_000_HEADER,
        CURFEW,
        [],
        ["Professionals"],
        ["Name", "Role", "Agency", "Lead professional?"],
        ["Ben Cole", "Family Support Worker", "Early Help", "✓"],
    ]
    write_sheets(tmp_path / "hill.xlsx", {"Plan": rows})

    result = read_plan(tmp_path / "hill.xlsx", today=TODAY)

    assert [g.outcome for g in result.plan.goals] == [CURFEW[0]]
    assert [m.name for m in result.plan.family_members] == ["Donna Hill"]
    assert [(p.name, p.is_lead) for p in result.plan.practitioners] == [("Ben Cole", True)]
    assert ("sheet 'Plan', row 7", "Professionals") in {(p.where, p.text) for p in result.problems}


def test_a_list_of_family_and_professionals_is_sorted_row_by_row(tmp_path: Path) -> None:
    mixed = [
        ["Name", "Role / relationship", "Phone"],
        ["Kate Ross", "Social Worker", "01234 000111"],
        ["Pat Adams", "Nan", ""],
        ["Jo Adams", "Mum", ""],
    ]
    path = docx_with_tables(tmp_path / "adams.docx", mixed, [SEED_000_HEADER, CURFEW])

    result = read_plan(path, today=TODAY)

    assert [m.name for m in result.plan.family_members] == ["Pat Adams", "Jo Adams"]
    assert [(p.name, p.role) for p in result.plan.practitioners] == [("Kate Ross", "Social Worker")]


def test_people_headers_as_systems_word_them_and_dates_of_birth_as_they_are_written(tmp_path: Path) -> None:
    family = [
        ["Forename", "Surname", "D.O.B."],
        ["Gail", "Hart", "14-Jun-1985"],
        ["Sian", "Hart", "2008"],
        ["Rhys", "Hart", "2015"],
    ]
    schools = [["Child's name", "School"], ["Rhys Hart", "Hill Primary"]]
    professionals = [
        ["Professional", "Agency", "Contact number"],
        ["Amy Jones", "Early Help", "01234 567890"],
    ]
    path = docx_with_tables(tmp_path / "hart.docx", family, schools, professionals, [SEED_000_HEADER, CURFEW])

    result = read_plan(path, today=TODAY)

    members = [(m.name, m.date_of_birth, m.is_child) for m in result.plan.family_members]
    assert members == [
        ("Gail Hart", dt.date(1985, 6, 14), False),
        ("Sian Hart", None, False),
        ("Rhys Hart", None, True),
    ]  # Rhys is in two tables, and listed once
    assert [(p.name, p.agency) for p in result.plan.practitioners] == [("Amy Jones", "Early Help")]
