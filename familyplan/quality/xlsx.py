"""The quality report as an Excel workbook: one sheet a table, the same figures as the HTML."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from familyplan.formats.xml_text import xml_text
from familyplan.quality.report import GAPS, LETTERS, REPORT_TITLE
from familyplan.smart.findings import LETTER_NAMES

# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Numbers and dates as they are; text that a spreadsheet would run as a formula, quoted."""
    if value is None or isinstance(value, int | float | dt.date):
        return value
    text = xml_text(str(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


Sheet = tuple[str, list[str], list[list[Any]]]


def _day(iso: str) -> dt.date | str:
    """A date as a spreadsheet date, so it sorts and shows in the reader's own way."""
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        return iso


def _summary_sheets(report: dict[str, Any]) -> list[Sheet]:
    """The figures of the whole report, and the plans in each band of score."""
    scores = report["scores"]
    bands = [b["band"] for b in scores["overall"]["bands"]]
    keys = ("overall", *LETTERS)
    return [
        (
            "Summary",
            ["Figure", "Value"],
            [
                ["Made on", _day(report["made_on"])],
                ["Files read", report["files"]["read"]],
                ["Files refused", report["files"]["refused"]],
                ["Files skipped", report["files"]["skipped"]],
                ["Average overall SMART score", scores["overall"]["average"]],
                ["Median overall SMART score", scores["overall"]["median"]],
            ],
        ),
        (
            "Scores",
            ["Score", "Overall", *(LETTER_NAMES[letter] for letter in LETTERS)],
            [[band, *(scores[k]["bands"][i]["plans"] for k in keys)] for i, band in enumerate(bands)]
            + [["Average", *(scores[k]["average"] for k in keys)]],
        ),
    ]


def _fault_sheets(report: dict[str, Any]) -> list[Sheet]:
    """The faults found most, where in the plans they were, what was missing, and by team."""
    return [
        (
            "Faults",
            [
                "Fault",
                "Rule",
                "SMART letter",
                "Found",
                "Plans",
                "Guidance",
                "Guidance file",
                "Example 1",
                "Example 2",
            ],
            [
                [
                    f["what"],
                    f["rule"],
                    f["letter"],
                    f["findings"],
                    f["plans"],
                    f.get("guidance") or f["seed"],
                    f["seed"],
                    *(f["examples"] + ["", ""])[:2],
                ]
                for f in report["top_faults"]
            ],
        ),
        (
            "Sections",
            ["Part of the plan", "Faults"],
            [[s["section"], s["findings"]] for s in report["sections"]],
        ),
        ("Missing", ["", "Plans"], [[label, report["gaps"][key]] for key, label in GAPS.items()]),
        (
            "Teams",
            ["Team", "Plans", "Average score", *GAPS.values(), "Most common fault"],
            [
                [
                    t["team"],
                    t["plans"],
                    t["average_overall"],
                    *(t[k] for k in GAPS),
                    t.get("most_common_fault_what") or t["most_common_fault"],
                ]
                for t in report["teams"]
            ],
        ),
    ]


def _sheets(report: dict[str, Any]) -> list[Sheet]:
    sheets = _summary_sheets(report) + _fault_sheets(report)
    since = report.get("since")
    if since:
        rows = [
            [direction, r["what"], r["before"], r["now"], r["unit"]]
            for direction in ("improved", "worse")
            for r in since[direction]
        ]
        sheets.append(("Since", ["Change", "Figure", "Before", "Now", "Unit"], rows))
    sheets.append(("Refused", ["File", "Why"], [[r["file"], r["reason"]] for r in report["refused"]]))
    sheets.append(("Skipped", ["File", "Why"], [[r["file"], r["reason"]] for r in report["skipped"]]))
    return sheets


def _cell(sheet: Any, value: Any) -> Any:
    if not isinstance(value, dt.date):
        return safe_cell(value)
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = "d mmmm yyyy"
    return cell


def write_xlsx(report: dict[str, Any], target: Path | io.BytesIO) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    workbook.properties.title = REPORT_TITLE
    for title, header, rows in _sheets(report):
        sheet = workbook.create_sheet(title)
        sheet.append(header)
        for row in rows:
            sheet.append([_cell(sheet, v) for v in row])
    workbook.save(target)
