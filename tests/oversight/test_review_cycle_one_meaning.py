"""An overdue review has one meaning: the dashboard's database query and the checker agree, by the
council's own review cycles, for every kind of plan."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.plan.models import PlanType
from familyplan.smart import check_plan
from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.interchange import to_model
from familyplan.web.casework.models import Plan
from familyplan.web.council.models import CouncilSettings
from familyplan.web.council.services import catalogue, cycles
from familyplan.web.oversight.selectors import review_overdue

TODAY = dt.date(2026, 6, 1)
DAYS_SINCE_START = [3, 6, 7, 8, 13, 14, 15, 41, 42, 43, 48, 49, 50, 55, 56, 57, 69, 70, 71, 84, 85]


def overdue_by_the_query(plan: Plan) -> bool:
    return Plan.objects.filter(pk=plan.pk).filter(review_overdue(TODAY)).exists()


def overdue_by_the_checker(plan: Plan) -> bool:
    report = check_plan(to_model(plan), today=TODAY, catalogue=catalogue())
    return any(f.rule == "plan-review-overdue" for f in report.findings)


@pytest.mark.parametrize(
    "council",
    [
        {},
        {"early_help_weeks": 4, "early_help_latest_weeks": 10, "my_plan_weeks": 8, "interim_days": 14},
        {"early_help_weeks": 6, "early_help_latest_weeks": 6, "my_plan_weeks": 2, "interim_days": 3},
    ],
    ids=["the guidance", "a council with longer cycles", "a council with shorter cycles"],
)
def test_the_query_and_the_checker_find_the_same_reviews_overdue(lead: User, council: dict[str, int]) -> None:
    CouncilSettings.objects.create(pk=1, council_name="Test", **council)
    family = services.family_create(by=lead, family_name="Case")
    disagreements = []
    overdue = 0

    for plan_type in PlanType:
        for days in DAYS_SINCE_START:
            plan = Plan.objects.create(
                family=family,
                plan_type=plan_type.value,
                started_on=TODAY - dt.timedelta(days=days),
                created_by=lead,
            )
            by_query, by_checker = overdue_by_the_query(plan), overdue_by_the_checker(plan)
            overdue += by_query
            if by_query != by_checker:
                disagreements.append((plan_type.value, days, by_query, by_checker))
            plan.delete()

    assert disagreements == []
    assert 0 < overdue < len(PlanType) * len(DAYS_SINCE_START)


def test_an_early_help_plan_is_overdue_after_the_councils_latest_week_not_a_fixed_eight(lead: User) -> None:
    CouncilSettings.objects.create(pk=1, council_name="Test", early_help_latest_weeks=12)
    family = services.family_create(by=lead, family_name="Case")
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=TODAY - dt.timedelta(weeks=10)
    )

    assert cycles()[PlanType.EARLY_HELP].latest == dt.timedelta(weeks=12)
    assert not overdue_by_the_query(plan)
    assert not overdue_by_the_checker(plan)
