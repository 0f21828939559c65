"""What the second of two editors sees: the version someone else saved beside their own.

A page whose save raised familyplan.web.versioning.StaleVersionError shows a table of every
field, what was saved and what this person typed, differences marked; the form below
keeps their text and now carries the saved version, so saving again is a choice made knowingly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from familyplan.web.versioning import version_of


@dataclass(frozen=True)
class ConflictRow:
    label: str
    saved: str
    yours: str
    differs: bool


@dataclass(frozen=True)
class Conflict:
    what: str  # "this goal", "the council settings": what someone else saved
    rows: list[ConflictRow]


def _shown(field: forms.Field | None, value: Any) -> str:
    if value is None or value == "":
        return str(_("Not given"))
    if isinstance(value, bool):
        return str(_("Yes") if value else _("No"))
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    choices = getattr(field, "choices", None)
    if choices:
        return str(dict(choices).get(value, value))
    return str(value)


def conflict_of(
    what: str,
    form: forms.BaseForm,
    current: Any,
    fields: Iterable[str],
    yours: Mapping[str, Any],
    labels: Mapping[str, str] | None = None,
) -> Conflict:
    """The rows of the conflict page: each field's label, the saved value and this person's."""
    rows = []
    for name in fields:
        field = form.fields.get(name)
        label = (labels or {}).get(name) or (str(field.label) if field is not None else name)
        saved = _shown(field, getattr(current, name, None) if current is not None else None)
        mine = _shown(field, yours.get(name))
        rows.append(ConflictRow(label=label, saved=saved, yours=mine, differs=saved != mine))
    return Conflict(what=what, rows=rows)


def form_after_conflict(form: forms.BaseForm, data: Mapping[str, Any], current: Any, **kwargs: Any) -> Any:
    """The same form, holding what the person typed, now based on the version that was saved."""
    again = type(form)({**data, "version": version_of(current)}, **kwargs)
    again.is_valid()
    return again
