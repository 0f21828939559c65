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
from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import ValidationError

from familyplan.formats.errors import RowProblem
from familyplan.formats.jsonyaml import describe_validation_error
from familyplan.plan.models import (
    OUTCOME_LABELS,
    Action,
    Goal,
    ProgressNote,
    SupportingFamiliesOutcome,
)
from familyplan.plan.parsing import find_dates, parse_when, parse_who

GOAL, HOW, WHO, WHEN, WHO_WHEN, REVIEW = "goal", "how", "who", "when", "who_when", "review"

# Header key words, tried in this order: "What actions ... that outcome?" is the
# action column even though it mentions the outcome.
_HEADER_WORDS: list[tuple[str, re.Pattern[str]]] = [
    (WHO_WHEN, re.compile(r"\bwho\b.*\bwhen\b|\bwhen\b.*\bwho\b")),
    (REVIEW, re.compile(r"\b(?:review|update|progress)")),
    (WHO, re.compile(r"\bwho\b|\bresponsib|\bby whom\b|\blead person\b|\bowner\b")),
    (WHEN, re.compile(r"\bwhen\b|\bdate\b|\btimescale|\bdeadline\b|\bby when\b")),
    (HOW, re.compile(r"\bhow\b|\bactions?\b|\bsteps?\b|\bwhat will happen\b|\btasks?\b")),
    (GOAL, re.compile(r"\bgoals?\b|\boutcomes?\b|\baims?\b|\bwhat do we want\b")),
]

# The template's own instructions, printed in italics under the header.
_GUIDANCE_STARTS = (
    "family goals listed here",
    "individual actions agreed",
    "who is responsible",
    "please provide a specific date",
    "progress of actions",
)

_OUTCOME_BY_NAME = {label.lower(): code for code, label in OUTCOME_LABELS.items()}


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s/]", " ", text.lower()).split())


def classify_header(text: str) -> str | None:
    words = normalise(text)
    if not words or len(words) > 120:
        return None
    for key, pattern in _HEADER_WORDS:
        if pattern.search(words):
            return key
    return None


def header_columns(row: Sequence[str]) -> dict[str, int] | None:
    """Which column holds what, if this row is a plan table's header row."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(row):
        key = classify_header(cell)
        if key is not None and key not in columns:
            columns[key] = index
    has_who = WHO_WHEN in columns or WHO in columns
    if HOW in columns and has_who and (GOAL in columns or WHEN in columns or WHO_WHEN in columns):
        return columns
    return None


def supporting_families_outcome(text: str) -> SupportingFamiliesOutcome | None:
    """The headline outcome a goal names, if it is written as one ("Getting a good education")."""
    words = normalise(text)
    for label, code in _OUTCOME_BY_NAME.items():
        if words == normalise(label) or words.startswith(normalise(label) + " "):
            return code
    return None


_WHEN_CUE = re.compile(
    r"\b(?:asap|as soon as possible|ongoing|tbc|tba|within|weekly|daily|fortnightly|monthly|every|each|"
    r"next|immediately|when needed|as required|end of|by the|before the|until)\b",
    re.IGNORECASE,
)
_LEADING_WHEN_WORD = re.compile(r"(?:\s|^)(?:by|on|from|before|at)\s*$", re.IGNORECASE)


def split_who_when(text: str, today: dt.date | None = None) -> tuple[str, str]:
    """Seed 002's "Who will do this and when?" cell, split into who and when."""
    dates, _ = find_dates(text, today)
    cues = [d.start for d in dates]
    parsed = parse_when(text, today)
    if parsed.recurrence_span:
        cues.append(parsed.recurrence_span[0])
    if m := _WHEN_CUE.search(text):
        cues.append(m.start())
    cues = [c for c in cues if c > 0]
    if not cues:
        if "\n" in text.strip():
            who, _, when = text.strip().partition("\n")
            return who.strip(), when.strip()
        return text.strip(), ""
    cut = min(cues)
    who = text[:cut]
    if m := _LEADING_WHEN_WORD.search(who):
        cut = m.start() if m.start() > 0 else cut
        who = text[:cut]
    return who.strip(" \t\n,;:-–/"), text[cut:].strip(" \t\n,;:-–")


def _progress(text: str, today: dt.date | None) -> list[ProgressNote]:
    if not text.strip():
        return []
    dates, _ = find_dates(text[:20], today)
    day = dates[0].date if dates and dates[0].start == 0 else None
    return [ProgressNote(date=day, text=text.strip())]


def is_guidance_row(cells: Sequence[str]) -> bool:
    return any(normalise(c).startswith(_GUIDANCE_STARTS) for c in cells)


@dataclass
class TableResult:
    goals: list[Goal] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def _cell(row: Sequence[str], columns: dict[str, int], key: str) -> str:
    index = columns.get(key)
    if index is None or index >= len(row):
        return ""
    return row[index].strip()


def _find_header(rows: Sequence[Sequence[str]]) -> tuple[int, dict[str, int]] | None:
    # Title rows ("Family Plan") may sit above the header.
    for index, row in enumerate(rows[:15]):
        if (columns := header_columns(row)) is not None:
            return index, columns
    return None


_NO_ACTION = "no action in the 'how' column, so it was not read"
_NO_GOAL = "action with no family goal above it: kept under a goal with no outcome"


def read_table(rows: Sequence[Sequence[str]], where: str, today: dt.date | None = None) -> TableResult | None:
    """Goals and actions from one table, or None if it is not a plan table."""
    found = _find_header(rows)
    if found is None:
        return None
    header_at, columns = found
    result = TableResult()
    for number, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
        cells = [c.strip() for c in row]
        if any(cells) and not is_guidance_row(cells) and header_columns(cells) is None:
            _read_row(cells, columns, f"{where}, row {number}", result, today)
    return result


def _read_row(
    cells: list[str], columns: dict[str, int], place: str, result: TableResult, today: dt.date | None
) -> None:
    goal = result.goals[-1] if result.goals else None
    goal_text, how = _cell(cells, columns, GOAL), _cell(cells, columns, HOW)
    who, when = _cell(cells, columns, WHO), _cell(cells, columns, WHEN)
    if WHO_WHEN in columns:
        who, when = split_who_when(_cell(cells, columns, WHO_WHEN), today)
    review = _cell(cells, columns, REVIEW)
    # A blank goal cell, or the same text again from a merged cell, means the same goal.
    if goal_text and (goal is None or goal_text != goal.outcome):
        try:
            goal = Goal(outcome=goal_text, supporting_families_outcome=supporting_families_outcome(goal_text))
        except ValidationError as error:
            result.problems.append(RowProblem(place, describe_validation_error(error), goal_text[:200]))
            return
        result.goals.append(goal)
    if not how:
        if who or when or review:
            result.problems.append(RowProblem(place, _NO_ACTION, " | ".join(c for c in cells if c)))
        return
    if goal is None:
        goal = Goal(outcome="")
        result.goals.append(goal)
        result.problems.append(RowProblem(place, _NO_GOAL, how))
    try:
        goal.actions.append(_action(how, who, when, review, today))
    except ValidationError as error:
        result.problems.append(RowProblem(place, f"not read: {describe_validation_error(error)}", how[:200]))


def _action(how: str, who: str, when: str, review: str, today: dt.date | None) -> Action:
    parsed = parse_when(when, today)
    return Action(
        how=how,
        who=who,
        when=when,
        owners=parse_who(who) if who else [],
        due_date=parsed.due_date,
        recurrence=parsed.recurrence[:500],
        review_date=parsed.review_date,
        progress=_progress(review, today),
    )
