"""Readers and writers: plans in and out of JSON, YAML, Word, Excel, CSV and FHIR."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from familyplan.formats.errors import ReadError, RowProblem
from familyplan.formats.jsonyaml import plan_to_json, plan_to_yaml
from familyplan.formats.tables import TableResult
from familyplan.plan.models import Plan

SUPPORTED = (".json", ".yaml", ".yml", ".docx", ".xlsx", ".csv")
_MAX_BYTES = 50 * 1024 * 1024
_MAX_TEXT = 20_000  # the model's limit on a text field


@dataclass
class ReadResult:
    plan: Plan
    problems: list[RowProblem] = field(default_factory=list)
    source: str = ""


def read_plan(path: str | Path, today: dt.date | None = None) -> ReadResult:
    """Read a plan from a file, choosing the reader by its extension.

    Raises ReadError (one line: "FILE: reason") for anything that cannot be read.
    """
    from familyplan.formats.docx_reader import read_docx
    from familyplan.formats.jsonyaml import read_json, read_yaml
    from familyplan.formats.tabular import read_csv, read_xlsx

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        kind = f"'{suffix}' files" if suffix else "files with no extension"
        raise ReadError(path, f"cannot read {kind}; use one of {', '.join(SUPPORTED)}")
    try:
        size = path.stat().st_size
    except FileNotFoundError as error:
        raise ReadError(path, "no such file") from error
    except OSError as error:
        raise ReadError(path, f"cannot open it ({error.strerror})") from error
    if path.is_dir():
        raise ReadError(path, "is a folder, not a file")
    if size == 0:
        raise ReadError(path, "the file is empty")
    if size > _MAX_BYTES:
        raise ReadError(path, f"the file is too large ({size // (1024 * 1024)} MB; at most 50 MB)")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ReadError(path, f"cannot read it ({error.strerror})") from error
    if suffix in (".json", ".yaml", ".yml"):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ReadError(path, "not UTF-8 text") from error
        plan = read_json(path, text) if suffix == ".json" else read_yaml(path, text)
        return ReadResult(plan=plan, source=str(path))
    if suffix == ".docx":
        tables = read_docx(path, today)
    elif suffix == ".xlsx":
        tables = read_xlsx(path, today)
    else:
        tables = read_csv(path, raw, today)
    return _from_tables(path, tables)


def _from_tables(path: Path, tables: TableResult) -> ReadResult:
    problems = list(tables.problems)
    contingency = tables.contingency
    if len(contingency) > _MAX_TEXT:
        # Too long for the model: say so rather than fail the whole plan over it.
        problems.append(
            RowProblem("contingency plan", f"longer than {_MAX_TEXT} characters, so it was not read", "")
        )
        contingency = ""
    return ReadResult(Plan(goals=tables.goals, contingency=contingency), problems, str(path))


__all__ = ["SUPPORTED", "ReadError", "ReadResult", "RowProblem", "plan_to_json", "plan_to_yaml", "read_plan"]
