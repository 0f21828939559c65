"""One line of `familyplan lint-statements` input read into a statement, or the reason it cannot be."""

from __future__ import annotations

import json

from familyplan.smart import Context, Kind

_KINDS = ", ".join(k.value for k in Kind)


def read_line(line: str, number: int) -> tuple[str, Kind, Context] | str:
    """The statement, its kind and its action's cells; or, for a malformed line, what is wrong with it."""
    try:
        row = json.loads(line)
        text, kind = row["text"], Kind(row["kind"])
        context = Context(who=str(row.get("who") or ""), when=str(row.get("when") or ""))
        if not isinstance(text, str):
            raise TypeError
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
        return f'line {number}: expected {{"text": "...", "kind": "..."}}'
    except ValueError:
        return f"line {number}: kind must be one of {_KINDS}, not '{row['kind']}'"
    return text, kind, context
