"""What a rule's test returns (a hit: the words it objects to) and the finding made from it."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from familyplan.smart.catalogue import Rule
from familyplan.smart.findings import Finding, Location
from familyplan.smart.language import Span


@dataclass(frozen=True)
class Hit:
    span: Span
    values: dict[str, str] = field(default_factory=dict)


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


# A suggestion's example date is six weeks on from the day of the check, a usual time to the
# next review (seed 000), so the example a practitioner is shown is never a day already gone.
EXAMPLE_WEEKS = 6


@lru_cache(maxsize=64)  # by day, not by text: a whole archive is checked on a handful of days
def example_dates(today: dt.date) -> dict[str, str]:
    """The dates a suggestion may show, each in the form the guidance writes it (not to be changed)."""
    day = today + dt.timedelta(weeks=EXAMPLE_WEEKS)
    month_end = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return {
        "example_date": f"{day:%d/%m/%Y}",  # 14/03/2027
        "example_dotted": f"{day:%d.%m.%Y}",  # 14.03.2027
        "example_words": f"{day.day} {day:%B %Y}",  # 14 March 2027
        "example_day": f"{day:%A} {day.day} {day:%B %Y}",  # Sunday 14 March 2027
        "example_month_end": f"{month_end.day} {month_end:%B %Y}",  # 31 March 2027
    }


def finding_for(
    rule: Rule, hit: Hit, location: Location | None = None, today: dt.date | None = None, **values: str
) -> Finding:
    """The rule's message and suggestion, filled in with the words of the hit, and with example
    dates worked out from ``today`` (the day of the check) where the suggestion shows one."""
    filled = _Values(hit.values | values)
    if "{example_" in rule.suggestion:
        filled = _Values(example_dates(today or dt.date.today()) | filled)
    return Finding(
        rule=rule.id,
        letter=rule.letter,
        severity=rule.severity,
        message=rule.message.format_map(filled),
        suggestion=rule.suggestion.format_map(filled),
        seed=rule.seed,
        start=hit.span.start,
        end=hit.span.end,
        text=hit.span.text,
        location=location,
    )
