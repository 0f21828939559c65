"""Family plan tables (from Word, Excel or CSV) turned into goals and actions.

Two layouts are in use: seed 000's "Family Goal | How will this happen | Who will
do this | When will we do this | Review / Update", and seed 002's three columns
"What outcome do we want to achieve? | What actions do we need to take...? |
Who will do this and when?". Councils reword headers a little, so headers are
recognised by their key words, not their exact text. Every row either becomes
part of the plan or is reported.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pydantic import ValidationError

from familyplan.formats.cells import (
    action_status,
    contingency_label,
    normalise,
    progress_notes,
    split_who_when,
    supporting_families_outcome,
    without_merge_repeats,
)
from familyplan.formats.details import is_details_header
from familyplan.formats.errors import RowProblem
from familyplan.formats.jsonyaml import describe_validation_error
from familyplan.plan.limits import LimitExceeded, Limits, count, current
from familyplan.plan.models import Action, ActionStatus, Goal, ProgressNote
from familyplan.plan.parsing import parse_when, parse_who

GOAL, HOW, WHO, WHEN, WHO_WHEN, REVIEW, STATUS = "goal", "how", "who", "when", "who_when", "review", "status"
# A column of the day each action is to be reviewed; and one of the day it started, which the
# plan format has no place for (its text is reported unread, never taken for the action's date).
REVIEW_DATE, START = "review_date", "start"

# Header key words, tried in this order: "What actions ... that outcome?" is the
# action column even though it mentions the outcome, and "Who will do this and
# when?" is one column, not two.
_HEADER_WORDS: list[tuple[str, re.Pattern[str]]] = [
    (WHO_WHEN, re.compile(r"\bwho\b.*\bwhen\b|\bwhen\b.*\bwho\b")),
    (REVIEW_DATE, re.compile(r"^(?:next )?review (?:date|by|on)\b|^date (?:of|for) (?:next )?review\b")),
    (START, re.compile(r"^(?:start(?:ed|ing)?|opened) (?:date|on)\b|^date (?:started|opened)\b")),
    (REVIEW, re.compile(r"\b(?:review|update|progress)")),
    (STATUS, re.compile(r"\bstatus\b|\brag\b")),
    (WHO, re.compile(r"\bwho\b|\bresponsib|\bby whom\b|\blead person\b|\bowner\b")),
    (WHEN, re.compile(r"\bwhen\b|\bdate\b|\btime ?scales?\b|\btimeframe\b|\bdeadline\b")),
    (HOW, re.compile(r"\bhow\b|\bactions?\b|\bsteps?\b|\btasks?\b|\bwhat (?:will|needs to) happen\b")),
    (GOAL, re.compile(r"\bgoals?\b|\boutcomes?\b|\baims?\b|\bwhat do we want\b")),
]
# Longer than this, a cell is a sentence that happens to contain a key word.
_MAX_HEADER_WORDS = 20

# The template's own instructions, printed in italics under the header (seed 000).
GUIDANCE_STARTS = (
    "family goals listed here",
    "individual actions agreed",
    "who is responsible",
    "please provide a specific date",
    "progress of actions",
)


def classify_header(text: str) -> str | None:
    """Which plan column a header cell names, judged on its first line.

    Templates put guidance under the title in the same cell ("When will we do
    this / Please provide a specific date... reviewed"): the guidance must not
    turn the "when" column into the review column.
    """
    words = normalise(text.strip().partition("\n")[0])
    if not words or len(words.split()) > _MAX_HEADER_WORDS:
        return None
    return next((key for key, pattern in _HEADER_WORDS if pattern.search(words)), None)


def header_columns(row: Sequence[str]) -> dict[str, int] | None:
    """Which column holds what, if this row is a plan table's header row."""
    if is_guidance_row(row):
        return None
    columns: dict[str, int] = {}
    for index, cell in enumerate(row):
        key = classify_header(cell)
        if key is not None and key != START and key not in columns:
            columns[key] = index
    has_who = WHO_WHEN in columns or WHO in columns
    if HOW in columns and has_who and (GOAL in columns or WHEN in columns or WHO_WHEN in columns):
        return columns
    return None


def is_guidance_row(cells: Sequence[str]) -> bool:
    return any(normalise(c).startswith(GUIDANCE_STARTS) for c in cells)


class CellBudget:
    """Counts the rows and cells of one file as they are read, and stops at the limits."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or current()
        self.cells = 0

    def row(self, where: str, number: int, cells: Sequence[str]) -> None:
        """Row ``number`` (from 1) of table ``where`` has been read: refuse it if it is over a limit."""
        limits = self.limits
        if number > limits.rows:
            raise LimitExceeded(f"{where}, row {count(number)}", f"{count(limits.rows)} rows", "rows")
        self.cells += len(cells)
        if self.cells > limits.cells:
            raise LimitExceeded(
                f"{where}, row {count(number)}", f"{count(limits.cells)} cells in the file", "cells"
            )
        for column, text in enumerate(cells, start=1):
            if len(text) > limits.cell_chars:
                raise LimitExceeded(
                    f"{where}, row {count(number)}, column {column}",
                    f"{count(limits.cell_chars)} characters in a cell",
                    "cell_chars",
                )


@dataclass
class TableResult:
    goals: list[Goal] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    contingency: str = ""
    # The rows of a "Plan details" table (familyplan.formats.details), below its header, if the file has one.
    details: list[list[str]] | None = None
    details_where: str = ""


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


def plan_tables(
    tables: Iterable[tuple[str, list[list[str]]]], today: dt.date | None = None
) -> TableResult | None:
    """Every plan table of a file (each named by where it is, with its rows) read into one result,
    or None if none is a plan table. A "Plan details" table may close any of them; a table that is
    not a plan table may still hold the contingency plan."""
    found, matched = TableResult(), False
    for where, table in tables:
        rows, details = split_details(table)
        if details is not None:
            found.details, found.details_where = details, where
            if not any(any(c.strip() for c in row) for row in rows):
                continue
        result = read_table(rows, where, today)
        if result is None:
            found.contingency = found.contingency or contingency_in_rows(rows)
            continue
        matched = True
        found.goals.extend(result.goals)
        found.problems.extend(result.problems)
        found.contingency = found.contingency or result.contingency
    return found if matched else None


def _find_header(rows: Sequence[Sequence[str]]) -> tuple[int, dict[str, int]] | None:
    # Title and family-details rows ("Family Plan") may sit above the header.
    for index, row in enumerate(rows[:50]):
        if (columns := header_columns([c.strip() for c in row])) is not None:
            return index, columns
    return None


def read_table(rows: Sequence[Sequence[str]], where: str, today: dt.date | None = None) -> TableResult | None:
    """Goals and actions from one table, or None if it is not a plan table."""
    found = _find_header(rows)
    if found is None:
        return None
    header_at, columns = found
    reader = _TableReader(columns, rows[header_at], where, today)
    for number, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
        reader.read_row(without_merge_repeats([c.strip() for c in row]), number)
    return reader.finish()


def _titles_only(cells: Sequence[str]) -> bool:
    """Whether a row under a plan table's header is the header of another table: its filled cells
    are column titles, not a goal and an action that happen to say "how", "who" and "when"
    ("Mum will phone Gran, who will come over when Ben is angry.")."""
    filled = [c for c in cells if c]
    titles = [c for c in filled if classify_header(c) is not None]
    # A title has no date or number in it, and is not a sentence.
    written = [c for c in filled if re.search(r"\d", c) or c.partition("\n")[0].rstrip().endswith((".", "!"))]
    return not written and 4 * len(titles) >= 3 * len(filled)


_NO_ACTION = "no action in the 'how' column, so it was not read"
_NO_GOAL = "action with no family goal above it: kept under a goal with no outcome"
_UNREAD_COLUMN = "this column is not part of the plan layout, so its text was not read"


class _TableReader:
    def __init__(
        self, columns: dict[str, int], header: Sequence[str], where: str, today: dt.date | None
    ) -> None:
        self.columns = columns
        self.header = [h.strip() for h in header]
        self.where = where
        self.today = today
        self.result = TableResult()
        self.awaiting_contingency = False
        # column index -> texts found there, for columns that map to nothing
        self.unread: dict[int, list[str]] = {}

    def read_row(self, cells: list[str], number: int) -> None:
        if not any(cells) or is_guidance_row(cells):
            return
        if (columns := header_columns(cells)) is not None and _titles_only(cells):
            # Another header: a second table stacked under the first in the same sheet.
            self.columns, self.header = columns, cells
            return
        if self._contingency(cells):
            return
        self._note_unread_columns(cells)
        self._read_plan_row(cells, f"{self.where}, row {number}")

    def finish(self) -> TableResult:
        for index, texts in self.unread.items():
            title = self.header[index].partition("\n")[0] if index < len(self.header) else ""
            name = title or "no header"
            place = f"{self.where}, column {index + 1} ({name})"
            self.result.problems.append(RowProblem(place, _UNREAD_COLUMN, " | ".join(texts)[:500]))
        return self.result

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

    def _read_plan_row(self, cells: list[str], place: str) -> None:
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
                return
            result.goals.append(goal)
        how = self._cell(cells, HOW)
        if not how:
            goal_index = self.columns.get(GOAL)
            if any(text for index, text in enumerate(cells) if index != goal_index):
                result.problems.append(RowProblem(place, _NO_ACTION, " | ".join(c for c in cells if c)))
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
        goal.actions.append(action)

    def _action(self, cells: list[str], how: str) -> Action:
        who, when = self._cell(cells, WHO), self._cell(cells, WHEN)
        if WHO_WHEN in self.columns:
            who, when = split_who_when(self._cell(cells, WHO_WHEN), self.today)
        parsed = parse_when(when, self.today)
        progress = progress_notes(self._cell(cells, REVIEW), self.today)
        review_date = parsed.review_date
        if review_cell := self._cell(cells, REVIEW_DATE):
            on = parse_when(review_cell, self.today).due_date
            if on is not None and review_date is None:
                review_date = on
            elif on is None:
                progress.append(ProgressNote(text=f"Review: {review_cell}"))
        status_text = self._cell(cells, STATUS)
        status = action_status(status_text)
        if status_text and status is None:
            progress.append(ProgressNote(text=f"Status: {status_text}"))
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
