"""Readers and writers: plans in and out of JSON, YAML, Word, Excel, CSV and FHIR."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from familyplan.formats.details import merged, plan_from_details
from familyplan.formats.errors import ReadError, RowProblem
from familyplan.formats.jsonyaml import plan_to_json, plan_to_yaml
from familyplan.formats.plan_fields import THE_CHILD
from familyplan.formats.tables import TableResult
from familyplan.plan.limits import LimitExceeded, Limits, check_plan_size, current, size
from familyplan.plan.models import FamilyMember, Plan, Practitioner

SUPPORTED = (".json", ".yaml", ".yml", ".docx", ".xlsx", ".csv")


@dataclass
class ReadResult:
    plan: Plan
    problems: list[RowProblem] = field(default_factory=list)
    source: str = ""
    # What the file's kind cannot hold, said of the whole file rather than of a row.
    notes: list[RowProblem] = field(default_factory=list)


def read_plan(path: str | Path, today: dt.date | None = None, limits: Limits | None = None) -> ReadResult:
    """Read a plan from a file, choosing the reader by its extension.

    Raises ReadError (one line: "FILE: reason") for anything that cannot be read,
    including a file beyond the limits (``familyplan.plan.limits``): nothing is
    read whole before it has been measured.
    """
    path = Path(path)
    limits = limits or current()
    try:
        return _read_plan(path, today, limits)
    except LimitExceeded as error:
        raise ReadError(path, str(error)) from error
    except MemoryError as error:  # pragma: no cover - the limits are there so this never happens
        raise ReadError(path, "there is not enough memory to read it; it is too large") from error
    except RecursionError as error:
        raise ReadError(path, "not a plan: it is nested too deeply") from error


def _measure(path: Path, limits: Limits) -> None:
    """Refuse a path that is not a readable file within the size limit, before opening it."""
    try:
        stored = path.stat().st_size
    except FileNotFoundError as error:
        raise ReadError(path, "no such file") from error
    except OSError as error:
        raise ReadError(path, f"cannot open it ({error.strerror})") from error
    if path.is_dir():
        raise ReadError(path, "is a folder, not a file")
    if stored == 0:
        raise ReadError(path, "the file is empty")
    if stored > limits.file_bytes:
        raise ReadError(
            path,
            f"the file is larger than {size(limits.file_bytes)} ({stored / 2**20:.1f} MB; "
            "limit FAMILYPLAN_LIMIT_FILE_BYTES)",
        )


_OLDER_OFFICE = {
    ".doc": "an older Word file (.doc): open it in Word and save it as a Word Document (.docx)",
    ".xls": "an older Excel file (.xls): open it in Excel and save it as an Excel Workbook (.xlsx)",
}


def _read_plan(path: Path, today: dt.date | None, limits: Limits) -> ReadResult:
    from familyplan.formats.docx_reader import read_docx
    from familyplan.formats.jsonyaml import read_yaml
    from familyplan.formats.tabular import read_csv, read_xlsx

    suffix = path.suffix.lower()
    if suffix in _OLDER_OFFICE:
        raise ReadError(path, _OLDER_OFFICE[suffix])
    if suffix not in SUPPORTED:
        kind = f"'{suffix}' files" if suffix else "files with no extension"
        raise ReadError(path, f"cannot read {kind}; use one of {', '.join(SUPPORTED)}")
    _measure(path, limits)
    try:
        if suffix in (".json", ".yaml", ".yml"):
            try:
                text = path.read_bytes().decode("utf-8-sig")
            except UnicodeDecodeError as error:
                raise ReadError(path, "not UTF-8 text") from error
            if suffix == ".json":
                return _read_json(path, text, limits)
            return ReadResult(plan=read_yaml(path, text, limits), source=str(path))
        if suffix == ".docx":
            tables = read_docx(path, today, limits)
        elif suffix == ".xlsx":
            tables = read_xlsx(path, today, limits)
        else:
            tables = read_csv(path, today, limits)
    except OSError as error:
        raise ReadError(path, f"cannot read it ({error.strerror})") from error
    return _from_tables(path, tables, limits)


def _read_json(path: Path, text: str, limits: Limits) -> ReadResult:
    """A plan in our JSON format, or in a FHIR R4 bundle."""
    from familyplan.formats.fhir_reader import plan_from_fhir
    from familyplan.formats.jsonyaml import load_json, plan_from_data

    data = load_json(path, text, limits)
    if isinstance(data, dict) and data.get("resourceType") == "Bundle":
        plan, problems = plan_from_fhir(data, path, limits)
        return ReadResult(plan, problems=problems, source=str(path))
    return ReadResult(plan=plan_from_data(data, path, limits), source=str(path))


def _from_tables(path: Path, tables: TableResult, limits: Limits) -> ReadResult:
    problems = list(tables.problems)
    contingency = tables.contingency or tables.fields.contingency
    if len(contingency) > limits.field_chars:
        # Too long for the model: say so rather than fail the whole plan over it.
        problems.append(
            RowProblem(
                "contingency plan",
                f"longer than {limits.field_chars:,} characters (limit FAMILYPLAN_LIMIT_FIELD_CHARS), "
                "so it was not read",
                "",
            )
        )
        contingency = ""
    fields = tables.fields
    members = tables.family_members + [
        child
        for child in fields.children
        if all(m.name.lower() != child.name.lower() for m in tables.family_members)
    ]
    members, family_views, unplaced = _with_views(members, fields.views)
    problems += unplaced
    people = {"family_members": members, "practitioners": _with_lead(tables)}
    written = {
        "family_views": family_views,
        "family_name": fields.family_name,
        "family_reference": fields.family_reference,
        "started_on": fields.started_on,
        "next_review_date": fields.next_review_date,
        "strengths": fields.strengths,
        "worries": fields.worries,
    }
    plan = Plan(goals=tables.goals, contingency=contingency, **people, **written)
    if tables.details is not None:
        details, found = plan_from_details(tables.details, tables.details_where)
        problems += found
        if details is not None:
            plan, found = merged(details, tables.goals, contingency, tables.details_where)
            problems += found
            # The file's own tables of people and details around its tables, where "Plan details" has none.
            plan = plan.model_copy(update={k: getattr(plan, k) or v for k, v in (people | written).items()})
    actions = sum(len(goal.actions) for goal in plan.goals)
    check_plan_size(len(plan.goals), actions, limits=limits)
    return ReadResult(plan, problems, str(path))


_WHICH_CHILD = (
    "the views of 'the child' could not be given to a child: the plan has {children}, "
    "so they were kept as the family's views"
)


def _with_views(
    members: list[FamilyMember], views: list[tuple[str, str]]
) -> tuple[list[FamilyMember], str, list[RowProblem]]:
    """The family with each one's views where the file names whose they are ("Ruby's views: ..."
    is the views of Ruby Clarke; "Child's views", those of the plan's one child), the views it
    gives as no one's in particular, the family's, and the child's views no one child could have."""
    members, family, problems = list(members), [], []
    children = [i for i, m in enumerate(members) if m.is_child]
    for whose, text in views:
        at = next((i for i, m in enumerate(members) if whose and m.name.lower().split()[:1] == [whose]), None)
        if whose == THE_CHILD and len(children) == 1:
            at = children[0]
        elif whose == THE_CHILD:
            # Which child of several, or none, the file does not say: kept, and said so.
            count = f"{len(children)} children" if children else "no child"
            problems.append(RowProblem("the child's views", _WHICH_CHILD.format(children=count), text[:500]))
        if at is None:
            family.append(text)
            continue
        said = "\n".join(part for part in (members[at].views, text) if part)
        members[at] = members[at].model_copy(update={"views": said})
    return members, "\n".join(family), problems


def _with_lead(tables: TableResult) -> list[Practitioner]:
    """The practitioners of the file's tables, with the lead its details name ("Lead practitioner:
    Chloe Hart") marked, or added if no table lists them; a table's own lead mark comes first."""
    lead, practitioners = tables.fields.lead, list(tables.practitioners)
    if lead is None or any(p.is_lead for p in practitioners):
        return practitioners
    same = next((i for i, p in enumerate(practitioners) if p.name.lower() == lead.name.lower()), None)
    if same is None:
        return [lead, *practitioners]
    practitioners[same] = practitioners[same].model_copy(update={"is_lead": True})
    return practitioners


__all__ = ["SUPPORTED", "ReadError", "ReadResult", "RowProblem", "plan_to_json", "plan_to_yaml", "read_plan"]
