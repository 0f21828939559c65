"""Reading plans exported from other systems: Word, Excel, CSV, JSON and YAML."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from docx import Document

from familyplan.formats import ReadError, plan_to_json, plan_to_yaml, read_plan
from familyplan.formats.tables import split_who_when
from familyplan.plan.models import Action, Goal, Plan, SupportingFamiliesOutcome
from tests.formats.builders import (
    SEED_000_ROWS,
    put_in_content_control,
    write_csv,
    write_docx,
    write_xlsx,
)

TODAY = dt.date(2024, 1, 10)
SEED_002_HEADER = [
    "What outcome do we want to achieve?",
    "What actions do we need to take to achieve that outcome?",
    "Who will do this and when?",
]


def assert_is_the_seed_000_example(plan: Plan) -> None:
    assert len(plan.goals) == 1
    goal = plan.goals[0]
    assert goal.outcome == "Getting a good education"
    assert goal.supporting_families_outcome is SupportingFamiliesOutcome.EDUCATION
    assert len(goal.actions) == 3
    arrive, exit_card, referral = goal.actions
    assert [(o.name, o.role) for o in arrive.owners] == [("Susan", "Parent"), ("Ben", "Young person")]
    assert arrive.recurrence == "Every day"
    assert arrive.review_date == dt.date(2024, 2, 23)
    assert exit_card.recurrence == "Every lesson"
    assert [o.name for o in exit_card.owners] == ["Sehar", "Ben"]
    assert referral.due_date == dt.date(2024, 1, 19)
    assert referral.owners[0].name == "Mohamed"
    assert referral.progress[0].text == "Referral completed. Ben remains on the CAMHS waiting list."


@pytest.mark.parametrize("writer", [write_docx, write_xlsx, write_csv], ids=["docx", "xlsx", "csv"])
def test_the_seed_000_example_reads_as_one_goal_with_three_actions(tmp_path: Path, writer) -> None:
    suffix = {"write_docx": "docx", "write_xlsx": "xlsx", "write_csv": "csv"}[writer.__name__]
    path = writer(tmp_path / f"plan.{suffix}", SEED_000_ROWS)

    result = read_plan(path, today=TODAY)

    assert_is_the_seed_000_example(result.plan)
    assert result.problems == []


def test_the_template_guidance_row_is_not_read_as_an_action(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "plan.docx", SEED_000_ROWS)

    plan = read_plan(path, today=TODAY).plan

    assert not any("specific date" in a.when for a in plan.actions)
    assert len(plan.actions) == 3


def test_a_blank_goal_cell_means_the_same_goal(tmp_path: Path) -> None:
    rows = [
        [
            "Secure housing",
            "Mr Patel will arrange a viewing.",
            "Mr Patel (Housing Officer)",
            "14/03/2025",
            "",
        ],
        ["", "Mum will bring her tenancy papers.", "Mum", "14/03/2025", ""],
        ["Financial stability", "Mum will open a bank account.", "Mum", "21/03/2025", ""],
    ]
    path = write_csv(tmp_path / "plan.csv", rows)

    plan = read_plan(path, today=TODAY).plan

    assert [len(g.actions) for g in plan.goals] == [2, 1]
    assert plan.goals[1].supporting_families_outcome is SupportingFamiliesOutcome.FINANCIAL_STABILITY


def test_a_goal_repeated_by_a_merged_cell_is_still_one_goal(tmp_path: Path) -> None:
    rows = [
        [
            "Secure housing",
            "Mr Patel will arrange a viewing.",
            "Mr Patel (Housing Officer)",
            "14/03/2025",
            "",
        ],
        ["Secure housing", "Mum will bring her tenancy papers.", "Mum", "14/03/2025", ""],
    ]
    path = write_xlsx(tmp_path / "plan.xlsx", rows)

    plan = read_plan(path, today=TODAY).plan

    assert len(plan.goals) == 1
    assert len(plan.goals[0].actions) == 2


def test_the_seed_002_three_columns_split_who_from_when(tmp_path: Path) -> None:
    rows = [
        [
            "Lily will go to sleep by 8pm on at least five nights a week.",
            "Mum will read a bedtime story with Lily every night and tick the chart.",
            "Mum (Sarah) every night, reviewed on 3 June 2025",
        ],
        ["", "Mrs March will check in with Lily each Monday.", "Mrs March (Head of Year 6) by 14 March 2025"],
    ]
    path = write_docx(tmp_path / "plan.docx", rows, header=SEED_002_HEADER, title=None, guidance=None)

    plan = read_plan(path, today=TODAY).plan

    story, check_in = plan.actions
    assert story.who == "Mum (Sarah)"
    assert story.when == "every night, reviewed on 3 June 2025"
    assert story.review_date == dt.date(2025, 6, 3)
    assert check_in.who == "Mrs March (Head of Year 6)"
    assert check_in.when == "by 14 March 2025"
    assert check_in.due_date == dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("cell", "who", "when"),
    [
        ("Dad - ASAP", "Dad", "ASAP"),
        ("Priya Shah, Health Visitor, 19.01.2024", "Priya Shah, Health Visitor", "19.01.2024"),
        ("Sehar (DSL)\nOngoing", "Sehar (DSL)", "Ongoing"),
        ("Grandma Pat", "Grandma Pat", ""),
    ],
)
def test_a_combined_who_and_when_cell_is_split(cell: str, who: str, when: str) -> None:
    assert split_who_when(cell, TODAY) == (who, when)


@pytest.mark.parametrize(
    "header",
    [
        [
            "family goals",
            "HOW WILL THIS HAPPEN?",
            "Who will do this",
            "When will we do this by",
            "Review/update",
        ],
        ["Goal", "Actions", "Who", "By when", "Progress"],
        [
            "Family Goal ",
            "How  will this happen",
            "Who will do this?",
            "When will we do this?",
            "Review / Update",
        ],
    ],
)
def test_headers_are_matched_forgivingly(tmp_path: Path, header: list[str]) -> None:
    path = write_csv(tmp_path / "plan.csv", SEED_000_ROWS, header=header)

    plan = read_plan(path, today=TODAY).plan

    assert_is_the_seed_000_example(plan)


def test_text_inside_word_content_controls_is_read(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "plan.docx", SEED_000_ROWS)
    document = Document(str(path))
    put_in_content_control(document.tables[0].rows[3].cells[2], "Susan (Parent) / Ben (Young person)")
    assert document.tables[0].rows[3].cells[2].text == ""  # what python-docx alone would see
    document.save(path)

    plan = read_plan(path, today=TODAY).plan

    assert plan.actions[0].who == "Susan (Parent) / Ben (Young person)"


def test_a_row_with_no_action_is_reported_not_dropped(tmp_path: Path) -> None:
    rows = [*SEED_000_ROWS, ["", "", "Mrs March (Head of Year 6)", "14/03/2025", ""]]
    path = write_xlsx(tmp_path / "plan.xlsx", rows)

    result = read_plan(path, today=TODAY)

    assert len(result.plan.actions) == 3
    assert len(result.problems) == 1
    assert result.problems[0].where == "sheet 'Sheet', row 6"
    assert "Mrs March" in result.problems[0].text


def test_an_action_before_any_goal_is_kept_and_reported(tmp_path: Path) -> None:
    rows = [["", "Mum will ring the school each Monday.", "Mum", "Every Monday (review 3.3.25)", ""]]
    path = write_csv(tmp_path / "plan.csv", rows)

    result = read_plan(path, today=TODAY)

    assert result.plan.actions[0].how == "Mum will ring the school each Monday."
    assert "no family goal" in result.problems[0].reason


def test_a_contingency_plan_under_its_heading_is_read(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "plan.docx", SEED_000_ROWS)
    document = Document(str(path))
    document.add_heading("Contingency plan", level=2)
    document.add_paragraph("If Susan is unwell, Grandma Pat will take Ben to school.")
    document.save(path)

    plan = read_plan(path, today=TODAY).plan

    assert plan.contingency == "If Susan is unwell, Grandma Pat will take Ben to school."


def one_line(error: ReadError) -> str:
    text = str(error)
    assert "\n" not in text
    return text


def test_a_damaged_word_file_is_a_one_line_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")

    with pytest.raises(ReadError) as caught:
        read_plan(path)

    assert one_line(caught.value).startswith("broken.docx: not a Word file")


def test_an_empty_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")

    with pytest.raises(ReadError) as caught:
        read_plan(path)

    assert one_line(caught.value) == "empty.xlsx: the file is empty"


def test_an_unknown_extension_says_what_can_be_read(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"%PDF-1.4")

    with pytest.raises(ReadError) as caught:
        read_plan(path)

    assert ".docx" in one_line(caught.value)
    assert "'.pdf'" in str(caught.value)


def test_a_missing_file_is_an_error() -> None:
    with pytest.raises(ReadError, match=r"nowhere\.json: no such file"):
        read_plan("nowhere.json")


def test_a_spreadsheet_without_plan_columns_is_an_error(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "budget.xlsx", [["rent", "400"]], header=["Item", "Amount"])

    with pytest.raises(ReadError, match="no table with the plan columns"):
        read_plan(path)


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text('{\n  "goals": [\n}', encoding="utf-8")

    with pytest.raises(ReadError, match=r"plan.json: not valid JSON \(line 3"):
        read_plan(path)


def test_json_with_a_wrong_field_names_the_field(tmp_path: Path) -> None:
    data = {"goals": [{"outcome": "x", "actions": [{"how": "y", "status": "finished"}]}]}
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(ReadError) as caught:
        read_plan(path)

    assert "goals.0.actions.0.status" in one_line(caught.value)


def test_a_misspelt_field_is_reported_not_ignored(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("goals: []\ncontingnecy: Grandma\n", encoding="utf-8")

    with pytest.raises(ReadError, match="contingnecy"):
        read_plan(path)


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("goals:\n  - outcome: [unclosed\n", encoding="utf-8")

    with pytest.raises(ReadError, match=r"plan.yaml: not valid YAML \(line"):
        read_plan(path)


def a_plan() -> Plan:
    return Plan(
        family_name="Smith",
        goals=[
            Goal(
                outcome="Ben will be in school for 90% of sessions.",
                actions=[Action(how="Walk to school", who="Mum", when="Every day (review 3.3.2025)")],
            )
        ],
        worries=["Ben misses school"],
        contingency="Grandma Pat will take Ben.",
    )


def test_json_and_yaml_round_trip_without_loss(tmp_path: Path) -> None:
    (tmp_path / "plan.json").write_text(plan_to_json(a_plan()), encoding="utf-8")
    (tmp_path / "plan.yaml").write_text(plan_to_yaml(a_plan()), encoding="utf-8")

    assert read_plan(tmp_path / "plan.json").plan == a_plan()
    assert read_plan(tmp_path / "plan.yaml").plan == a_plan()
