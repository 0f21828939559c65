"""All the tables of one file (Word tables, Excel sheets) read together into one plan.

A plan table is one with a header row naming the plan's columns. A table with no header
of its own and as many columns as the plan table just before it carries that table on (a
plan split by a page break, or over two sheets). A "Plan details" table may close any of
them; a table that is not a plan table may hold the contingency plan, or the family or the
professionals involved. Any other table with
text in it is reported as not read, so that every row is read or reported; and a file with
no plan table is refused naming the table that came nearest and what it lacks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from familyplan.formats.errors import RowProblem
from familyplan.formats.headers import (
    HOW,
    WHO,
    WHO_WHEN,
    classify_header,
    is_column_guide,
    titles_only,
    what_it_is,
)
from familyplan.formats.people import names_people, read_people
from familyplan.formats.plan_fields import PlanFields, is_fields_table, read_fields
from familyplan.formats.tables import (
    NO_TABLE,
    TableReader,
    TableResult,
    contingency_in_rows,
    find_header,
    split_details,
    table_reader,
)
from familyplan.plan.models import FamilyMember, Practitioner


@dataclass(frozen=True)
class Source:
    """One table of a file, named by where it is ("table 2", "sheet 'Plan'")."""

    where: str
    rows: list[list[str]]
    # Whether its rows are reported when it is not a plan table: not if they are read otherwise
    # (as the contingency plan under its heading), or are a caption around a plan table in a cell.
    reported: bool = True


class NoPlanTable(Exception):
    """No table of the file is a plan table; ``str()`` says which came nearest and what it lacks."""


def _filled(rows: Sequence[Sequence[str]]) -> list[list[str]]:
    return [[c.strip() for c in row] for row in rows if any(c.strip() for c in row)]


def _width(rows: Sequence[Sequence[str]]) -> int:
    return max((len(row) for row in rows), default=0)


@dataclass
class _Nearest:
    """The table that came nearest to being a plan table, so far."""

    score: int = -1
    said: str = ""

    def consider(self, where: str, rows: Sequence[Sequence[str]]) -> None:
        for row in rows[:50]:
            score, what = what_it_is(row)
            if score > self.score:
                cells = " | ".join(c for c in row if c)[:200]
                shown = f"its headers: {cells}" if score else f"its first row: {cells}"
                self.score, self.said = score, f"{where} {what} ({shown})"


def no_plan_table(tables: Iterable[tuple[str, Sequence[Sequence[str]]]], skipped: str = "") -> str:
    """Why no table is a plan table: which came nearest, and what it lacks."""
    nearest = _Nearest()
    for where, rows in tables:
        nearest.consider(where, _filled(rows))
    return _refusal(nearest, skipped)


def _refusal(nearest: _Nearest, skipped: str) -> str:
    said = [NO_TABLE]
    if nearest.said:
        said.append(f"the nearest: {nearest.said}")
    if skipped:
        said.append(skipped)
    return "; ".join(said)


def _has_a_title(row: Sequence[str]) -> bool:
    """A row of the table's own column titles: one short cell, with no date or number in it, that
    names a column ("Date | Notes | Worker", "Strengths | Worries | Next steps")."""
    return any(
        cell and len(cell.split()) <= 3 and not any(c.isdigit() for c in cell) and classify_header(cell)
        for cell in row
    )


def _an_action(row: Sequence[str], how: int | None) -> bool:
    """Whether a row holds an action written out in the action column: then its other cells
    ("Date TBC", "Review at TAF") are the plan's words, not column titles."""
    return how is not None and how < len(row) and len(row[how].split()) >= 3


def _reads_as_actions(rows: Sequence[Sequence[str]], how: int | None) -> bool:
    """Whether most rows hold an action written out in the plan's action column: a contacts list
    ("Kerry Walsh | 07700 900123") carries no plan on."""
    if how is None:
        return True
    return 2 * sum(_an_action(row, how) for row in rows) >= len(rows)


