"""Plan files built the way councils' templates are, for the readers' tests."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

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
SEED_000_GUIDANCE = [
    "Family goals listed here should align with the supporting families outcome framework e.g. Getting a good "
    "education",
    "Individual actions agreed with the family in response to the family goal.",
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


def write_docx(
    path: Path,
    rows: Sequence[Sequence[str]],
    header: Sequence[str] = SEED_000_HEADER,
    title: str | None = "Family Plan",
    guidance: Sequence[str] | None = SEED_000_GUIDANCE,
) -> Path:
    document = Document()
    document.add_paragraph("Family Plan Guidance")
    all_rows = ([[title] + [""] * (len(header) - 1)] if title else []) + [list(header)]
    all_rows += [list(guidance)] if guidance else []
    all_rows += [list(r) for r in rows]
    table = document.add_table(rows=len(all_rows), cols=len(header))
    for row, values in zip(table.rows, all_rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    if title:
        # The title row is one cell across the table, as in the template.
        table.rows[0].cells[0].merge(table.rows[0].cells[-1])
        table.rows[0].cells[0].text = title
    document.save(path)
    return path


def put_in_content_control(cell, text: str) -> None:
    """Replace a Word table cell's text with a content control (w:sdt) holding ``text``."""
    paragraph = cell.paragraphs[0]
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    sdt = OxmlElement("w:sdt")
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    content.append(run)
    sdt.append(content)
    paragraph._p.append(sdt)
    assert qn("w:sdt") in {child.tag for child in paragraph._p}


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], header: Sequence[str] = SEED_000_HEADER) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Family Plan"])
    sheet.append(list(header))
    for row in rows:
        sheet.append([value if value != "" else None for value in row])
    workbook.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[str]], header: Sequence[str] = SEED_000_HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path
