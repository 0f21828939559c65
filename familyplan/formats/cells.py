"""What one cell of a plan table says: who and when, progress notes, the headline outcome.

These read text only; which column a cell came from is decided in ``tables``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from familyplan.plan.models import OUTCOME_LABELS, ActionStatus, ProgressNote, SupportingFamiliesOutcome
from familyplan.plan.parsing import find_dates, parse_when


def normalise(text: str) -> str:
    """Lower case words only, so "HOW WILL THIS HAPPEN?" and "How  will this happen" compare equal."""
    return " ".join(re.sub(r"[^\w\s/]", " ", text.lower()).split())


# Later editions of the programme guide reword two outcomes; plans use either wording.
_LATER_WORDINGS = {
    "Better managed substance use": SupportingFamiliesOutcome.SUBSTANCE_USE,
    "Families diverted from crime": SupportingFamiliesOutcome.CRIME,
}
_OUTCOME_BY_NAME = {
    normalise(label): code
    for label, code in [*((label, code) for code, label in OUTCOME_LABELS.items()), *_LATER_WORDINGS.items()]
}


def supporting_families_outcome(text: str) -> SupportingFamiliesOutcome | None:
    """The headline outcome a goal names, if it is written as one ("Getting a good education")."""
    words = normalise(text)
    for label, code in _OUTCOME_BY_NAME.items():
        if words == label or words.startswith(label + " "):
            return code
    return None


_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Words that start the "when" half of seed 002's "Who will do this and when?" cell
# when no date is written: "Dad ASAP", "Mum by Friday", "Sehar (DSL) ongoing".
_WHEN_CUE = re.compile(
    r"\b(?:asap|as soon as possible|ongoing|tbc|tba|within|weekly|daily|fortnightly|monthly|every|each|"
    r"next|immediately|when needed|as required|end of|by the|before the|until|today|tomorrow|tonight|"
    rf"(?:by|on|before|from)\s+{_WEEKDAYS}|(?:by|before)\s+(?:christmas|easter|half[- ]term|summer))\b",
    re.IGNORECASE,
)
_LEADING_WHEN_WORD = re.compile(r"(?:\s|^)(?:by|on|from|before|at)\s*$", re.IGNORECASE)


def split_who_when(text: str, today: dt.date | None = None) -> tuple[str, str]:
    """Seed 002's "Who will do this and when?" cell, split into who and when.

    The "when" half starts at the first date, recurrence ("every night") or timing
    word, taking a "by"/"on" just before it. A bare " - " is not a cut: "Priya -
    Health Visitor" is a name and role.
    """
    text = text.strip()
    dates, _ = find_dates(text, today)
    cues = [d.start for d in dates]
    parsed = parse_when(text, today)
    if parsed.recurrence_span:
        cues.append(parsed.recurrence_span[0])
    if m := _WHEN_CUE.search(text):
        cues.append(m.start())
    # "Dietitian (Mr Osei) - April 2026": a month with its year, after someone is named (April
    # alone may be a name: "April Jones (FSW)").
    cues += [start for start, _, month in parsed.month_only if start > 0 and any(c.isdigit() for c in month)]
    if not cues:
        who, _, when = text.partition("\n")
        return who.strip(), when.strip()
    cut = min(cues)
    if m := _LEADING_WHEN_WORD.search(text[:cut]):
        cut = m.start()
    return text[:cut].strip(" \t\n,;:-–/"), text[cut:].strip(" \t\n,;:-–")


def _leading_date(line: str, today: dt.date | None) -> tuple[dt.date, str] | None:
    """A date that opens a line ("23.02.2024: going well"), and the words after it."""
    dates, _ = find_dates(line[:40], today)
    if not dates or dates[0].start != 0:
        return None
    return dates[0].date, line[dates[0].end :].lstrip(" \t:;,-–—")


def progress_notes(text: str, today: dt.date | None) -> list[ProgressNote]:
    """A review/update cell as notes: each line that opens with a date starts a new note."""
    notes: list[ProgressNote] = []
    for line in (raw.strip() for raw in text.splitlines()):
        if not line:
            continue
        dated = _leading_date(line, today)
        if dated is not None or not notes:
            day, words = dated if dated is not None else (None, line)
            notes.append(ProgressNote(date=day, text=words or line))
        else:
            notes[-1] = notes[-1].model_copy(update={"text": f"{notes[-1].text}\n{line}"})
    return notes


# A date cell that lost its format shows the number Excel keeps it as: days since 30 December 1899.
# In a date column (when, review date, date completed), a whole number in this range (the years
# 2000 to 2049) is that date.
_EXCEL_DAYS = range(36_526, 54_789)
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def excel_day(text: str) -> str:
    """A date column's cell, with the number a date lost its format to written as that date."""
    if text.isdigit() and int(text) in _EXCEL_DAYS:
        return f"{_EXCEL_EPOCH + dt.timedelta(days=int(text)):%d/%m/%Y}"
    return text


