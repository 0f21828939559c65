"""Plans in Word documents: every table, including text inside content controls."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from familyplan.formats.errors import ReadError, RowProblem
from familyplan.formats.tables import TableResult, normalise, read_table
from familyplan.plan.models import Goal


def cell_text(tc: Any) -> str:
    """All the text of a cell, paragraph by paragraph.

    ``cell.text`` misses text inside content controls (w:sdt), which council
    templates use a lot, so the text runs are read from the cell's XML.
    """
    paragraphs = []
    for paragraph in tc.iter(qn("w:p")):
        if any(parent.tag == qn("w:tc") for parent in _ancestors_until(paragraph, tc)):
            continue  # belongs to a table nested in this cell: read with that table
        paragraphs.append("".join(t.text or "" for t in paragraph.iter(qn("w:t"))))
    return "\n".join(p for p in paragraphs if p.strip())


def _ancestors_until(element: Any, stop: Any) -> list[Any]:
    out = []
    parent = element.getparent()
    while parent is not None and parent is not stop:
        out.append(parent)
        parent = parent.getparent()
    return out


def table_rows(tbl: Any) -> list[list[str]]:
    """The rows of a Word table as text, each merged cell once."""
    rows = []
    for tr in tbl.iter(qn("w:tr")):
        if tr.getparent() is not tbl:
            continue
        row = []
        for tc in tr.iter(qn("w:tc")):
            if tc.getparent() is not tr and tc.getparent().tag != qn("w:sdtContent"):
                continue
            span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
            text = cell_text(tc)
            row.append(text)
            # A horizontally merged cell stands for several grid columns: keep the
            # columns lined up with the header by repeating nothing but blanks.
            if span is not None:
                row.extend([""] * (int(span.get(qn("w:val"), "1")) - 1))
        rows.append(row)
    return rows


def _contingency(document: Any) -> str:
    """Text under a "Contingency plan" heading or beside it in a two-column table."""
    paragraphs = document.paragraphs
    for i, paragraph in enumerate(paragraphs):
        if normalise(paragraph.text).startswith("contingency"):
            following = []
            for later in paragraphs[i + 1 :]:
                if later.style is not None and later.style.name.lower().startswith("heading"):
                    break
                if later.text.strip():
                    following.append(later.text.strip())
            if following:
                return "\n".join(following)
    for tbl in document.element.body.iter(qn("w:tbl")):
        for row in table_rows(tbl):
            if len(row) >= 2 and normalise(row[0]).startswith("contingency"):
                return row[1].strip()
    return ""


def read_docx(path: Path, today: dt.date | None = None) -> tuple[list[Goal], list[RowProblem], str]:
    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ReadError(path, "not a Word file (.docx), or the file is damaged") from error
    goals: list[Goal] = []
    problems: list[RowProblem] = []
    found = False
    for number, tbl in enumerate(document.element.body.iter(qn("w:tbl")), start=1):
        result: TableResult | None = read_table(table_rows(tbl), f"table {number}", today)
        if result is None:
            continue
        found = True
        goals.extend(result.goals)
        problems.extend(result.problems)
    if not found:
        raise ReadError(
            path,
            "no table with the plan columns found (need at least: how will this happen or actions, "
            "who will do this, and when)",
        )
    return goals, problems, _contingency(document)
