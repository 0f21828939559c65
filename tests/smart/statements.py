"""What the checker makes of one statement, as the statement tests ask it: the rules that need work,
and the slots it was read into."""

from __future__ import annotations

import datetime as dt

from familyplan.smart import Context, check_statement, explain_statement

TODAY = dt.date(2026, 12, 7)


def needs_work(text: str, kind: str, context: Context | None = None, today: dt.date = TODAY) -> set[str]:
    found = check_statement(text, kind, today=today, context=context or Context())
    return {f.rule for f in found if f.severity.needs_work}


def slots(text: str, kind: str, today: dt.date = TODAY) -> dict[str, str]:
    reading = explain_statement(text, kind, today=today).reading
    return {s.name: s.text for s in reading.slots}
