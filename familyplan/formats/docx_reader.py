"""Plans in Word documents: every table, including text inside content controls.

Text is read from the document's XML rather than python-docx's ``cell.text`` and
``row.cells``: ``cell.text`` misses text inside content controls (w:sdt), which
council templates use a lot, and ``row.cells`` repeats a merged cell's text in
every column it spans.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import qn

from familyplan.formats.archive import WORD, check_office_archive
from familyplan.formats.budget import CellBudget
from familyplan.formats.cells import contingency_label
from familyplan.formats.errors import ReadError, RowProblem
from familyplan.formats.file_tables import NoPlanTable, Source, plan_tables
from familyplan.formats.plan_fields import PlanFields, is_signature_line, paragraph_cells, read_fields
from familyplan.formats.tables import TableResult, find_header
from familyplan.plan.limits import LimitExceeded, Limits, current

W_P, W_T, W_TAB, W_BR, W_CR = qn("w:p"), qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
W_R, W_TC, W_TR, W_TBL, W_SDT = qn("w:r"), qn("w:tc"), qn("w:tr"), qn("w:tbl"), qn("w:sdt")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Spans beyond this are damaged or hostile files: no plan table is that wide.
_MAX_SPAN = 64


def _is_placeholder(sdt: Any) -> bool:
    # An empty content control shows prompt text ("Click or tap here to enter
    # text.") that is stored as ordinary runs: it is not the family's words.
    return sdt.find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}") is not None


def _owning_paragraph(node: Any, root: Any) -> Any | None:
    """The paragraph a text node belongs to, or None when it is not ``root``'s own text.

    Not its own: text in a table nested inside ``root`` (read with that table),
    in a content control still showing its placeholder, or in the fallback copy
    of a text box (Word stores text boxes twice).
    """
    paragraph = None
    element = node
    while element is not None:
        tag = element.tag
        if tag == W_P and paragraph is None:
            paragraph = element
        if element is root:
            return paragraph
        if tag in (W_TC, _FALLBACK):
            return None
        if tag == W_SDT and _is_placeholder(element):
            return None
        element = element.getparent()
    return paragraph


def element_text(root: Any) -> str:
    """The text of a cell or paragraph, one line per paragraph."""
    paragraphs: dict[Any, list[str]] = {}
    for node in root.iter(W_T, W_TAB, W_BR, W_CR):
        if node.tag != W_T and node.getparent().tag != W_R:
            continue  # tab stops and page layout, not text
        paragraph = _owning_paragraph(node, root)
        if paragraph is None:
            continue
        piece = (node.text or "") if node.tag == W_T else (" " if node.tag == W_TAB else "\n")
        paragraphs.setdefault(paragraph, []).append(piece)
    lines = ("".join(pieces).strip() for pieces in paragraphs.values())
    return "\n".join(line for line in lines if line)


def _nearest(element: Any, tag: str) -> Any | None:
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _grid_value(element: Any, path: str, default: int) -> int:
    found = element.find(path)
    if found is None:
        return default
    try:
        return max(0, min(int(found.get(qn("w:val"), default)), _MAX_SPAN))
    except ValueError:
        return default


def _continues_down(tc: Any) -> bool:
    merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
    return merge is not None and merge.get(qn("w:val"), "continue") != "restart"


def _nested(tc: Any) -> list[Any]:
    """The tables nested in a cell (not those nested in them)."""
    return [tbl for tbl in tc.iter(W_TBL) if _nearest(tbl, W_TC) is tc]


def _is_plan_table(rows: list[list[str]]) -> bool:
    return find_header(rows) is not None


def _lines(rows: list[list[str]]) -> list[str]:
    """A table nested in a cell as lines of that cell, one a row: "Benefits check - 06/03/2026"."""
    return [" - ".join(c.replace("\n", " ") for c in row if c) for row in rows if any(row)]


def cell_text(tc: Any) -> str:
    """A table cell's text, one line per paragraph. A table nested in the cell (a list of dated
    steps in an action's cell) is part of it, a line for each of its rows, unless it is a plan
    table of its own (a plan laid out inside another table), which is read as a table."""
    folded = {id(tbl): rows for tbl in _nested(tc) if not _is_plan_table(rows := table_rows(tbl))}
    if not folded:
        return element_text(tc)
    lines: list[str] = []
    for block in _blocks(tc):
        if block.tag == W_TBL:
            lines += _lines(folded.pop(id(block), []))
        else:
            lines.append(element_text(block))
    # Nested deeper than the cell's own paragraphs and content controls (in a text box): still its text.
    for rows in folded.values():
        lines += _lines(rows)
    return "\n".join(line for line in lines if line)


def table_rows(tbl: Any, budget: CellBudget | None = None, where: str = "table") -> list[list[str]]:
    """The rows of a Word table as text, each merged cell once, lined up with the grid.

    Rows and cells inside content controls (repeating sections) belong to the
    table too. A nested table's rows do not: its text is the cell's, unless it is
    a plan table of its own. ``budget`` stops at the row and cell limits.
    """
    rows: list[list[str]] = []
    above: list[str] = []
    for tr in tbl.iter(W_TR):
        if _nearest(tr, W_TBL) is not tbl:
            continue
        # Cells missing at the start of a row (w:gridBefore) still count as columns.
        row = [""] * _grid_value(tr, f"{qn('w:trPr')}/{qn('w:gridBefore')}", 0)
        for tc in tr.iter(W_TC):
            if _nearest(tc, W_TR) is not tr:
                continue
            text = cell_text(tc)
            if not text and _continues_down(tc) and len(row) < len(above):
                # A cell merged down from the row above ("Mum" as who for three actions)
                # says the same in every row it covers.
                text = above[len(row)]
            row.append(text)
            # A horizontally merged cell covers several grid columns: blanks keep
            # the cells after it under their own headers.
            row.extend([""] * (_grid_value(tc, f"{qn('w:tcPr')}/{qn('w:gridSpan')}", 1) - 1))
        above = row
        if budget is not None:
            budget.row(where, len(rows) + 1, row)
        rows.append(row)
    return rows


def _blocks(parent: Any) -> Iterator[Any]:
    """Body paragraphs and tables in order, looking inside block-level content controls."""
    for child in parent.iterchildren():
        if child.tag in (W_P, W_TBL):
            yield child
        elif child.tag == W_SDT and not _is_placeholder(child):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content)


def _is_heading(paragraph: Any) -> bool:
    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    name = (style.get(qn("w:val"), "") if style is not None else "").lower()
    return name.startswith(("heading", "title"))


def _contingency_after_label(blocks: list[Any]) -> tuple[str, Any | None]:
    """What follows a "Contingency plan" heading: the table just below (returned too), or
    paragraphs to the next heading or to where the plan is signed ("Signed: ... Date: ...")."""
    texts: list[str] = []
    for block in blocks:
        if block.tag == W_TBL:
            if not texts:
                return "\n".join(c for row in table_rows(block) for c in row if c), block
            break
        text = element_text(block)
        if (
            _is_heading(block)
            or contingency_label(text) is not None
            or is_signature_line(paragraph_cells(text))
        ):
            break
        if text:
            texts.append(text)
    return "\n".join(t for t in texts if t), None


def _contingency_in_paragraphs(body: Any) -> tuple[str, Any | None]:
    """The contingency plan under a "Contingency plan" label, and the table it is in if it is in one."""
    blocks = list(_blocks(body))
    for index, block in enumerate(blocks):
        if block.tag != W_P:
            continue
        label = contingency_label(element_text(block))
        if label is None:
            continue
        return (label, None) if label else _contingency_after_label(blocks[index + 1 :])
    return "", None


def _paragraphs(body: Any) -> tuple[list[list[str]], list[list[str]]]:
    """The paragraphs above the first table, and those after it. Both may hold the plan's details
    ("What is working well: ..." is often written under the plan); but a date signed under the plan
    ("Signed: ... Date: ...") is not the day it was made."""
    above: list[list[str]] = []
    below: list[list[str]] = []
    lines, contingency = above, False
    for block in _blocks(body):
        if block.tag == W_TBL:
            lines, contingency = below, False
            continue
        text = element_text(block)
        if _is_heading(block) or contingency_label(text) is not None:
            contingency = contingency_label(text) == ""
        elif contingency and is_signature_line(paragraph_cells(text)):
            contingency = False  # the plan signed under its contingency plan: read as the lines under it
        elif contingency:
            continue  # the contingency plan under its heading, read as that
        lines.append(paragraph_cells(text))
    return above, below


def _fields(body: Any) -> tuple[PlanFields, list[RowProblem]]:
    """The plan's details in the document's paragraphs, those above its tables first, with the
    labelled lines the plan has no place for above them; and those under them."""
    above, below = _paragraphs(body)
    fields = read_fields(above, "the document's text", whole=False)
    under = read_fields(below, "the document's text under its first table", whole=False, below=True)
    fields.fill(under)
    return fields, under.problems


_DAMAGED = "not a Word file (the document inside is damaged or is not a .docx)"


def _open_body(path: Path, limits: Limits) -> Any:
    """The document's body, parsed by python-docx's own XML parser from the part the
    archive check has just unpacked: the plan is in that part alone, so styles, theme
    and settings are neither unpacked again nor parsed."""
    document_xml = check_office_archive(path, WORD, limits)
    try:
        body = parse_xml(document_xml).find(qn("w:body"))
    # lxml reports broken XML as a SyntaxError; a part with no root element as a ValueError.
    except (SyntaxError, ValueError) as error:
        raise ReadError(path, _DAMAGED) from error
    if body is None:
        raise ReadError(path, _DAMAGED)
    return body


def _tables(body: Any, budget: CellBudget, contingency: Any | None) -> Iterator[Source]:
    """The document's tables in order, numbered as Word's reader sees them, nested ones included;
    a table nested in a cell that is not a plan table is read as that cell's text instead.

    Not reported if it is not a plan table: the table under a "Contingency plan" heading (read
    as the contingency plan), and a table that lays out a plan table nested in one of its cells
    (its own text is a caption)."""
    for number, tbl in enumerate(body.iter(W_TBL), start=1):
        where = f"table {number}"
        if _nearest(tbl, W_TC) is not None and not _is_plan_table(table_rows(tbl)):
            continue
        rows = table_rows(tbl, budget, where)
        holds_plan = any(
            _is_plan_table(table_rows(inner))
            for tc in tbl.iter(W_TC)
            if _nearest(tc, W_TBL) is tbl
            for inner in _nested(tc)
        )
        yield Source(where, rows, reported=not holds_plan and tbl is not contingency)


def read_docx(path: Path, today: dt.date | None = None, limits: Limits | None = None) -> TableResult:
    """Every plan table in the document, and its contingency plan if one is labelled."""
    limits = limits or current()
    body = _open_body(path, limits)
    contingency, contingency_table = _contingency_in_paragraphs(body)
    fields, later = _fields(body)
    try:
        found = plan_tables(_tables(body, CellBudget(limits), contingency_table), today, fields=fields)
    except LimitExceeded as error:
        raise ReadError(path, str(error)) from error
    except NoPlanTable as error:
        raise ReadError(path, str(error)) from error
    found.contingency = contingency or found.contingency
    # Said in the order of the document: the lines above its tables, the tables, the lines under.
    found.problems = [*fields.problems, *found.problems, *later]
    return found
