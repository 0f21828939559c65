"""Plans in spreadsheets: every sheet of an Excel workbook, or a CSV file."""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from familyplan.formats.archive import EXCEL, check_office_archive
from familyplan.formats.budget import CellBudget
from familyplan.formats.errors import ReadError, RowProblem
from familyplan.formats.file_tables import NoPlanTable, Source, no_plan_table, plan_tables
from familyplan.formats.tables import TableResult, read_table, split_details
from familyplan.plan.limits import LimitExceeded, Limits, count, current

# openpyxl reads lazily, so a damaged sheet fails part-way through iteration with
# whatever its zip or XML layer raises (XML parse errors are SyntaxErrors).
_DAMAGED_WORKBOOK = (
    InvalidFileException,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    SyntaxError,
    OSError,
)


def unescaped(cell: str) -> str:
    """A CSV cell as written before our writer kept it from being run as a formula ("'=..." -> "=...")."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@") else cell


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y") if value.time() == dt.time() else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _sheet_rows(sheet: object, where: str, budget: CellBudget) -> list[list[str]]:
    """A sheet's rows as text, streamed, stopping at the row and cell limits.

    Trailing empty cells are dropped as they are read, so a row formatted out to
    column XFD costs no more than its text.
    """
    rows: list[list[str]] = []
    for values in sheet.iter_rows(values_only=True):  # type: ignore[attr-defined]
        row = [_text(v) for v in values]
        while row and not row[-1]:
            row.pop()
        budget.row(where, len(rows) + 1, row)
        rows.append(row)
    return rows


def read_xlsx(path: Path, today: dt.date | None = None, limits: Limits | None = None) -> TableResult:
    """Every sheet with a plan table. A merged goal cell reads as blank below its first row: the same goal.

    Hidden sheets are not read, and said so; so is each formula cell with no value saved for it.
    """
    limits = limits or current()
    check_office_archive(path, EXCEL, limits)
    budget = CellBudget(limits)
    notes: list[RowProblem] = []
    try:
        # read_only streams large workbooks; data_only gives the values formulas last showed.
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            found = plan_tables(_sheets(workbook, budget, notes), today, exact_width=False)
        finally:
            workbook.close()
    except LimitExceeded as error:
        raise ReadError(path, str(error)) from error
    except NoPlanTable as error:
        hidden = [note.where for note in notes if note.reason in _HIDDEN.values()]
        skipped = f"not read, as hidden: {', '.join(hidden)}" if hidden else ""
        raise ReadError(path, "; ".join(part for part in (str(error), skipped) if part)) from error
    except _DAMAGED_WORKBOOK as error:
        raise ReadError(path, "not an Excel workbook (the workbook inside is damaged)") from error
    found.problems.extend(notes)
    return found


_HIDDEN = {
    "hidden": "a hidden sheet, so it was not read (hidden sheets hold drop-down lists, workings and old "
    "versions, not the plan): unhide it in Excel if it is the plan",
    "veryHidden": "a very hidden sheet (hidden so that Excel's menus do not show it), so it was not read",
}


def _sheets(workbook: Any, budget: CellBudget, notes: list[RowProblem]) -> Iterator[Source]:
    """The workbook's sheets that are shown; each sheet that is not, and each formula with no
    saved value, added to ``notes``."""
    for sheet in workbook.worksheets:
        where = f"sheet '{sheet.title}'"
        if (hidden := _HIDDEN.get(sheet.sheet_state)) is not None:
            notes.append(RowProblem(where, hidden, ""))
            continue
        # Some exporters write a wrong used range (often "A1"), which read-only
        # mode trusts and would cut the rows short.
        sheet.reset_dimensions()
        rows = _sheet_rows(sheet, where, budget)
        notes.extend(_formulas_without_values(sheet, where))
        yield Source(where, rows)


_SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NO_VALUE = (
    "a formula with no saved value (the workbook was not saved by Excel, which works formulas out), "
    "so the cell reads as blank"
)
# Each is reported up to this many in a sheet; the rest are counted.
_MOST_FORMULAS = 50


def _formulas_without_values(sheet: Any, where: str) -> list[RowProblem]:
    """Each formula cell of a sheet with no value saved for it: openpyxl reads those as blank.

    Programs other than Excel may write formulas without working them out. A formula whose
    result is empty text is saved with the type "str" and is not one of these.
    """
    problems: list[RowProblem] = []
    more = 0
    # The sheet's XML, as openpyxl's read-only sheet opens it: already checked by the archive check
    # (size, tags, no document type or entities), and streamed here a cell at a time.
    with sheet._get_source() as source:
        for _event, cell in ElementTree.iterparse(source):
            if cell.tag != f"{_SHEET}c":
                if cell.tag == f"{_SHEET}row":
                    cell.clear()  # its cells are read: the sheet is not kept whole in memory
                continue
            formula = cell.find(f"{_SHEET}f")
            if formula is not None and not cell.findtext(f"{_SHEET}v") and cell.get("t") != "str":
                if len(problems) < _MOST_FORMULAS:
                    text = (
                        f"={formula.text}" if formula.text else "(a formula shared with the cells above it)"
                    )
                    problems.append(RowProblem(f"{where}, cell {cell.get('r') or '?'}", _NO_VALUE, text))
                else:
                    more += 1
            cell.clear()
    if more:
        problems.append(RowProblem(where, f"{more} more formulas with no saved value, read as blank", ""))
    return problems


def _encodings(head: bytes) -> tuple[str, ...]:
    # Excel's "Unicode text" export is UTF-16 with a byte order mark.
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ("utf-16",)
    return ("utf-8-sig", "cp1252")


def _dialects(sample: str) -> list[type[csv.Dialect] | csv.Dialect]:
    """The sniffed dialect first, then the usual ones: the sniffer guesses wrong on short files."""
    dialects: list[type[csv.Dialect] | csv.Dialect] = []
    with contextlib.suppress(csv.Error):
        dialects.append(csv.Sniffer().sniff(sample, delimiters=",;\t|"))
    return [*dialects, csv.excel, csv.excel_tab, _Semicolon]


class _Semicolon(csv.excel):
    # Excel writes ";" in countries where "," is the decimal mark.
    delimiter = ";"


def _csv_rows(
    path: Path, encoding: str, dialect: type[csv.Dialect] | csv.Dialect, budget: CellBudget
) -> list[list[str]]:
    """The file's rows, streamed from disk and decoded as they come, stopping at the limits."""
    rows: list[list[str]] = []
    with path.open(encoding=encoding, newline="") as handle:
        for row in csv.reader(handle, dialect):
            budget.row("CSV", len(rows) + 1, row)
            rows.append([unescaped(cell) for cell in row])
    return rows


