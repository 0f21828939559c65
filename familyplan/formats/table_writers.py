"""A plan written out as the seed 000 table, in Word and in Excel.

Councils' own templates use this layout (Family Goal | How will this happen |
Who will do this | When will we do this | Review / Update), so the files open
where practitioners expect them and read back through our own readers. A goal
is written once, on its first action's row; rows below it with a blank goal
cell belong to the same goal.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from familyplan.formats.details import HEADER as DETAILS_HEADER
from familyplan.formats.details import TITLE as DETAILS_TITLE
from familyplan.formats.details import plan_details
from familyplan.formats.xml_text import xml_text
from familyplan.plan.models import Action, Plan

HEADERS = (
    "Family Goal",
    "How will this happen",
    "Who will do this",
    "When will we do this",
    "Review / Update",
)


def _review_text(action: Action) -> str:
    return "\n".join(
        f"{note.date:%d/%m/%Y}: {note.text}" if note.date else note.text for note in action.progress
    )


def table_rows(plan: Plan) -> Iterator[tuple[str, str, str, str, str]]:
    """The plan's goals and actions as rows of the seed 000 table."""
    for goal in plan.goals:
        if not goal.actions:
            yield (goal.outcome, "", "", "", "")
            continue
        for index, action in enumerate(goal.actions):
            goal_cell = goal.outcome if index == 0 else ""
            yield (goal_cell, action.how, action.who, action.when, _review_text(action))


def _docx_details(document: Any, plan: Plan) -> None:
    """The family details and every other field, in a table the reader takes back in whole."""
    document.add_heading(DETAILS_TITLE, level=2)
    rows = plan_details(plan)
    table = document.add_table(rows=1 + len(rows), cols=2)
    table.style = "Table Grid"
    for row, values in zip(table.rows, [DETAILS_HEADER, *rows], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = xml_text(value)


def plan_to_docx(plan: Plan) -> bytes:
    document = Document()
    document.add_heading(
        xml_text(f"Family Plan{f': {plan.family_name}' if plan.family_name else ''}"), level=1
    )
    rows = list(table_rows(plan))
    table = document.add_table(rows=1 + len(rows), cols=len(HEADERS))
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, HEADERS, strict=True):
        cell.text = title
        for run in cell.paragraphs[0].runs:
            run.font.bold = True
    for row, values in zip(table.rows[1:], rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = xml_text(value)
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(10)
    if plan.contingency:
        document.add_heading("Contingency plan", level=2)
        document.add_paragraph(xml_text(plan.contingency))
    _docx_details(document, plan)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def plan_to_xlsx(plan: Plan) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Family Plan"
    sheet.append(list(HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in table_rows(plan):
        sheet.append([xml_text(v) for v in values])
        for cell in sheet[sheet.max_row]:
            # Stored as text: a cell starting "=", "+", "-" or "@" is never run as a formula.
            cell.data_type = "s"
    for column, width in zip("ABCDE", (40, 60, 30, 30, 50), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    details = workbook.create_sheet(DETAILS_TITLE)
    for pair in [DETAILS_HEADER, *plan_details(plan)]:
        details.append([xml_text(v) for v in pair])
        for cell in details[details.max_row]:
            cell.data_type = "s"
    details.column_dimensions["A"].width = 45
    details.column_dimensions["B"].width = 80
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _csv_cell(value: str) -> str:
    # A spreadsheet opening the file never runs a cell as a formula; the reader takes the "'" off again.
    return f"'{value}" if value[:1] in ("=", "+", "-", "@") else value


def plan_to_csv(plan: Plan) -> bytes:
    """The seed 000 table, then the contingency plan and the plan details, as one CSV file."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    writer.writerows([_csv_cell(v) for v in row] for row in table_rows(plan))
    if plan.contingency:
        writer.writerow(["Contingency plan", _csv_cell(plan.contingency)])
    writer.writerow([])
    writer.writerow(DETAILS_HEADER)
    writer.writerows([_csv_cell(field), _csv_cell(value)] for field, value in plan_details(plan))
    return buffer.getvalue().encode("utf-8")