def completed_note(text: str, today: dt.date | None) -> tuple[ProgressNote, bool]:
    """A "Date completed" cell as a note of when the action was done, and whether it says it was
    (it gives a date); "Not yet" or "TBC" is kept as a note only."""
    dates, _ = find_dates(text, today)
    day = next((d.date for d in dates if d.year_given), None)
    return ProgressNote(date=day, text=f"Completed: {text}"), bool(dates)


_STATUS_WORDS: list[tuple[ActionStatus, re.Pattern[str]]] = [
    (ActionStatus.NOT_STARTED, re.compile(r"^(?:not (?:yet )?started|not begun|to do)$")),
    (ActionStatus.STOPPED, re.compile(r"^(?:stopped|cancell?ed|withdrawn|no longer (?:needed|required))$")),
    (ActionStatus.DONE, re.compile(r"^(?:done|complete[d]?|achieved|met|finished|closed)$")),
    (ActionStatus.IN_PROGRESS, re.compile(r"^(?:in progress|ongoing|started|underway|partly met)$")),
]


def action_status(text: str) -> ActionStatus | None:
    """A status column's word as a status, or None if it is not one of the usual words."""
    words = normalise(text)
    return next((status for status, pattern in _STATUS_WORDS if pattern.match(words)), None)


_CONTINGENCY_LABEL = re.compile(
    r"(?:(?:the|our|family'?s?)\s+)?contingency(?:\s+plans?|\s+planning)?(?:\s*\([^)]*\))?"
    r"\s*(?:[:?\-–]\s*(?P<rest>.*))?",
    re.IGNORECASE,
)


def contingency_label(text: str) -> str | None:
    """For a cell or paragraph labelled "Contingency plan", whatever it holds after the label.

    None when the text is not such a label: "Contingency planning matters because..."
    starts with the word but is a sentence, not a label.
    """
    first, _, later = text.strip().partition("\n")
    m = _CONTINGENCY_LABEL.fullmatch(first.strip())
    if m is None:
        return None
    return "\n".join(part for part in ((m["rest"] or "").strip(), later.strip()) if part)


# Longer than this, text repeated in the next cell is one cell merged across both: a short value
# ("TBC", "Ongoing") may well be written in two columns on purpose.
_MERGED_WORDS = 3


def without_merge_repeats(cells: Sequence[str]) -> list[str]:
    """A row with the copies a horizontal merge leaves in the cells after the first blanked.

    Exports that flatten a merged cell repeat its text in every column it spans; keeping the
    blanks keeps the other cells under their headers. Text of a few words repeated once ("TBC"
    as both who and when) was written twice, and is kept; repeated across three cells or more,
    it is a merge.
    """
    kept = list(cells)
    start = 0
    while start < len(cells):
        end = start + 1
        while end < len(cells) and cells[start] and cells[end] == cells[start]:
            end += 1
        text = cells[start]
        if end - start >= 3 or (end - start == 2 and len(text.split()) > _MERGED_WORDS):
            kept[start + 1 : end] = [""] * (end - start - 1)
        start = end
    return kept
