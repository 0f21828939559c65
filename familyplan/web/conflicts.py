"""What the second of two editors sees: the version someone else saved beside their own.

A page whose save raised familyplan.web.versioning.StaleVersionError shows a table of every
field, what was saved and what this person typed, differences marked; the form below
keeps what they changed and now carries the saved version, so saving again is a choice made
knowingly. A form that says what each field held when it was opened (``opened``, see
``opened_fingerprints``) takes the saved value for every field the person left as it was: saving
again cannot put back, unseen, what the other person had just replaced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
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
    merged: bool = False  # the form holds what they changed and, elsewhere, what was saved


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
    merged: bool = False,
) -> Conflict:
    """The rows of the conflict page: each field's label, the saved value and this person's."""
    rows = []
    for name in fields:
        field = form.fields.get(name)
        label = (labels or {}).get(name) or (str(field.label) if field is not None else name)
        saved = _shown(field, getattr(current, name, None) if current is not None else None)
        mine = _shown(field, yours.get(name))
        rows.append(ConflictRow(label=label, saved=saved, yours=mine, differs=saved != mine))
    return Conflict(what=what, rows=rows, merged=merged)


def form_after_conflict(form: forms.BaseForm, data: Mapping[str, Any], current: Any, **kwargs: Any) -> Any:
    """The same form, now based on the version that was saved: holding what the person typed, or,
    where the form knows what it was opened with, what they changed and the saved rest."""
    if OPENED in form.fields:
        values = merged(form, current)
        again = type(form)(initial={**values, "version": version_of(current)}, **kwargs)
        # As though opened now, on the saved version: what they changed counts as changed again.
        again.initial[OPENED] = opened_fingerprints(again, {n: getattr(current, n, None) for n in values})
        return again
    again = type(form)({**data, "version": version_of(current)}, **kwargs)
    again.is_valid()
    return again


OPENED = "opened"  # the hidden field holding what each field held when the form was opened


def _fingerprint(value: Any) -> str:
    if value is None:
        value = ""
    elif isinstance(value, dt.date):
        value = value.isoformat()
    elif isinstance(value, bool):
        value = "1" if value else "0"
    text = str(value).replace("\r\n", "\n").strip()
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _editable(form: forms.BaseForm) -> list[str]:
    return [name for name in form.fields if name not in ("version", OPENED)]


def opened_fingerprints(form: forms.BaseForm, values: Mapping[str, Any] | None = None) -> str:
    """What each field holds now (or in ``values``), as short fingerprints, for the hidden field."""
    held = {
        name: _fingerprint(
            values.get(name) if values is not None else form.get_initial_for_field(field, name)
        )
        for name, field in form.fields.items()
        if name in _editable(form)
    }
    return json.dumps(held, separators=(",", ":"))


def untouched(form: forms.BaseForm, current: Any) -> set[str]:
    """The fields of a valid form the person left as they were when they opened it, and which the
    saved record holds: these take what was saved since."""
    try:
        opened = json.loads(getattr(form, "opened_with", "") or "{}")
    except ValueError:
        return set()
    if not isinstance(opened, dict) or current is None:
        return set()
    return {
        name
        for name in _editable(form)
        if hasattr(current, name) and opened.get(name) == _fingerprint(form.cleaned_data.get(name))
    }


def merged(form: forms.BaseForm, current: Any) -> dict[str, Any]:
    """What the form will hold after a conflict: what the person changed, and the saved value of
    every field they did not."""
    kept = untouched(form, current)
    return {
        name: getattr(current, name) if name in kept else form.cleaned_data.get(name)
        for name in _editable(form)
    }


class VersionMixin(forms.Form):
    # The version of the record the person started editing from (familyplan.web.versioning):
    # a later save by someone else is not overwritten; the second person sees both versions.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    # What each field held when the form was opened, so that after a conflict the fields the
    # person did not change take what the other person saved (see form_after_conflict).
    opened = forms.CharField(widget=forms.HiddenInput, required=False, max_length=4000)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound and OPENED not in self.initial:
            self.initial[OPENED] = opened_fingerprints(self)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        # Kept on the form, not in what is saved: it is not part of the record.
        self.opened_with = str(data.pop(OPENED, "") or "")
        return data
