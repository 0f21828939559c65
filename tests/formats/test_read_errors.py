"""Files that cannot be read as a plan: one line, naming the file and saying why, never a traceback."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from familyplan.formats import ReadError, read_plan
from familyplan.plan.limits import Limits
from tests.formats.builders import SEED_000_ROWS, write_csv, write_docx, write_xlsx


def error_for(path: Path) -> str:
    with pytest.raises(ReadError) as caught:
        read_plan(path)
    text = str(caught.value)
    assert "\n" not in text
    assert caught.value.path == path
    assert text == f"{path.name}: {caught.value.reason}"
    return text


def with_part_replaced(source: Path, target: Path, part: str, data: bytes) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for item in original.infolist():
            copy.writestr(item, data if item.filename == part else original.read(item))
    return target


def test_a_damaged_zip_is_not_a_word_file(tmp_path: Path) -> None:
    (tmp_path / "plan.docx").write_bytes(b"PK\x03\x04 not really a zip")

    assert error_for(tmp_path / "plan.docx") == "plan.docx: not a Word file (the zip archive is damaged)"


def test_a_cut_short_word_file_is_a_damaged_zip(tmp_path: Path) -> None:
    whole = write_docx(tmp_path / "whole.docx", SEED_000_ROWS).read_bytes()
    (tmp_path / "plan.docx").write_bytes(whole[: len(whole) // 2])

    assert error_for(tmp_path / "plan.docx") == "plan.docx: not a Word file (the zip archive is damaged)"


def test_a_word_file_with_broken_xml_inside_is_not_a_word_file(tmp_path: Path) -> None:
    good = write_docx(tmp_path / "good.docx", SEED_000_ROWS)
    path = with_part_replaced(good, tmp_path / "plan.docx", "word/document.xml", b"<w:document><broken")

    assert error_for(path).startswith("plan.docx: not a Word file (the document inside is damaged")


def test_a_word_file_whose_styles_are_damaged_still_gives_its_plan(tmp_path: Path) -> None:
    # The plan is in the document part; a damaged part the reader does not need
    # (styles, here) costs the person nothing.
    good = write_docx(tmp_path / "good.docx", SEED_000_ROWS)
    path = with_part_replaced(good, tmp_path / "plan.docx", "word/styles.xml", b"<w:styles><broken")

    assert read_plan(path).plan.goals == read_plan(good).plan.goals


def test_an_old_word_file_or_a_password_protected_one_says_so(tmp_path: Path) -> None:
    (tmp_path / "plan.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))

    message = error_for(tmp_path / "plan.docx")

    assert "older Office file (.doc)" in message
    assert "password" in message


def test_a_workbook_renamed_as_a_word_file_says_what_it_looks_like(tmp_path: Path) -> None:
    workbook = write_xlsx(tmp_path / "plan.xlsx", SEED_000_ROWS)
    (tmp_path / "plan.docx").write_bytes(workbook.read_bytes())

    assert error_for(tmp_path / "plan.docx") == "plan.docx: not a Word file (it looks like an Excel workbook)"


def test_a_zip_that_is_not_a_workbook_is_not_an_excel_workbook(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    (tmp_path / "plan.xlsx").write_bytes(buffer.getvalue())

    assert error_for(tmp_path / "plan.xlsx") == (
        "plan.xlsx: not an Excel workbook (a zip archive without a document in it)"
    )


def test_a_workbook_with_a_broken_sheet_is_not_an_excel_workbook(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", SEED_000_ROWS)
    path = with_part_replaced(good, tmp_path / "plan.xlsx", "xl/worksheets/sheet1.xml", b"<worksheet><broken")

    assert error_for(path) == "plan.xlsx: not an Excel workbook (the workbook inside is damaged)"


def test_an_archive_that_would_unpack_to_far_more_than_a_plan_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("familyplan.plan.limits._current", Limits(unpacked_bytes=1000))
    path = write_docx(tmp_path / "plan.docx", SEED_000_ROWS)

    assert "more than 1,000 bytes unpacked in all (limit FAMILYPLAN_LIMIT_UNPACKED_BYTES)" in error_for(path)


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".csv", ".json", ".yaml"])
def test_an_empty_file_is_an_error(tmp_path: Path, suffix: str) -> None:
    (tmp_path / f"empty{suffix}").write_bytes(b"")

    assert error_for(tmp_path / f"empty{suffix}") == f"empty{suffix}: the file is empty"


def test_an_unknown_extension_says_what_can_be_read(tmp_path: Path) -> None:
    (tmp_path / "plan.pdf").write_bytes(b"%PDF-1.4")

    assert error_for(tmp_path / "plan.pdf") == (
        "plan.pdf: cannot read '.pdf' files; use one of .json, .yaml, .yml, .docx, .xlsx, .csv"
    )


def test_a_file_with_no_extension_says_what_can_be_read(tmp_path: Path) -> None:
    (tmp_path / "plan").write_bytes(b"{}")

    assert "cannot read files with no extension" in error_for(tmp_path / "plan")


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    assert error_for(tmp_path / "nowhere.json") == "nowhere.json: no such file"


def test_a_folder_is_not_a_plan_file(tmp_path: Path) -> None:
    (tmp_path / "plans.csv").mkdir()

    assert error_for(tmp_path / "plans.csv") == "plans.csv: is a folder, not a file"


@pytest.mark.parametrize(
    "write",
    [
        lambda folder: write_docx(folder / "budget.docx", [["rent", "400"]], header=["Item", "Amount"]),
        lambda folder: write_xlsx(folder / "budget.xlsx", [["rent", "400"]], header=["Item", "Amount"]),
        lambda folder: write_csv(folder / "budget.csv", [["rent", "400"]], header=["Item", "Amount"]),
    ],
    ids=["docx", "xlsx", "csv"],
)
def test_a_file_without_a_plan_table_is_an_error(tmp_path: Path, write: Callable[[Path], Path]) -> None:
    path = write(tmp_path)

    where = {".docx": "table 1", ".xlsx": "sheet 'Sheet'", ".csv": "the CSV file"}[path.suffix]
    first = "Item | Amount" if path.suffix == ".csv" else "Family Plan"  # the title above the table
    assert error_for(path) == (
        f"{path.name}: no table with the plan columns found (need at least: how will this happen / actions, who, when); "
        f"the nearest: {where} has none of the plan's columns (its first row: {first})"
    )


def test_binary_data_in_a_csv_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "plan.csv").write_bytes(b"Family Goal,How\x00\x01")

    assert error_for(tmp_path / "plan.csv") == "plan.csv: not a CSV file (it holds binary data)"


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "plan.json").write_text('{\n  "goals": [\n}', encoding="utf-8")

    assert error_for(tmp_path / "plan.json").startswith("plan.json: not valid JSON at line 3, column 1")


def test_json_with_a_wrong_value_names_the_field(tmp_path: Path) -> None:
    data = {"goals": [{"outcome": "x", "actions": [{"how": "y"}, {"how": "z", "status": "finished"}]}]}
    (tmp_path / "plan.json").write_text(json.dumps(data), encoding="utf-8")

    message = error_for(tmp_path / "plan.json")

    assert message.startswith(
        "plan.json: does not fit the plan format: goals.0.actions.1.status: Input should be"
    )


def test_only_the_first_five_field_errors_are_listed(tmp_path: Path) -> None:
    data = {"goals": [{"outcome": 1, "status": "x"} for _ in range(4)]}
    (tmp_path / "plan.json").write_text(json.dumps(data), encoding="utf-8")

    message = error_for(tmp_path / "plan.json")

    assert message.count("goals.") == 5
    assert message.endswith("and 3 more")


def test_json_that_is_not_an_object_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "plan.json").write_text("[1, 2]", encoding="utf-8")

    assert "expected a plan (an object with fields such as goals)" in error_for(tmp_path / "plan.json")


def test_json_nested_too_deeply_is_an_error_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "plan.json").write_text("[" * 100_000, encoding="utf-8")

    assert "line 1: lists or objects nested more than 32 deep (limit FAMILYPLAN_LIMIT_NESTING)" in error_for(
        tmp_path / "plan.json"
    )


def test_a_misspelt_yaml_field_is_reported_not_ignored(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text("goals: []\ncontingnecy: Grandma\n", encoding="utf-8")

    assert "contingnecy: not a field of the plan format (check its spelling)" in error_for(
        tmp_path / "plan.yaml"
    )


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "plan.yml").write_text("goals:\n  - outcome: [unclosed\n", encoding="utf-8")

    assert error_for(tmp_path / "plan.yml").startswith("plan.yml: not valid YAML (line 3)")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "long.json",
            '{"reviews": [{"date": "2026-01-01", "scaling": [{"goal_index": ' + "9" * 5000 + "}]}]}",
        ),
        ("long.yaml", "reviews:\n- date: 2026-01-01\n  scaling:\n  - goal_index: " + "9" * 5000 + "\n"),
    ],
)
def test_a_number_thousands_of_digits_long_is_refused_in_one_line(
    tmp_path: Path, name: str, text: str
) -> None:
    path = tmp_path / name
    path.write_text(text)

    with pytest.raises(ReadError, match="a number in it is thousands of digits long"):
        read_plan(path)


def test_a_field_longer_than_the_limit_names_the_limit_a_council_can_raise(tmp_path: Path) -> None:
    longest = Limits().field_chars
    data = {"goals": [{"outcome": "x" * (longest + 1), "actions": []}]}
    (tmp_path / "plan.json").write_text(json.dumps(data), encoding="utf-8")

    message = error_for(tmp_path / "plan.json")

    assert message.startswith("plan.json: does not fit the plan format: goals.0.outcome:")
    assert message.endswith("(limit FAMILYPLAN_LIMIT_FIELD_CHARS)")
