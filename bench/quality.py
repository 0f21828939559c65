"""A council's archive made up for the quality report: Word, Excel and CSV plans in team folders.

    python -m bench.quality FOLDER --count 2000 [--word-only]

makes the files; `quality_report_figures()` times `familyplan quality-report` over
2,000 Word plans against python-docx alone opening the same files and reading
their tables, both on every core.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.plans import ACTIONS, OUTCOMES, PRACTITIONERS, WHENS, _fill

HEADER = [
    "Family Goal",
    "How will this happen",
    "Who will do this",
    "When will we do this",
    "Review / Update",
]
TEAMS = ["North", "South", "East", "West"]
CONTINGENCIES = [
    "If Mum is unwell, Grandma Pat will look after the children and take them to school.",
    "The case will go to conference.",
    "",
]
FAMILY_WHOS = ["Mum", "Dad", "Grandma Pat (support network)", "School", ""]


def plan_rows(seed: int) -> tuple[list[list[str]], str]:
    """A plan table's rows (a goal's first row names it, the rest leave it blank) and its contingency."""
    r = random.Random(seed)
    rows = []
    for _ in range(r.randint(2, 5)):
        outcome = _fill(r.choice(OUTCOMES), r, PRACTITIONERS)
        for a in range(r.randint(2, 4)):
            name, role = r.choice(PRACTITIONERS)
            who = r.choice([f"{name} ({role})", *FAMILY_WHOS])
            how = _fill(r.choice(ACTIONS), r, PRACTITIONERS)
            when = _fill(r.choice(WHENS), r, PRACTITIONERS)
            rows.append([outcome if a == 0 else "", how, who, when, ""])
    return rows, r.choice(CONTINGENCIES)


def write_word(path: Path, seed: int) -> None:
    from docx import Document

    rows, contingency = plan_rows(seed)
    document = Document()
    document.add_paragraph("Family Plan")
    table = document.add_table(rows=len(rows) + 1, cols=len(HEADER))
    for cells, values in zip(table.rows, [HEADER, *rows], strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    if contingency:
        extra = document.add_table(rows=1, cols=2)
        extra.rows[0].cells[0].text = "Contingency plan"
        extra.rows[0].cells[1].text = contingency
    document.save(str(path))


def write_excel(path: Path, seed: int) -> None:
    from openpyxl import Workbook

    rows, _ = plan_rows(seed)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Family Plan"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append([value or None for value in row])
    workbook.save(path)


def write_csv(path: Path, seed: int) -> None:
    rows, _ = plan_rows(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)


def _make_one(job: tuple[str, int, bool]) -> None:
    folder, number, word_only = job
    team = Path(folder) / TEAMS[number % len(TEAMS)]
    kind = "docx" if word_only else ("docx", "xlsx", "csv")[number % 3]
    path = team / f"plan-{number:05d}.{kind}"
    {"docx": write_word, "xlsx": write_excel, "csv": write_csv}[kind](path, number)


def make_archive(folder: Path, count: int, word_only: bool = False) -> None:
    """``count`` plans in team folders under ``folder``: all Word, or Word, Excel and CSV in turn."""
    for team in TEAMS:
        (folder / team).mkdir(parents=True, exist_ok=True)
    jobs = [(str(folder), number, word_only) for number in range(count)]
    with multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool:
        pool.map(_make_one, jobs, chunksize=16)


# --- python-docx alone: the reading limit ----------------------------------------------------


def _docx_tables(path: str) -> int:
    from docx import Document

    cells = 0
    for table in Document(path).tables:
        for row in table.rows:
            cells += sum(len(cell.text) for cell in row.cells)
    return cells


def docx_read_all(paths: list[str]) -> None:
    """python-docx opening every file and reading every table cell, on every core."""
    with multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool:
        for _ in pool.imap_unordered(_docx_tables, paths, chunksize=16):
            pass


def _docx_baseline_seconds(folder: Path) -> float:
    """The baseline as a whole process too, so both sides pay for starting Python and importing."""
    code = (
        "import sys; from pathlib import Path; from bench.quality import docx_read_all; "
        "docx_read_all(sorted(str(p) for p in Path(sys.argv[1]).rglob('*.docx')))"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(folder)], check=True)
    return time.perf_counter() - start


def _report_seconds(folder: Path, out: Path) -> float:
    familyplan = Path(sys.executable).with_name("familyplan")
    start = time.perf_counter()
    subprocess.run(
        [str(familyplan), "quality-report", str(folder), "--html", str(out / "r.html"), "--xlsx",
         str(out / "r.xlsx"), "--json", str(out / "r.json"), "--today", "2025-06-01"],
        check=True,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - start


def quality_report_figures() -> Iterator[tuple[str, float]]:
    with tempfile.TemporaryDirectory() as temp:
        word, mixed, out = Path(temp, "word"), Path(temp, "mixed"), Path(temp, "out")
        out.mkdir()
        make_archive(word, 2000, word_only=True)
        make_archive(mixed, 2000)
        _docx_baseline_seconds(word)  # once first, so both sides find the files in the page cache
        baseline = min(_docx_baseline_seconds(word) for _ in range(3))
        report = min(_report_seconds(word, out) for _ in range(3))
        mixed_report = _report_seconds(mixed, out)
    yield "quality_report_2000_word_s", round(report, 2)
    yield "docx_read_2000_word_s", round(baseline, 2)
    yield "quality_report_2000_vs_docx_read_ratio", round(report / baseline, 2)
    yield "quality_report_2000_word_excel_csv_s", round(mixed_report, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--word-only", action="store_true")
    args = parser.parse_args()
    make_archive(args.folder, args.count, args.word_only)
    print(f"Made {args.count} plans in {args.folder}")


if __name__ == "__main__":
    main()
