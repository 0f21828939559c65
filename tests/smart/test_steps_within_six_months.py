"""An action's own date more than six months off passes three reviews or more before it is due (seed
001: "realistic timescales with some being broken down into stages"); an outcome may be a year away,
a step towards it may not. A review date far off is the review rules' matter, and a list of dates is
held to its first."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context
from familyplan.smart.checker import check_cells

TODAY = dt.date(2026, 12, 7)
ACTION = "Jo will go with Mum to the admissions office to hand in Leo's in-year school application."


def _beyond(when: str) -> bool:
    cells = check_cells(
        "action", Context(who="Jo Bell (Family Support Worker)", when=when), today=TODAY, action=ACTION
    )
    return any(f.rule == "when-beyond-timescale" for _, f in cells)


@pytest.mark.parametrize(
    ("when", "beyond"),
    [
        ("01.09.2027", True),
        ("By 30.06.2027", True),
        ("15.05.2027", False),
        ("10.05.2027, 07.06.2027 and 28.06.2027", False),
        ("Every Tuesday (review 02.02.2027)", False),
    ],
)
def test_a_step_is_held_to_six_months(when: str, beyond: bool) -> None:
    assert _beyond(when) is beyond
