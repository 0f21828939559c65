"""The dates hints and messages give as examples, counted from the day the page is shown, so an
example is never a date that has already gone by (nor a date of birth still to come)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.utils import timezone
from django.utils.functional import lazy

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def day_from_today(days: int) -> str:
    """The date ``days`` from today as the date fields take it, day first: 27/03/2027."""
    return (timezone.localdate() + dt.timedelta(days=days)).strftime("%d/%m/%Y")


def with_dates(text: StrOrPromise, **days_from_today: int) -> StrOrPromise:
    """``text`` with each named date filled in when it is shown, in days from that day."""

    def filled() -> str:
        return str(text) % {name: day_from_today(days) for name, days in days_from_today.items()}

    return lazy(filled, str)()
