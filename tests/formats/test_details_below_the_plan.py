"""The plan's details written under its table ("Next review date: 01/02/2027", "What is working
well: ..."): read into the plan as those above it are, never taken for goals, and reported when the
plan has no place for them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from familyplan.formats import read_plan
from familyplan.smart import check_plan
from tests.formats.builders import SEED_000_HEADER, write_sheets

TODAY = dt.date(2026, 12, 5)
BEDTIME = [
    "Sam will be asleep by 8pm on school nights",
    "Dad will start the bath at 7pm and read one story with Sam",
    "Lee Robinson (Dad)",
    "every night, review 26/01/2027",
    "",
]


@pytest.mark.parametrize(
    "written",
    [["Next review date: 01/02/2027"], ["Next review date", dt.datetime(2027, 2, 1)]],
    ids=["in one cell", "label and value"],
)
def test_a_next_review_date_under_a_sheet_s_plan_is_the_plan_s_not_a_goal(
    tmp_path: Path, written: list[object]
) -> None:
    path = write_sheets(
        tmp_path / "plan.xlsx",
        {
            "Plan": [
                SEED_000_HEADER,
                BEDTIME,
                [],
                ["Contingency plan", "If Dad is ill, Nan will help."],
                written,
            ]
        },
    )

    result = read_plan(path, today=TODAY)

    plan = result.plan
    assert plan.next_review_date == dt.date(2027, 2, 1)
    assert [g.outcome for g in plan.goals] == [BEDTIME[0]]
    assert "plan-goal-without-actions" not in {f.rule for f in check_plan(plan, today=TODAY).findings}
    assert result.problems == []
