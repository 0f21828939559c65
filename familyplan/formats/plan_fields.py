"""The plan's own details written around its table: "Family name: Robinson", "Lead practitioner |
Chloe Hart", "Date of plan: 02/02/2026".

Case systems print such a block above the plan table: a sheet's first rows, a Word document's
paragraphs, or a table of two columns. Read, they give the plan its family, its lead (whom the
quality report looks for), its next review date and the day it was made. That day matters for
dates written with no year ("by 10 March"): they are the next such day on or after the plan was
made, not after the day it is checked, so a plan from an archive is judged as it was written.

A labelled line the plan has no place for ("Address:", "NHS number:") is reported, not dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from familyplan.formats.cells import normalise
from familyplan.formats.errors import RowProblem
from familyplan.plan.models import Practitioner
from familyplan.plan.parsing import find_dates
from familyplan.plan.who_cells import parse_who

FAMILY, REFERENCE, STARTED, NEXT_REVIEW, LEAD = "family", "reference", "started", "next_review", "lead"
# Labels as normalise() leaves them: lower case, no punctuation.
_LABELS: list[tuple[str, re.Pattern[str]]] = [
    (FAMILY, re.compile(r"^(?:family(?: sur)?(?: name)?s?|surname|household name)$")),
    (
        REFERENCE,
        re.compile(
            r"^(?:(?:family|case|household|client|system|lcs|mosaic|eclipse|ehm)(?: s)? )?"
            r"(?:ref|reference|id|number|no)(?: (?:no|number))?$"
        ),
    ),
    (
        STARTED,
        re.compile(
            r"^(?:date(?: of)?(?: the)?(?: family)? plan|"
            r"(?:family )?plan(?: start| agreed| created| made)? date|"
            r"(?:plan )?start(?:ed)? date|date(?: plan)? (?:started|agreed|created|made|opened)|"
            r"(?:plan )?(?:started|agreed|created)(?: on)?|date)$"
        ),
    ),
    (
        NEXT_REVIEW,
        re.compile(
            r"^(?:next |planned )?review(?: meeting)? (?:date|due|on|by)$|"
            r"^date (?:of|for) (?:the )?next review(?: meeting)?$|^next review(?: meeting)?$"
        ),
    ),
    (
        LEAD,
        re.compile(
            r"^(?:lead|key|allocated|named) (?:practitioner|professional|worker|person)(?: s)?(?: name)?$|"
            r"^(?:practitioner|keyworker|lead|allocated to)$"
        ),
    ),
]
# A title over the plan: "Early Help Family Plan - Robinson family".
_FAMILY_IN_TITLE = re.compile(r"\b(?:the )?([A-Z][\w'\u2019-]+(?:[- ][A-Z][\w'\u2019-]+)?) [Ff]amily\b")
_NOT_A_FAMILY_NAME = {"early", "help", "the", "our", "my", "your", "this", "whole", "team"}
_NO_PLACE = "the plan has no place for '{label}', so it was not read"
_NOT_READ = "not a labelled detail of the plan ('Label: value'), so it was not read"
_NO_DATE = "'{label}' holds no date with its year, so it was not read"


@dataclass
class PlanFields:
    family_name: str = ""
    family_reference: str = ""
    started_on: dt.date | None = None
    next_review_date: dt.date | None = None
    lead: Practitioner | None = None
    problems: list[RowProblem] = field(default_factory=list)

    def found_any(self) -> bool:
        return any(
            (self.family_name, self.family_reference, self.started_on, self.next_review_date, self.lead)
        )

    def fill(self, other: PlanFields) -> None:
        """Take from ``other`` the details this has not got (the first block's win), not its problems."""
        self.family_name = self.family_name or other.family_name
        self.family_reference = self.family_reference or other.family_reference
        self.started_on = self.started_on or other.started_on
        self.next_review_date = self.next_review_date or other.next_review_date
        self.lead = self.lead or other.lead


def label_of(text: str) -> str | None:
    """Which of the plan's details a label names ("Date of plan:", "Lead Practitioner"), if any."""
    said = normalise(text)
    return next((key for key, pattern in _LABELS if pattern.match(said)), None)


def _colon_pair(cell: str) -> tuple[str, str] | None:
    label, colon, value = cell.partition(":")
    if not colon or not label.strip() or len(label.split()) > 6 or any(c.isdigit() for c in label):
        return None  # not "10:30am", nor a sentence with a colon in it
    return label.strip(), value.strip()


def _colon_pairs(cell: str) -> list[tuple[str, str]] | None:
    """ "Lead practitioner: Sam Lee Date of plan: 3 March 2025", details run on in one line (a
    document's tab read as a space): cut where the words before a colon are a label of the plan."""
    first = _colon_pair(cell)
    if first is None:
        return None
    label, rest = first
    pairs = []
    while ":" in rest:
        before, _, after = rest.partition(":")
        words = before.split()
        cut = next((k for k in range(min(6, len(words)), 0, -1) if label_of(" ".join(words[-k:]))), None)
        if cut is None:
            break
        pairs.append((label, " ".join(words[:-cut])))
        label, rest = " ".join(words[-cut:]), after.strip()
    return [*pairs, (label, rest.strip())]


def _pairs(cells: Sequence[str]) -> list[tuple[str, str]] | None:
    """A line as (label, value) pairs: "Family: Robinson" in one cell, "Family: | Robinson",
    "Family | Robinson | Lead | Chloe Hart"; None if it is not written so."""
    filled = [c.strip() for c in cells if c.strip()]
    if not filled:
        return None
    each = [_colon_pairs(c) for c in filled]
    if all(each):
        return [pair for pairs in each if pairs for pair in pairs]
    if len(filled) % 2:
        return None
    pairs = list(zip(filled[::2], filled[1::2], strict=True))
    # Two cells, the first a short name for the second: "School | Hill School".
    named = len(pairs) == 1 and len(filled[0].split()) <= 4 and not any(c.isdigit() for c in filled[0])
    labelled = named or all(label.endswith(":") or label_of(label) for label, _ in pairs)
    return [(label.rstrip(": "), value) for label, value in pairs] if labelled else None


def paragraph_cells(text: str) -> list[str]:
    """A paragraph's parts, where a document lays out several details on one line with tabs or
    spaces: "Family: Robinson<tab>Lead practitioner: Chloe Hart"."""
    return re.split(r"\t+| {3,}", text.strip())


def read_fields(
    rows: Sequence[Sequence[str]], where: str, *, whole: bool = True, first: int = 1
) -> PlanFields:
    """The plan's details in these rows, with what could not be read.

    ``whole``: the rows are the whole of what is around the plan (a sheet's rows above it, a table
    of their own), so each row is read or reported; otherwise (a document's paragraphs) lines that
    name no detail are prose and left alone. ``first`` numbers the first row."""
    fields = PlanFields()
    for number, cells in enumerate(rows, start=first):
        if not any(c.strip() for c in cells):
            continue
        place = f"{where}, row {number}" if whole else where
        pairs = _pairs(cells)
        text = " | ".join(c.strip() for c in cells if c.strip())[:500]
        if pairs is None:
            _title(fields, cells, place, text, whole)
            continue
        for label, value in pairs:
            _read(fields, label, value, place, whole)
    return fields


def _title(fields: PlanFields, cells: Sequence[str], place: str, text: str, whole: bool) -> None:
    filled = [c for c in cells if c.strip()]
    if len(filled) == 1:
        names = (found[1] for found in _FAMILY_IN_TITLE.finditer(filled[0]))
        name = next((n for n in names if n.split()[0].lower() not in _NOT_A_FAMILY_NAME), "")
        fields.family_name = fields.family_name or name
        return
    if whole and len(filled) > 1:
        fields.problems.append(RowProblem(place, _NOT_READ, text))
    # One cell with no label: the file's title ("Early Help Family Plan"), which holds no detail.


def _read(fields: PlanFields, label: str, value: str, place: str, whole: bool) -> None:
    key = label_of(label)
    if not value:
        return
    if key is None:
        if whole:
            fields.problems.append(RowProblem(place, _NO_PLACE.format(label=label.strip()), value[:500]))
        return
    if key == FAMILY:
        fields.family_name = fields.family_name or re.sub(r"(?i)^the\s+|\s+family$", "", value)[:200]
    elif key == REFERENCE:
        fields.family_reference = fields.family_reference or value[:50]
    elif key == LEAD:
        fields.lead = fields.lead or _lead(value)
    else:
        dates, _ = find_dates(value)
        day = next((d.date for d in dates if d.year_given), None)
        if day is None:
            if whole:
                fields.problems.append(RowProblem(place, _NO_DATE.format(label=label.strip()), value[:500]))
        elif key == STARTED:
            fields.started_on = fields.started_on or day
        else:
            fields.next_review_date = fields.next_review_date or day


def _lead(value: str) -> Practitioner | None:
    people = parse_who(value)
    if not people:
        return None
    person = people[0]
    return Practitioner(name=person.name[:200], role=person.role[:200], is_lead=True)


def is_fields_table(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a table not of the plan is a block of the plan's details: most of its rows labelled,
    and at least one label a detail of the plan."""
    pairs = [_pairs(row) for row in rows]
    labelled = [p for p in pairs if p]
    return 2 * len(labelled) > len(rows) and any(label_of(label) for p in labelled for label, _ in p)
