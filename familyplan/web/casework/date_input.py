"""A date of birth asked for as GOV.UK asks for a date people know: day, month and year boxes.

The other dates in the app (a review held, an end date, a when) are a single box, written day first
("For example, 27/03/2027"): they are read from what practitioners write anyway. A date of birth is a
date the person knows whole, and GOV.UK's date input pattern asks for it in three boxes, with an
error on the box that is wrong ("Date of birth must include a month") rather than on the date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from familyplan.plan.parsing import MONTHS

BOXES = ("day", "month", "year")
LABELS = {"day": _("Day"), "month": _("Month"), "year": _("Year")}
WIDTHS = {"day": 2, "month": 2, "year": 4}


def _missing_message(missing: list[str]) -> str:
    messages = {
        ("day",): _("Date of birth must include a day"),
        ("month",): _("Date of birth must include a month"),
        ("year",): _("Date of birth must include a year"),
        ("day", "month"): _("Date of birth must include a day and month"),
        ("day", "year"): _("Date of birth must include a day and year"),
        ("month", "year"): _("Date of birth must include a month and year"),
    }
    return str(messages[tuple(missing)])


def _example(days: int) -> str:
    day = timezone.localdate() + dt.timedelta(days=days)
    return gettext("For example, %(day)s") % {"day": f"{day.day} {day.month} {day.year}"}


example = lazy(_example, str)


class DateInput(forms.MultiWidget):
    """The three boxes, named ``<field>-day``, ``<field>-month`` and ``<field>-year``; the page draws
    them (govuk/field.html), so that each box can carry its own error."""

    def __init__(self) -> None:
        super().__init__([forms.TextInput(), forms.TextInput(), forms.TextInput()])
        self.widgets_names = [f"-{box}" for box in BOXES]

    def decompress(self, value: Any) -> list[str]:
        if isinstance(value, dt.date):
            return [str(value.day), str(value.month), str(value.year)]
        return ["", "", ""]


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _refused(message: Any, boxes: list[str]) -> ValidationError:
    """An error, and the boxes it is about: those the page marks, and the first the summary leads to."""
    return ValidationError(str(message), code="date", params={"boxes": boxes})


class DateOfBirthField(forms.Field):
    """A date of birth from three boxes; a month may be written as its name ("March", "Sept")."""

    widget = DateInput

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("help_text", example(-8 * 365))
        super().__init__(*args, **kwargs)

    def to_python(self, value: Any) -> dt.date | None:
        if isinstance(value, dt.date) or value is None:
            return value
        typed = dict(zip(BOXES, (str(part or "").strip() for part in value), strict=False))
        if not any(typed.values()):
            return None
        missing = [box for box in BOXES if not typed.get(box)]
        if missing:
            raise _refused(_missing_message(missing), missing)
        day, year = _number(typed["day"]), _number(typed["year"])
        month = _number(typed["month"]) or MONTHS.get(typed["month"].lower().rstrip("."))
        if day is None or month is None or year is None:
            unread = [box for box, number in zip(BOXES, (day, month, year), strict=True) if number is None]
            raise _refused(_("Date of birth must be a real date"), unread)
        if len(typed["year"]) != 4:
            raise _refused(_("Year must include 4 numbers"), ["year"])
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise _refused(
                _("Date of birth must be a real date"), ["month"] if not 1 <= month <= 12 else ["day"]
            ) from None


def boxes_in_error(field: Any) -> list[str]:
    """The boxes of a bound date field its first error is about: all three for an error about the
    whole date (one in the future, say)."""
    errors = field.errors.as_data() if field.errors else []
    if not errors:
        return []
    params = getattr(errors[0], "params", None) or {}
    return list(params.get("boxes") or BOXES)


def boxes_of(field: Any) -> list[dict[str, Any]]:
    """Each box of a bound date field, as the page draws it: its name, label, width, what it holds
    and whether it is in error."""
    value = field.value()
    held = value if isinstance(value, list | tuple) else field.field.widget.decompress(value)
    wrong = boxes_in_error(field)
    return [
        {
            "name": box,
            "label": LABELS[box],
            "width": WIDTHS[box],
            "value": held[i] if i < len(held) and held[i] is not None else "",
            "error": box in wrong,
        }
        for i, box in enumerate(BOXES)
    ]
