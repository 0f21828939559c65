"""One family plan table (from Word, Excel or CSV) turned into goals and actions.

Its header row says which column holds what (``familyplan.formats.headers``); the
rows under it become goals and actions. Every row either becomes part of the plan
or is reported. A file's tables together: ``familyplan.formats.file_tables``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import ValidationError

from familyplan.formats.cells import (
    action_status,
    completed_note,
    contingency_label,
    excel_day,
    progress_notes,
    split_who_when,
    supporting_families_outcome,
    without_merge_repeats,
)
from familyplan.formats.details import is_details_header
from familyplan.formats.errors import RowProblem
from familyplan.formats.headers import (
    COMPLETED,
    GOAL,
    HOW,
    MEASURE,
    REVIEW,
    REVIEW_DATE,
    STATUS,
    WHEN,
    WHO,
    WHO_WHEN,
    header_columns,
    is_guidance_row,
    titles_only,
)
from familyplan.formats.jsonyaml import describe_validation_error
from familyplan.formats.people import names_people, read_people
from familyplan.formats.plan_fields import (
    A_SENTENCE,
    PlanFields,
    is_detail_row,
    is_labelled,
    is_signature_line,
    read_fields,
    unplaced_line,
)
from familyplan.plan.models import Action, ActionStatus, FamilyMember, Goal, Practitioner, ProgressNote
from familyplan.plan.parsing import parse_when
from familyplan.plan.who_cells import parse_who


@dataclass
class TableResult:
    goals: list[Goal] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    contingency: str = ""
    # The rows of a "Plan details" table (familyplan.formats.details), below its header, if the file has one.
    details: list[list[str]] | None = None
    details_where: str = ""
    # The people of tables of the family and of the professionals (familyplan.formats.people).
    family_members: list[FamilyMember] = field(default_factory=list)
    practitioners: list[Practitioner] = field(default_factory=list)
    # The plan's details written around its tables (familyplan.formats.plan_fields).
    fields: PlanFields = field(default_factory=PlanFields)


def split_details(rows: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[list[str]] | None]:
    """The rows above a "Plan details" table, and its rows below its header (None if there is none)."""
    for index, row in enumerate(rows):
        if is_details_header(row):
            return [list(r) for r in rows[:index]], [list(r) for r in rows[index + 1 :]]
    return [list(r) for r in rows], None


NO_TABLE = "no table with the plan columns found (need at least: how will this happen / actions, who, when)"


def _labelled_contingency(filled: Sequence[str]) -> str | None:
    """A row's contingency plan if its first cell is the label: "" when the text is in the next row."""
    label = contingency_label(filled[0]) if filled else None
    if label is None:
        return None
    return "\n".join(part for part in (label, *filled[1:]) if part)


def contingency_in_rows(rows: Sequence[Sequence[str]]) -> str:
    """The contingency plan in a table that is not a plan table (a label | value row)."""
    awaiting = False
    for row in rows:
        filled = [c.strip() for c in row if c.strip()]
        if awaiting and filled:
            return "\n".join(filled)
        text = _labelled_contingency(filled)
        if text:
            return text
        awaiting = awaiting or text == ""
    return ""


def find_header(rows: Sequence[Sequence[str]]) -> tuple[int, dict[str, int]] | None:
    # Title and family-details rows ("Family Plan") may sit above the header.
    for index, row in enumerate(rows[:50]):
        if (columns := header_columns([c.strip() for c in row])) is not None:
            return index, columns
    return None


def read_table(rows: Sequence[Sequence[str]], where: str, today: dt.date | None = None) -> TableResult | None:
    """Goals and actions from one table, or None if it is not a plan table."""
    reader = table_reader(rows, where, today)
    return reader.finish() if reader is not None else None


def table_reader(
    rows: Sequence[Sequence[str]], where: str, today: dt.date | None = None
) -> TableReader | None:
    """A reader that has read one table, and may read more rows that carry on from it; None if the
    table is not a plan table."""
    found = find_header(rows)
    if found is None:
        return None
    header_at, columns = found
    above = [list(r) for r in rows[:header_at]]
    people_at = next(
        (i for i, row in enumerate(above) if names_people([row]) and not is_labelled(row)), header_at
    )
    fields = read_fields(above[:people_at], where)
    # A date with no year is the next such day after the plan was made, where the file says when.
    reader = TableReader(columns, rows[header_at], where, fields.started_on or today)
    reader.result.fields = fields
    reader.result.problems.extend(fields.problems)
    if people_at < header_at:
        reader.add_people(above[people_at:])  # "Name | Date of birth | ..." above the plan, on the same sheet
    reader.read_rows(rows[header_at + 1 :], first=header_at + 2)
    return reader


_NO_ACTION = "no action in the 'how' column, so it was not read"
_NO_GOAL = "action with no family goal above it: kept under a goal with no outcome"
_UNREAD_COLUMN = "this column is not part of the plan layout, so its text was not read"
_HEADING = "a heading (text in the first cell only, with no actions under it), so it was not read as a goal"
# A row with only its first cell filled, of at most this many words, may be a section heading.
_HEADING_WORDS = 15


