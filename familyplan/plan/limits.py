"""How much work one file, one plan or one request may ask for: every limit in one place.

A real family plan is a few pages: ten goals, forty actions, a few kilobytes of
text. These defaults are many times that, and small enough that a hostile or
broken file is refused in well under five seconds and 300 MB of memory, before
it is read whole. A council changes any of them with an environment variable
named in the table in docs/limits.md (``FAMILYPLAN_LIMIT_`` and the name in
capitals, e.g. ``FAMILYPLAN_LIMIT_ROWS=20000``).

Every refusal is a :class:`LimitExceeded` naming the limit and where it was hit:
"sheet 'Plan', row 10,001: more than 10,000 rows (limit FAMILYPLAN_LIMIT_ROWS)".
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    # Files (familyplan check, familyplan import).
    file_bytes: int = 10 * MB
    """A file's size as stored (a Word or Excel file is a zip archive: its compressed size)."""
    unpacked_bytes: int = 100 * MB
    """Everything inside a Word or Excel file, counted while unpacking (not taken from the zip's header)."""
    archive_members: int = 10_000
    """Files inside one Word or Excel file's zip archive."""
    xml_bytes: int = 8 * MB
    """The XML a reader builds in memory whole: all of a Word file's parts, an Excel file's shared parts."""
    xml_tags: int = 1_000_000
    """XML tags in the parts a reader streams (an Excel file's sheets), all sheets together."""
    rows: int = 10_000
    """Rows in one table, sheet or CSV file."""
    cells: int = 100_000
    """Cells in one file, all its tables and sheets together."""
    cell_chars: int = 20_000
    """Characters in one cell."""
    nesting: int = 32
    """How deeply lists and objects may nest in a JSON or YAML plan (a plan needs six)."""
    report_files: int = 200_000
    """Plan files one quality report reads (`familyplan quality-report`), all folders together."""
    report_bytes: int = 20 * MB
    """An earlier quality report given with --since (the JSON `quality-report --json` writes)."""
    upload_files: int = 50
    """Plan files sent together to the bulk import page."""
    upload_bytes: int = 50 * MB
    """The body of one request to the bulk import page, all its files together."""
    # Plans, however they arrive.
    goals: int = 100
    """Goals in one plan."""
    actions: int = 1_000
    """Actions in one plan, all goals together."""
    field_chars: int = 20_000
    """Characters in one field of a plan (an outcome, an action, a contingency plan)."""
    # Requests to the web application and the API.
    request_bytes: int = 2 * MB
    """The body of one request."""
    check_seconds: float = 10.0
    """The time one API check of a whole plan may take before it is answered with a refusal."""
    reset_emails: int = 3
    """Password reset links asked for one email address within ``reset_minutes`` (known or not)."""
    reset_requests: int = 10
    """Password reset links asked for from one client address within ``reset_minutes``."""
    reset_minutes: int = 60
    """The time the two limits above count over (a link works for an hour)."""

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> Limits:
        """The defaults, with any ``FAMILYPLAN_LIMIT_<NAME>`` a council has set."""
        environ = dict(os.environ) if environ is None else environ
        changes: dict[str, int | float] = {}
        for item in fields(cls):
            raw = environ.get(f"FAMILYPLAN_LIMIT_{item.name.upper()}")
            if raw is None or not raw.strip():
                continue
            try:
                value = float(raw) if item.name == "check_seconds" else int(raw.replace("_", ""))
            except ValueError as error:
                raise ValueError(
                    f"FAMILYPLAN_LIMIT_{item.name.upper()} must be a number, not {raw!r}"
                ) from error
            if value <= 0:
                raise ValueError(f"FAMILYPLAN_LIMIT_{item.name.upper()} must be more than 0")
            changes[item.name] = value
        return replace(cls(), **changes)  # type: ignore[arg-type]


class LimitExceeded(Exception):
    """A file, plan or request beyond one of the limits. ``str()``: "WHERE: more than N THINGS"."""

    def __init__(self, where: str, what: str, limit: str) -> None:
        self.where = where
        self.limit = limit
        message = f"more than {what}" + (f" (limit FAMILYPLAN_LIMIT_{limit.upper()})" if limit else "")
        self.message = f"{where}: {message}" if where else message
        super().__init__(self.message)


def count(number: float) -> str:
    """10000 as "10,000"; 10485760 bytes are written by :func:`size`."""
    return f"{number:,.0f}"


def size(number_of_bytes: int) -> str:
    if number_of_bytes >= MB and number_of_bytes % MB == 0:
        return f"{number_of_bytes // MB} MB"
    if number_of_bytes >= 1024 and number_of_bytes % 1024 == 0:
        return f"{number_of_bytes // 1024} KB"
    return f"{count(number_of_bytes)} bytes"


_current = Limits.from_environment()


def current() -> Limits:
    """The limits in force: the defaults and the council's environment variables."""
    return _current


def set_current(limits: Limits) -> None:
    """Change the limits in force (the tests use this to try small ones)."""
    global _current
    _current = limits


def check_plan_size(goals: int, actions: int, where: str = "", limits: Limits | None = None) -> None:
    """Refuse a plan with more goals or actions than the limits allow."""
    limits = limits or current()
    if goals > limits.goals:
        raise LimitExceeded(where or "plan", f"{count(limits.goals)} goals ({count(goals)})", "goals")
    if actions > limits.actions:
        raise LimitExceeded(where or "plan", f"{count(limits.actions)} actions ({count(actions)})", "actions")
