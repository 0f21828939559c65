"""Plan files built the way councils' templates are, for the readers' tests."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook

SEED_000_HEADER = [
    "Family Goal",
    "How will this happen",
    "Who will do this",
    "When will we do this",
    "Review / Update",
]
# The template's italic instructions under the header, as printed in seed 000.
SEED_000_GUIDANCE = [
    "Family goals listed here should align with the supporting families outcome framework e.g. Getting a good "
    "education",
    "Individual actions agreed with the family in response to the family goal. A single-family goal may be "
    "broken down into a number of smaller, specific action points.",
    "Who is responsible for this action? (this can include family members)",
    "Please provide a specific date. Avoid using ASAP. If 'ongoing' please state when the action will be reviewed.",
    "Progress of actions from previous reviews should be recorded here.",
]
# The worked example in seed 000, as printed there.
SEED_000_ROWS = [
    [
        "Getting a good education",
        "To support Ben's attendance, Ben is to arrive at school at 9am. 15 minutes later to miss the rush.",
        "Susan (Parent) / Ben (Young person)",
        "Every day (review 23.02.2024)",
        "This has been working well and Ben has felt more comfortable coming into class. Attendance is now 85%.",
    ],
    [
        "",
        "Exit card to be available in all lessons so Ben can leave if he's becoming overwhelmed.",
        "Sehar (DSL) / Ben (Young person)",
        "Every lesson (review 23.02.2024)",
        "An exit card has been available, and Ben has used this 10 times in the past 6 weeks.",
    ],
    [
        "",
        "CAMHS referral to be completed.",
        "Mohamed (Off the record)",
        "19.01.2024",
        "Referral completed. Ben remains on the CAMHS waiting list.",
    ],
]
# Seed 000's second table: what each column is for, label | explanation.
SEED_000_GUIDANCE_TABLE = [
    [
        "Family Goals",
        "Family goals should be the desired outcomes for the family and will build on what has been "
        "discussed during the Early Help Assessment or Team Around the Family meeting.",
    ],
    [
        "How will this happen",
        "To achieve the family goals, individual actions need to be completed to support the family.",
    ],
    [
        "Who will do this",
        "Who is responsible for the action? Try to avoid acronyms like HV for Health Visitor.",
    ],
    [
        "When will we do this",
        "Each individual action needs a specific date as to when it should be completed. Avoid using ASAP. "
        "If 'ongoing' please state when the action will be reviewed.",
    ],
    ["Review / Update", "The plan should be reviewed with the family and TAF network every 6-8 weeks."],
]
SEED_002_HEADER = [
    "What outcome do we want to achieve?",
    "What actions do we need to take to achieve that outcome?",
    "Who will do this and when?",
]


def add_docx_table(document: Any, rows: Sequence[Sequence[str]], italic_rows: Sequence[int] = ()) -> Any:
    """A table in ``document`` holding ``rows``; rows listed in ``italic_rows`` set in italics."""
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for number, (row, values) in enumerate(zip(table.rows, rows, strict=True)):
        for cell, value in zip(row.cells, values, strict=False):
            cell.text = value
            for run in cell.paragraphs[0].runs:
                run.italic = number in italic_rows
    return table


def write_docx(
    path: Path,
    rows: Sequence[Sequence[str]],
    header: Sequence[str] = SEED_000_HEADER,
    title: str | None = "Family Plan",
    guidance: Sequence[str] | None = SEED_000_GUIDANCE,
) -> Path:
    """The seed 000 template: a "Family Plan" title row across the table, the header, the italic guidance."""
    document = Document()
    document.add_paragraph("Family Plan Guidance")
    all_rows = ([[title] + [""] * (len(header) - 1)] if title else []) + [list(header)]
    all_rows += [list(guidance)] if guidance else []
    all_rows += [list(r) for r in rows]
    italic = [len(all_rows) - len(rows) - 1] if guidance else []
    table = add_docx_table(document, all_rows, italic_rows=italic)
    if title:
        # The title row is one cell across the table, as in the template.
        table.rows[0].cells[0].merge(table.rows[0].cells[-1])
        table.rows[0].cells[0].text = title
    document.save(str(path))
    return path


def _content_control(*children: Any, placeholder: bool = False) -> Any:
    sdt = OxmlElement("w:sdt")
    if placeholder:
        properties = OxmlElement("w:sdtPr")
        properties.append(OxmlElement("w:showingPlcHdr"))
        sdt.append(properties)
    content = OxmlElement("w:sdtContent")
    for child in children:
        content.append(child)
    sdt.append(content)
    return sdt


def put_in_content_control(cell: Any, text: str, placeholder: bool = False) -> None:
    """Replace a Word table cell's text with a content control (w:sdt) holding ``text``.

    With ``placeholder`` the control is empty and ``text`` is its prompt, as Word stores it.
    """
    paragraph = cell.paragraphs[0]
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    paragraph._p.append(_content_control(run, placeholder=placeholder))


def put_row_in_repeating_section(row: Any) -> None:
    """Wrap a table row in a content control, as a repeating section in a template does."""
    tr = row._tr
    sdt = _content_control()
    tr.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(tr)


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[object]],
    header: Sequence[str] = SEED_000_HEADER,
    guidance: Sequence[str] | None = None,
) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Family Plan"])
    sheet.append(list(header))
    if guidance:
        sheet.append(list(guidance))
    for row in rows:
        sheet.append([value if value != "" else None for value in row])
    workbook.save(path)
    return path


def write_sheets(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> Path:
    """A workbook of named sheets, each holding its rows as given (a blank cell left empty)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append([value if value != "" else None for value in row])
    workbook.save(path)
    return path


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    header: Sequence[str] = SEED_000_HEADER,
    guidance: Sequence[str] | None = None,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        if guidance:
            writer.writerow(guidance)
        writer.writerows(rows)
    return path