class TableReader:
    def __init__(
        self, columns: dict[str, int], header: Sequence[str], where: str, today: dt.date | None
    ) -> None:
        self.columns = columns
        self.header = [h.strip() for h in header]
        self.width = len(self.header)
        self.where = where
        self.today = today
        self.result = TableResult()
        self.awaiting_contingency = False
        # column index -> texts found there, for columns that map to nothing
        self.unread: dict[int, list[str]] = {}
        # Goals read from rows with only their first cell filled, with no action under them yet
        # (goal, where, text). Those followed by a header, or by another such row that has actions
        # under it, were section headings ("Section B - Parent's needs"), not goals.
        self.headings: list[tuple[Goal, str, str]] = []
        # A block of people under the plan on the same sheet ("Professionals" then "Name | Role"):
        # its rows, header first, until the next plan header.
        self.people_rows: list[list[str]] | None = None

    def add_people(self, rows: Sequence[Sequence[str]]) -> None:
        """Rows of a table of people, header first, read into the plan's people."""
        people = read_people(rows, self.where, self.today)
        if people is not None:
            self.result.family_members.extend(people.family_members)
            self.result.practitioners.extend(people.practitioners)
            self.result.problems.extend(people.problems)

    def read_rows(self, rows: Sequence[Sequence[str]], first: int = 1) -> None:
        """Rows of the table, the first of them row number ``first``."""
        for number, row in enumerate(rows, start=first):
            self.read_row(without_merge_repeats([c.strip() for c in row]), number)

    def carry_on(self, where: str) -> None:
        """The rows that come next are another table's (``where``), which carries on from this one."""
        self._report_unread_columns()
        self.where = where

    def read_row(self, cells: list[str], number: int) -> None:
        if not any(cells) or is_guidance_row(cells):
            return
        if (columns := header_columns(cells)) is not None and titles_only(cells):
            # Another header: a second table stacked under the first in the same sheet.
            self._end_people()
            self._headings(self.headings)
            self.columns, self.header = columns, cells
            return
        if self.people_rows is not None or names_people([cells]):
            if self.people_rows is None:
                self._headings(self.headings)  # "Professionals" over the block was its heading
            self.people_rows = [*(self.people_rows or []), cells]
            return
        if self._contingency(cells):
            return
        if is_detail_row(cells) or is_signature_line(cells):
            # The plan's details written under its rows: the plan's, as those above it are; and where
            # it was signed ("Signed: Anna Nowak | Date: 03/12/2026"), reported, not taken for a goal.
            self._labelled_lines()
            fields = read_fields([cells], self.where, first=number, below=True)
            self.result.fields.fill(fields)
            self.result.problems.extend(fields.problems)
            return
        place = f"{self.where}, row {number}"
        self._note_unread_columns(cells)
        goals = len(self.result.goals)
        self._read_plan_row(cells, place)
        first_only = bool(cells[0]) and not any(cells[1:]) and len(cells[0].split()) <= _HEADING_WORDS
        if first_only and self.columns.get(GOAL) == 0 and len(self.result.goals) > goals:
            self.headings.append((self.result.goals[-1], place, cells[0]))

    def finish(self) -> TableResult:
        self._end_people()
        self._labelled_lines()
        self._report_unread_columns()
        return self.result

    def _labelled_lines(self) -> None:
        """The lines alone under the plan's last goal, with no actions under them, that are labels
        the plan has no place for ("Address: 3 Elm Road"): reported, in the order of the rows."""
        for goal, place, text in self.headings:
            if not goal.actions and (problem := unplaced_line(text, place)) is not None:
                self.result.goals = [g for g in self.result.goals if g is not goal]
                self.result.problems.append(problem)
        self.headings = [h for h in self.headings if any(h[0] is g for g in self.result.goals)]

    def _end_people(self) -> None:
        if self.people_rows is not None:
            self.add_people(self.people_rows)
            self.people_rows = None

    def _headings(self, headings: list[tuple[Goal, str, str]]) -> None:
        """These goals, each from a row with only its first cell filled, were headings: reported,
        and taken out of the plan unless an action came under them after all."""
        for goal, place, text in headings:
            if not goal.actions:
                self.result.goals = [g for g in self.result.goals if g is not goal]
                # "Address: 3 Elm Road" is a detail the plan has no place for, whatever row follows it.
                self.result.problems.append(unplaced_line(text, place) or RowProblem(place, _HEADING, text))
        self.headings = []

    def _report_unread_columns(self) -> None:
        for index, texts in self.unread.items():
            title = self.header[index].partition("\n")[0] if index < len(self.header) else ""
            name = title or "no header"
            place = f"{self.where}, column {index + 1} ({name})"
            self.result.problems.append(RowProblem(place, _UNREAD_COLUMN, " | ".join(texts)[:500]))
        self.unread = {}

    def _contingency(self, cells: list[str]) -> bool:
        filled = [c for c in cells if c]
        if self.awaiting_contingency:
            self.awaiting_contingency = False
            self._add_contingency("\n".join(filled))
            return True
        text = _labelled_contingency(filled)
        if text is None:
            return False
        if text:
            self._add_contingency(text)
        else:
            # A label row alone: the plan is in the row below it.
            self.awaiting_contingency = True
        return True

    def _add_contingency(self, text: str) -> None:
        self.result.contingency = "\n".join(part for part in (self.result.contingency, text) if part)

    def _note_unread_columns(self, cells: list[str]) -> None:
        mapped = set(self.columns.values())
        for index, text in enumerate(cells):
            if text and index not in mapped:
                self.unread.setdefault(index, []).append(text)

    def _cell(self, cells: Sequence[str], key: str) -> str:
        index = self.columns.get(key)
        return cells[index] if index is not None and index < len(cells) else ""

    def _goal(self, cells: list[str], place: str) -> Goal | None:
        """The goal a row's action belongs to: a new one if its goal cell says so; None, and the
        reason reported, if the goal cannot be read."""
        result = self.result
        goal = result.goals[-1] if result.goals else None
        goal_text = self._cell(cells, GOAL)
        # A blank goal cell, or the same text again from a merged cell, means the same goal.
        if goal_text and (goal is None or goal_text != goal.outcome):
            try:
                goal = Goal(
                    outcome=goal_text, supporting_families_outcome=supporting_families_outcome(goal_text)
                )
            except ValidationError as error:
                result.problems.append(RowProblem(place, describe_validation_error(error), goal_text[:200]))
                raise
            result.goals.append(goal)
        return goal

    def _add_measure(self, goal: Goal, cells: list[str], place: str) -> None:
        """A "How will we know...?" cell, as the goal's measure of success."""
        measure = self._cell(cells, MEASURE)
        if not measure or measure in goal.measure_of_success.split("\n"):
            return
        text = "\n".join(part for part in (goal.measure_of_success, measure) if part)
        try:
            checked = Goal.model_validate({"outcome": goal.outcome, "measure_of_success": text})
        except ValidationError as error:
            reason = f"not read: {describe_validation_error(error)}"
            self.result.problems.append(RowProblem(place, reason, measure[:200]))
            return
        goal.measure_of_success = checked.measure_of_success

    def _read_plan_row(self, cells: list[str], place: str) -> None:
        result = self.result
        try:
            goal = self._goal(cells, place)
        except ValidationError:
            return
        how = self._cell(cells, HOW)
        if not how:
            # A goal (and how we will know it is met) with no action yet is kept; anything else is reported.
            kept = (self.columns.get(GOAL), self.columns.get(MEASURE) if goal is not None else None)
            if any(text for index, text in enumerate(cells) if index not in kept):
                result.problems.append(RowProblem(place, _NO_ACTION, " | ".join(c for c in cells if c)))
            elif goal is not None:
                self._add_measure(goal, cells, place)
            return
        try:
            action = self._action(cells, how)
        except ValidationError as error:
            result.problems.append(
                RowProblem(place, f"not read: {describe_validation_error(error)}", how[:200])
            )
            return
        if goal is None:
            goal = Goal(outcome="")
            result.goals.append(goal)
            result.problems.append(RowProblem(place, _NO_GOAL, how))
        self._add_measure(goal, cells, place)
        goal.actions.append(action)
        if self.headings and self.headings[-1][0] is goal:
            # The rows like it above this goal's, with no actions of their own, were its headings.
            self._headings(self.headings[:-1])
        else:
            # A row with a goal and an action of its own: the rows alone above it that read as titles
            # ("Section A - Children's needs"), not as goals ("Mum will sleep better."), were headings.
            self._headings([h for h in self.headings if not A_SENTENCE.search(h[2])])
        self.headings = []

    def _action(self, cells: list[str], how: str) -> Action:
        who, when = self._cell(cells, WHO), excel_day(self._cell(cells, WHEN))
        if WHO_WHEN in self.columns:
            who, when = split_who_when(self._cell(cells, WHO_WHEN), self.today)
        parsed = parse_when(when, self.today)
        progress = progress_notes(self._cell(cells, REVIEW), self.today)
        review_date = parsed.review_date
        if review_cell := excel_day(self._cell(cells, REVIEW_DATE)):
            on = parse_when(review_cell, self.today).due_date
            if on is not None and review_date is None:
                review_date = on
            elif on is None:
                progress.append(ProgressNote(text=f"Review: {review_cell}"))
        status_text = self._cell(cells, STATUS)
        status = action_status(status_text)
        if status_text and status is None:
            progress.append(ProgressNote(text=f"Status: {status_text}"))
        if done_cell := excel_day(self._cell(cells, COMPLETED)):
            note, done = completed_note(done_cell, self.today)
            progress.append(note)
            status = status or (ActionStatus.DONE if done else None)
        return Action(
            how=how,
            who=who,
            when=when,
            owners=parse_who(who) if who else [],
            due_date=parsed.due_date,
            recurrence=parsed.recurrence[:500],
            review_date=review_date,
            progress=progress,
            status=status or ActionStatus.NOT_STARTED,
        )