class _Reading:
    """The file's tables so far: the plan read from them, and the plan table a table may carry on."""

    def __init__(self, today: dt.date | None, exact_width: bool, fields: PlanFields | None) -> None:
        self.today = today
        self.exact_width = exact_width
        self.found = TableResult()
        self.matched = False
        self.reader: TableReader | None = None
        self.nearest = _Nearest()
        if fields is not None:
            self.found.fields = fields

    def table(self, source: Source) -> None:
        rows, details = split_details(source.rows)
        if details is not None:
            self.found.details, self.found.details_where = details, source.where
            if not _filled(rows):
                return
        filled = _filled(rows)
        if not filled:
            return  # an empty table: nothing to read, nothing lost
        reader = table_reader(rows, source.where, self.today)
        if reader is not None and (header_at := self._header_repeated(rows)) is not None:
            # The plan's header printed again at the top of the next page: the same plan goes on.
            assert self.reader is not None
            self.reader.carry_on(source.where)
            self.reader.read_rows(rows[header_at + 1 :], first=header_at + 2)
        elif reader is not None:
            self._end_plan_table()
            self.reader, self.matched = reader, True
        elif self._carries_on(rows, filled):
            assert self.reader is not None
            self.reader.carry_on(source.where)
            self.reader.read_rows(rows)
        else:
            self._end_plan_table()
            self._not_a_plan_table(source, rows, filled)

    def _header_repeated(self, rows: Sequence[Sequence[str]]) -> int | None:
        """Where a table repeats, as its header, the header of the plan table just before it."""
        found = find_header(rows)
        if self.reader is None or found is None:
            return None
        header = [c.strip() for c in rows[found[0]]]
        return found[0] if header == self.reader.header else None

    def _carries_on(self, rows: Sequence[Sequence[str]], filled: list[list[str]]) -> bool:
        """Whether a table with no plan header carries on the plan table just before it: no header of
        its own, and as many columns. A sheet keeps no count of its columns (its rows end at their
        last filled cell): there, no more columns, and at least up to the action and who columns."""
        reader = self.reader
        if reader is None or titles_only(filled[0]) or names_people(filled):
            return False
        if _has_a_title(filled[0]) and not _an_action(filled[0], reader.columns.get(HOW)):
            return False
        if not _reads_as_actions(filled, reader.columns.get(HOW)):
            return False
        width = _width(rows)
        if self.exact_width:
            return width == reader.width
        needed = max(reader.columns.get(key, 0) for key in (HOW, WHO, WHO_WHEN)) + 1
        return needed <= width <= reader.width

    def _end_plan_table(self) -> None:
        if self.reader is not None:
            result = self.reader.finish()
            self.found.goals.extend(result.goals)
            self.found.problems.extend(result.problems)
            self._add_people(result.family_members, result.practitioners, self.reader.where)
            self.found.contingency = self.found.contingency or result.contingency
            self.found.fields.fill(result.fields)
            self.reader = None

    def _add_people(
        self, members: Sequence[FamilyMember], practitioners: Sequence[Practitioner], where: str
    ) -> None:
        """People from one table: someone already listed (the child in the family table and in a
        table of the children's schools) once, with what each table says; and one lead."""
        for member in members:
            same = next((m for m in self.found.family_members if m.name.lower() == member.name.lower()), None)
            if same is None:
                self.found.family_members.append(member)
                continue
            filled = {k: v for k, v in member.model_dump().items() if v and not getattr(same, k)}
            self.found.family_members[self.found.family_members.index(same)] = same.model_copy(update=filled)
        for practitioner in practitioners:
            if practitioner.is_lead and any(p.is_lead for p in self.found.practitioners):
                # A plan has one lead: the first table's, as the plan format keeps one.
                practitioner = practitioner.model_copy(update={"is_lead": False})
                reason = "marked as lead too: a plan has one lead, the one named first"
                self.found.problems.append(RowProblem(where, reason, practitioner.name))
            self.found.practitioners.append(practitioner)

    def _not_a_plan_table(self, source: Source, rows: list[list[str]], filled: list[list[str]]) -> None:
        self.nearest.consider(source.where, filled)
        if (people := read_people(filled, source.where, self.today)) is not None:
            self.found.problems.extend(people.problems)
            self._add_people(people.family_members, people.practitioners, source.where)
            return
        # A table of the plan's details, its contingency plan among them ("Contingency plan | If ...").
        if is_fields_table(filled):
            fields = read_fields([[c.strip() for c in row] for row in rows], source.where)
            self.found.fields.fill(fields)
            self.found.problems.extend(fields.problems)
            return
        if contingency := contingency_in_rows(rows):
            self.found.contingency = self.found.contingency or contingency
            return
        if not source.reported or is_column_guide(filled):
            return
        best = max((what_it_is(row) for row in filled[:50]), key=lambda found: found[0])
        count = f"{len(filled)} row{'s' if len(filled) > 1 else ''}"
        reason = f"not a plan table: it {best[1]}, so its {count} were not read"
        text = " | ".join(c for row in filled for c in row if c)[:500]
        self.found.problems.append(RowProblem(source.where, reason, text))

    def finish(self, skipped: str) -> TableResult:
        self._end_plan_table()
        if not self.matched:
            raise NoPlanTable(_refusal(self.nearest, skipped))
        return self.found


def plan_tables(
    tables: Iterable[Source],
    today: dt.date | None = None,
    *,
    exact_width: bool = True,
    skipped: str = "",
    fields: PlanFields | None = None,
) -> TableResult:
    """Every plan table of a file read into one result; NoPlanTable if none is a plan table.

    ``exact_width``: whether a table that carries on the one before it has exactly as many
    columns (Word tables do; a sheet's rows end at their last filled cell). ``skipped``: what
    was not looked at (hidden sheets), said when the file is refused. ``fields``: the plan's details
    found outside its tables (a document's paragraphs), which come before any in its tables.
    """
    sources = list(tables)
    # A date with no year counts from the day the plan was made, wherever in the file that is said.
    reading = _Reading(_made_on(sources, fields) or today, exact_width, fields)
    for source in sources:
        reading.table(source)
    return reading.finish(skipped)


def _made_on(sources: Sequence[Source], fields: PlanFields | None) -> dt.date | None:
    """The day the plan was made, from the lines around its tables or a table of its details."""
    if fields is not None and fields.started_on:
        return fields.started_on
    for source in sources:
        rows = [[c.strip() for c in row] for row in source.rows]
        found = find_header(rows)
        block = rows[: found[0]] if found is not None else rows if is_fields_table(_filled(rows)) else []
        if block and (day := read_fields(block, source.where).started_on):
            return day
    return None
