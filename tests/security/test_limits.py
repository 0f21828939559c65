"""Hostile and oversized files, plans and requests are refused with a message naming the limit
and where it was hit; nothing is read whole before it is measured, and nothing crashes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.formats import ReadError, read_plan
from familyplan.plan.limits import Limits
from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Family
from tests.formats.builders import SEED_000_ROWS, write_csv, write_xlsx
from tests.hostile_files import CORPUS, Hostile, build

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {item.name: path for item, path in build(tmp_path_factory.mktemp("hostile"))}


def refusal(path: Path) -> str:
    with pytest.raises(ReadError) as caught:
        read_plan(path)
    return str(caught.value)


@pytest.mark.parametrize("item", CORPUS, ids=[item.name for item in CORPUS])
def test_every_hostile_file_is_refused_naming_the_limit(item: Hostile, corpus: dict[str, Path]) -> None:
    message = refusal(corpus[item.name])

    assert message.startswith(f"{item.name}: ")
    assert item.limit in message
    assert "\n" not in message


def test_a_zip_whose_header_understates_its_size_is_measured_by_what_it_unpacks_to(
    corpus: dict[str, Path],
) -> None:
    message = refusal(corpus["word-bomb-lying-header.docx"])

    assert message == (
        "word-bomb-lying-header.docx: part 'word/document.xml': more than 8 MB of XML to read whole "
        "(limit FAMILYPLAN_LIMIT_XML_BYTES)"
    )


def test_a_million_row_workbook_is_refused_at_the_first_row_over_the_limit(corpus: dict[str, Path]) -> None:
    assert refusal(corpus["excel-million-rows.xlsx"]) == (
        "excel-million-rows.xlsx: part 'xl/worksheets/sheet1.xml' (a sheet), row 10,001: "
        "more than 10,000 rows (limit FAMILYPLAN_LIMIT_ROWS)"
    )


def test_the_check_command_refuses_a_bomb_in_one_line_with_no_traceback(corpus: dict[str, Path]) -> None:
    result = runner.invoke(app, ["check", str(corpus["word-bomb-honest-header.docx"])])

    assert result.exit_code == 2
    assert "FAMILYPLAN_LIMIT_XML_BYTES" in result.output
    assert "Traceback" not in result.output


def test_import_reports_a_hostile_file_and_imports_nothing_from_it(
    lead: User, corpus: dict[str, Path], tmp_path: Path
) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "bomb.xlsx").write_bytes(corpus["excel-million-rows.xlsx"].read_bytes())

    result = runner.invoke(app, ["import", str(folder), "--as", "lead"], env={"COLUMNS": "200"})

    assert result.exit_code == 1
    assert "FAMILYPLAN_LIMIT_ROWS" in result.stdout
    assert not Family.objects.exists()


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> Limits:
    limits = Limits(rows=12, cells=200, cell_chars=300, goals=3, actions=5)
    monkeypatch.setattr("familyplan.plan.limits._current", limits)
    return limits


def rows(count: int) -> list[list[str]]:
    return [
        ["Ben will be in school every day", f"Mum will walk Ben to school {n}", "Mum", "19.01.2024"]
        for n in range(count)
    ]


def test_a_csv_file_exactly_at_the_row_limit_is_read(small_limits: Limits, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "plan.csv",
        rows(3),
        header=["Family Goal", "How will this happen", "Who will do this", "When will we do this"],
    )
    with path.open("a", encoding="utf-8") as handle:
        handle.write(",,,\n" * 8)  # 12 rows in all, counting the header

    assert len(read_plan(path).plan.goals[0].actions) == 3


def test_a_csv_file_one_row_over_the_limit_says_which_row(small_limits: Limits, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "plan.csv", rows(3))
    with path.open("a", encoding="utf-8") as handle:
        handle.write(",,,\n" * 9)

    assert refusal(path) == "plan.csv: CSV, row 13: more than 12 rows (limit FAMILYPLAN_LIMIT_ROWS)"


def test_a_cell_over_the_character_limit_says_which_cell(small_limits: Limits, tmp_path: Path) -> None:
    long = rows(1)
    long[0][1] = "x" * 301
    path = write_csv(tmp_path / "plan.csv", long)

    assert refusal(path) == (
        "plan.csv: CSV, row 2, column 2: more than 300 characters in a cell (limit FAMILYPLAN_LIMIT_CELL_CHARS)"
    )


def test_a_workbook_with_more_actions_than_a_plan_may_hold_is_refused(
    small_limits: Limits, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "plan.xlsx", rows(6))

    assert refusal(path) == "plan.xlsx: plan: more than 5 actions (6) (limit FAMILYPLAN_LIMIT_ACTIONS)"


def test_a_json_plan_with_more_goals_than_allowed_is_refused_before_it_is_validated(
    small_limits: Limits, tmp_path: Path
) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps({"goals": [{"outcome": "x", "bogus": 1}] * 4}), encoding="utf-8")

    assert refusal(path) == "plan.json: plan: more than 3 goals (4) (limit FAMILYPLAN_LIMIT_GOALS)"


def test_yaml_nested_beyond_the_limit_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("goals:\n" + "".join("  " * n + "- \n" for n in range(1, 40)), encoding="utf-8")

    assert "more than 32 deep (limit FAMILYPLAN_LIMIT_NESTING)" in refusal(path)


def test_a_plan_read_from_word_within_the_limits_is_unchanged_by_them(tmp_path: Path) -> None:
    from tests.formats.builders import write_docx

    path = write_docx(tmp_path / "plan.docx", SEED_000_ROWS)

    assert len(read_plan(path).plan.goals[0].actions) == 3


def test_a_council_changes_a_limit_with_an_environment_variable() -> None:
    limits = Limits.from_environment(
        {"FAMILYPLAN_LIMIT_ROWS": "20000", "FAMILYPLAN_LIMIT_CHECK_SECONDS": "2.5"}
    )

    assert (limits.rows, limits.check_seconds, limits.goals) == (20_000, 2.5, Limits().goals)


def test_a_limit_that_is_not_a_number_is_named_when_the_service_starts() -> None:
    with pytest.raises(ValueError, match="FAMILYPLAN_LIMIT_ROWS must be a number"):
        Limits.from_environment({"FAMILYPLAN_LIMIT_ROWS": "lots"})
