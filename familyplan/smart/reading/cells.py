"""The parts of a who cell (each person's name and role) and of a when cell (dates, how often, review).

A who or when cell is not a sentence: its parts are found by the same parsers the
plan uses to read people and dates, so the reading shows exactly what the rules judged.
"""

from __future__ import annotations

import datetime as dt

from familyplan.plan.parsing import parse_when
from familyplan.plan.who_cells import people_in
from familyplan.smart.reading.slot import Slot


def who_slots(text: str) -> list[Slot]:
    """Each person named: "person" (noted family, network, practitioner or unknown) and their "role"."""
    found: list[Slot] = []
    for (start, _end, raw), name, role, kind in people_in(text):
        name_at = raw.find(name) if name else -1
        if name_at >= 0:
            found.append(_slot(text, "person", start + name_at, len(name), kind.value))
        role_at = raw.find(role, max(name_at, 0) + len(name)) if role else -1
        if role_at >= 0:
            found.append(_slot(text, "role", start + role_at, len(role), ""))
        elif role:
            # A role read from its parts, wherever they stand ("Family Support Worker - Kelly Brown",
            # "Jo Lees / Housing Officer / Riverside Homes"): each part where it is written.
            for part in role.split(", "):
                part_at = raw.find(part)
                if part and part_at >= 0:
                    found.append(_slot(text, "role", start + part_at, len(part), ""))
    return sorted(found, key=lambda s: s.start)


def when_slots(text: str, times: list[tuple[str, int, int, str]], today: dt.date | None = None) -> list[Slot]:
    """Dates (the one to review by noted "review"), how often, a month, and other times the reader found."""
    parsed = parse_when(text, today)
    found = [
        _slot(text, "review" if d.date == parsed.review_date else "date", d.start, d.end - d.start, "")
        for d in parsed.dates
    ]
    if parsed.recurrence_span:
        start, end = parsed.recurrence_span
        # The reader's pattern may see further ("every Tuesday evening"): show the longer.
        for kind, a, b, _ in times:
            if kind == "frequency" and a < end and start < b:
                start, end = min(a, start), max(b, end)
        found.append(_slot(text, "how often", start, end - start, ""))
    found += [_slot(text, "month", start, end - start, "") for start, end, _ in parsed.month_only]
    for kind, start, end, _ in times:
        if not any(s.start < end and start < s.end for s in found):
            found.append(
                _slot(text, "how often" if kind == "frequency" else "when", start, end - start, kind)
            )
    return sorted(found, key=lambda s: s.start)


def _slot(text: str, name: str, start: int, length: int, note: str) -> Slot:
    return Slot(name, start, start + length, text[start : start + length], note)
