"""Plans in spreadsheets: every sheet of an Excel workbook, or a CSV file."""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from familyplan.formats.archive import EXCEL, check_office_archive
from familyplan.formats.errors import ReadError
from familyplan.formats.tables import NO_TABLE, TableResult, contingency_in_rows, read_table

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


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y") if value.time() == dt.time() else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _merge(into: TableResult, result: TableResult | None, rows: Sequence[Sequence[str]]) -> bool:
    if result is None:
        into.contingency = into.contingency or contingency_in_rows(rows)
        return False
    into.goals.extend(result.goals)
    into.problems.extend(result.problems)
    into.contingency = into.contingency or result.contingency
    return True


def read_xlsx(path: Path, today: dt.date | None = None) -> TableResult:
    """Every sheet with a plan table. A merged goal cell reads as blank below its first row: the same goal."""
    check_office_archive(path, EXCEL)
    found = TableResult()
    matched = False
    try:
        # read_only streams large workbooks; data_only gives the values formulas last showed.
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            for sheet in workbook.worksheets:
                # Some exporters write a wrong used range (often "A1"), which read-only
                # mode trusts and would cut the rows short.
                sheet.reset_dimensions()
                rows = [[_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
                matched |= _merge(found, read_table(rows, f"sheet '{sheet.title}'", today), rows)
        finally:
            workbook.close()
    except _DAMAGED_WORKBOOK as error:
        raise ReadError(path, "not an Excel workbook (the workbook inside is damaged)") from error
    if not matched:
        raise ReadError(path, NO_TABLE)
    return found


def _decode(path: Path, raw: bytes) -> str:
    # Excel's "Unicode text" export is UTF-16 with a byte order mark.
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReadError(path, "the text is in an encoding that could not be read (save it as UTF-8)")


def _dialects(sample: str) -> list[type[csv.Dialect] | csv.Dialect]:
    """The sniffed dialect first, then the usual ones: the sniffer guesses wrong on short files."""
    dialects: list[type[csv.Dialect] | csv.Dialect] = []
    with contextlib.suppress(csv.Error):
        dialects.append(csv.Sniffer().sniff(sample, delimiters=",;\t|"))
    return [*dialects, csv.excel, csv.excel_tab, _Semicolon]


class _Semicolon(csv.excel):
    # Excel writes ";" in countries where "," is the decimal mark.
    delimiter = ";"


def read_csv(path: Path, raw: bytes, today: dt.date | None = None) -> TableResult:
    text = _decode(path, raw)
    if "\x00" in text:
        raise ReadError(path, "not a CSV file (it holds binary data)")
    rows: list[list[str]] = []
    for dialect in _dialects(text[:4096]):
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
        except csv.Error as error:
            raise ReadError(path, f"not a readable CSV file ({error})") from error
        if (result := read_table(rows, "CSV", today)) is not None:
            return result
    raise ReadError(path, NO_TABLE)
