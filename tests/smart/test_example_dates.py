"""A suggestion's example date is one the practitioner could still agree: six weeks from the check."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from familyplan.smart import check_statement
from familyplan.smart.catalogue import default_catalogue

TODAY = dt.date(2027, 3, 1)  # a Monday; six weeks on is Monday 12 April 2027


@pytest.mark.parametrize(
    ("when", "rule", "example"),
    [
        ("ASAP", "when-asap", '"by Monday 12 April 2027"'),
        ("Within 6 weeks", "when-relative", '"by 12/04/2027"'),
        ("Ongoing", "when-ongoing", '"Ongoing (review 12.04.2027)"'),
        ("Every Tuesday", "when-recurring-without-review", '"Every day (review 12.04.2027)"'),
        ("April", "when-month-only", '"30 April 2027"'),
        ("31/02/2027", "when-invalid-date", "(12.04.2027 is 12 April 2027)"),
    ],
)
def test_a_when_finding_suggests_a_date_after_the_day_of_the_check(
    when: str, rule: str, example: str
) -> None:
    found = {f.rule: f for f in check_statement(when, "when", today=TODAY)}

    assert rule in found, sorted(found)
    assert example in found[rule].suggestion


def test_no_suggestion_in_the_catalogue_shows_a_fixed_date_that_will_pass() -> None:
    fixed = re.compile(r"\b20\d\d\b")
    dated = [r.id for r in default_catalogue().rules.values() if fixed.search(r.suggestion)]

    assert dated == []


def test_a_check_without_a_day_given_uses_today() -> None:
    (finding,) = [f for f in check_statement("ASAP", "when") if f.rule == "when-asap"]
    shown = re.search(r"by \w+ (\d+ \w+ \d{4})", finding.suggestion)

    assert shown is not None
    assert dt.datetime.strptime(shown[1], "%d %B %Y").date() == dt.date.today() + dt.timedelta(weeks=6)
