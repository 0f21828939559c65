"""Which plan column a table's header cell names, and what a table that is not a plan table lacks.

Two layouts are in use: seed 000's "Family Goal | How will this happen | Who will do this | When
will we do this | Review / Update", and seed 002's three columns "What outcome do we want to
achieve? | What actions do we need to take...? | Who will do this and when?". Councils reword
headers a lot ("Need | What will be done | By whom | By when", "What are we worried about? | What
needs to happen? | Who will help? | Due"), so headers are recognised by their key words, not their
exact text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from familyplan.formats.cells import normalise

GOAL, HOW, WHO, WHEN, WHO_WHEN, REVIEW, STATUS = "goal", "how", "who", "when", "who_when", "review", "status"
# A column of the day each action is to be reviewed; and one of the day it started or was added, which
# the plan format has no place for (its text is reported unread, never taken for the action's date).
REVIEW_DATE, START = "review_date", "start"
# A column of the day each action was done: never taken for when it is due.
COMPLETED = "completed"
# "How will we know...?": what will show the goal is met, the goal's measure of success.
MEASURE = "measure"
# "Date of meeting | Who attended": a record of review meetings, which is not the plan table.
MEETING = "meeting"

# Header key words, tried in this order: "What actions ... that outcome?" is the action column even
# though it mentions the outcome; "Who will do this and when?" is one column, not two; "How will we
# know...?" is the measure, not the action column; "Date added" is not when the action is due.
_HEADER_WORDS: list[tuple[str, re.Pattern[str]]] = [
    (
        MEETING,
        re.compile(
            r"^(?:date of (?:the )?(?:meeting|taf|tac|core group|review meeting)|"
            r"(?:taf |tac |review |core group )?meeting (?:date|held)|who (?:attended|was present))\b|"
            r"^(?:attendees|attended by|present|apologies)$"
        ),
    ),
    (
        MEASURE,
        re.compile(
            r"\bhow (?:(?:will|would|do|can|shall) (?:we|you|i|they|everyone|people|the family)|"
            r"(?:we|you|they) (?:will|would)) know\b|\bmeasures?\b|\bwhat (?:will|does) success look like\b"
        ),
    ),
    (WHO_WHEN, re.compile(r"\bwho\b.*\bwhen\b|\bwhen\b.*\bwho\b")),
    (
        COMPLETED,
        re.compile(
            r"^(?:date (?:completed|done|achieved|finished|of completion)|"
            r"(?:completed|completion|done|achieved|finished) (?:date|on)\b)"
        ),
    ),
    (REVIEW_DATE, re.compile(r"^(?:next )?review (?:date|by|on)\b|^date (?:of|for) (?:next )?review\b")),
    (
        START,
        re.compile(
            r"^(?:start(?:ed|ing)?|opened|added|raised|created|logged) (?:date|on)\b|"
            r"^date (?:started|opened|added|raised|created|logged)\b|^(?:added|raised|opened|created)$"
        ),
    ),
    (REVIEW, re.compile(r"\b(?:review|update|progress)")),
    (STATUS, re.compile(r"\bstatus\b|\brag\b")),
    (WHO, re.compile(r"\bwho\b|\bresponsib|\bby whom\b|\blead person\b|\bowner\b")),
    (WHEN, re.compile(r"\bwhen\b|\bdate\b|\btime ?scales?\b|\btimeframe\b|\bdeadline\b|\bdue\b")),
    (
        HOW,
        re.compile(
            r"\bhow\b|\bactions?\b|\bsteps?\b|\btasks?\b|"
            r"\bwhat (?:will|needs to|is going to|are we going to) (?:happen|be done|do)\b|"
            r"\bwhat will (?:we|you|they) do\b"
        ),
    ),
    (
        GOAL,
        re.compile(
            r"\bgoals?\b|\boutcomes?\b|\baims?\b|\bwhat do we want\b|\bwhat needs to change\b|"
            r"^(?:the |identified |area of )?needs?$|\bworried about\b|\bworries\b"
        ),
    ),
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


def _columns(row: Sequence[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(row):
        key = classify_header(cell)
        if key is not None and key != START and key not in columns:
            columns[key] = index
    return columns


def _lacks(columns: dict[str, int]) -> list[str]:
    """The columns a plan table needs that these are without."""
    missing = [] if HOW in columns else ["action"]
    if WHO_WHEN not in columns and WHO not in columns:
        missing.append("who")
    if not {GOAL, WHEN, WHO_WHEN} & columns.keys():
        missing.append("goal or when")
    return missing


def header_columns(row: Sequence[str]) -> dict[str, int] | None:
    """Which column holds what, if this row is a plan table's header row."""
    if is_guidance_row(row):
        return None
    columns = _columns(row)
    if MEETING in columns or _lacks(columns):
        return None
    return columns


def is_guidance_row(cells: Sequence[str]) -> bool:
    return any(normalise(c).startswith(GUIDANCE_STARTS) for c in cells)


def titles_only(cells: Sequence[str]) -> bool:
    """Whether a row's filled cells are column titles, not a goal and an action that happen to say
    "how", "who" and "when" ("Mum will phone Gran, who will come over when Ben is angry.")."""
    filled = [c for c in cells if c]
    titles = [c for c in filled if classify_header(c) is not None]
    # A title has no date or number in it, and is not a sentence.
    written = [c for c in filled if re.search(r"\d", c) or c.partition("\n")[0].rstrip().endswith((".", "!"))]
    return bool(filled) and not written and 4 * len(titles) >= 3 * len(filled)


def is_column_guide(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a table explains the plan's columns, a title in the first cell of each row (seed 000's
    second table: "Family Goals | Family goals should be..."): the template's, not the family's."""
    filled = [[c.strip() for c in row] for row in rows if any(c.strip() for c in row)]
    return len(filled) >= 2 and all(row[0] and classify_header(row[0]) is not None for row in filled)


_NAMES = {GOAL: "goal", HOW: "action", WHO: "who", WHEN: "when", WHO_WHEN: "who-and-when", MEASURE: "measure"}


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def what_it_is(row: Sequence[str]) -> tuple[int, str]:
    """How near a row comes to a plan table's header (higher is nearer), and what the table under
    it is or lacks, said after its name: "has who and when columns but no action column"."""
    columns = {} if is_guidance_row(row) else _columns(row)
    if MEETING in columns:
        return 1, "is a record of review meetings, not the plan"
    found = [name for key, name in _NAMES.items() if key in columns]
    missing = _lacks(columns)
    if not found:
        return 0, "has none of the plan's columns"
    if len(found) == 1:
        has = f"has {'an' if found[0][0] in 'aeiou' else 'a'} {found[0]} column"
    else:
        has = f"has {_and(found)} columns"
    if not missing:
        return 4 + len(found), has
    return 3 - len(missing) + len(found), f"{has} but no {' and no '.join(missing)} column"
