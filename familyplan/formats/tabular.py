"""Plans in spreadsheets: every sheet of an Excel workbook, or a CSV file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from familyplan.formats.errors import ReadError, RowProblem
from familyplan.formats.tables import read_table
from familyplan.plan.models import Goal

_NO_TABLE = (
    "no table with the plan columns found (need at least: how will this happen or actions, "
    "who will do this, and when)"
)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y") if value.time() == dt.time() else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def read_xlsx(path: Path, today: dt.date | None = None) -> tuple[list[Goal], list[RowProblem]]:
    try:
        # read_only streams large workbooks; data_only gives the values formulas last showed.
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ReadError(path, "not an Excel workbook (.xlsx), or the file is damaged") from error
    goals: list[Goal] = []
    problems: list[RowProblem] = []
    found = False
    try:
        for sheet in workbook.worksheets:
            rows = [[_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            result = read_table(rows, f"sheet '{sheet.title}'", today)
            if result is not None:
                found = True
                goals.extend(result.goals)
                problems.extend(result.problems)
    finally:
        workbook.close()
    if not found:
        raise ReadError(path, _NO_TABLE)
    return goals, problems


def _decode(path: Path, raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReadError(path, "the text is in an encoding that could not be read (save it as UTF-8)")


def read_csv(path: Path, raw: bytes, today: dt.date | None = None) -> tuple[list[Goal], list[RowProblem]]:
    text = _decode(path, raw)
    if "\x00" in text:
        raise ReadError(path, "not a CSV file (it holds binary data)")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = list(csv.reader(io.StringIO(text), dialect))
    except csv.Error as error:
        raise ReadError(path, f"not a readable CSV file ({error})") from error
    result = read_table(rows, "CSV", today)
    if result is None:
        raise ReadError(path, _NO_TABLE)
    return result.goals, result.problems