def _sample(path: Path, encoding: str) -> str:
    with path.open(encoding=encoding, newline="", errors="replace") as handle:
        return handle.read(4096)


def read_csv(path: Path, today: dt.date | None = None, limits: Limits | None = None) -> TableResult:
    """A plan table in a CSV file, read a row at a time (never the whole file at once)."""
    limits = limits or current()
    with path.open("rb") as handle:
        head = handle.read(64 * 1024)
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReadError(path, "not a CSV file (it holds binary data)")
    for encoding in _encodings(head):
        try:
            return _read_csv_as(path, encoding, today, limits)
        except UnicodeDecodeError:
            continue
    raise ReadError(path, "the text is in an encoding that could not be read (save it as UTF-8)")


def _read_csv_as(path: Path, encoding: str, today: dt.date | None, limits: Limits) -> TableResult:
    first: list[list[str]] = []  # the rows as the likeliest dialect reads them
    for dialect in _dialects(_sample(path, encoding)):
        try:
            rows = _csv_rows(path, encoding, dialect, CellBudget(limits))
        except LimitExceeded as error:
            raise ReadError(path, str(error)) from error
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                raise ReadError(
                    path,
                    f"CSV: more than {count(limits.cell_chars)} characters in a cell "
                    "(limit FAMILYPLAN_LIMIT_CELL_CHARS)",
                ) from error
            if "NUL" in str(error):
                raise ReadError(path, "not a CSV file (it holds binary data)") from error
            raise ReadError(path, f"not a readable CSV file ({error})") from error
        first = first or rows
        rows, details = split_details(rows)
        if (result := read_table(rows, "CSV", today)) is not None:
            result.details, result.details_where = details, "CSV, plan details"
            return result
    raise ReadError(path, no_plan_table([("the CSV file", first)]))
