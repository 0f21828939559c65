"""The Supporting Families outcome report, checked against goals built by hand."""

from __future__ import annotations

import csv
import datetime as dt
import io

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Goal
from familyplan.web.oversight.selectors import (
    Filters,
    achieved_by_quarter,
    outcome_report,
    quarter_start,
    smart_scores_by_quarter,
)
from familyplan.web.reviews.models import Review
from tests.people import signed_in

START, END = dt.date(2025, 4, 1), dt.date(2025, 6, 30)


def test_goals_set_achieved_and_open_are_counted_per_outcome(lead: User, manager: User, plan) -> None:
    def goal(outcome: str, created: dt.date, achieved: dt.date | None = None) -> None:
        Goal.objects.create(
            plan=plan,
            outcome="x",
            supporting_families_outcome=outcome,
            created_on=created,
            status="achieved" if achieved else "open",
            achieved_on=achieved,
        )

    goal("education", dt.date(2025, 4, 10))  # set in the period, open
    goal("education", dt.date(2025, 5, 1), achieved=dt.date(2025, 6, 1))  # set and achieved in it
    goal("education", dt.date(2025, 1, 5), achieved=dt.date(2025, 4, 20))  # set before, achieved in it
    goal("education", dt.date(2025, 7, 5))  # set after the period: not counted
    goal("housing", dt.date(2025, 2, 1))  # set before, still open
    goal("housing", dt.date(2025, 3, 1), achieved=dt.date(2025, 3, 30))  # achieved before the period

    rows = {r.code: (r.set, r.achieved, r.open) for r in outcome_report(manager, START, END)}

    assert rows["education"] == (2, 2, 1)
    assert rows["housing"] == (0, 0, 1)
    assert rows["crime"] == (0, 0, 0)
    assert len(rows) == 10


def test_the_report_downloads_as_csv(manager: User, plan) -> None:
    Goal.objects.create(
        plan=plan, outcome="x", supporting_families_outcome="housing", created_on=dt.date(2025, 5, 1)
    )

    response = signed_in(manager).get("/oversight/outcomes/?start=01/04/2025&end=30/06/2025&format=csv")

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["Supporting Families outcome", "Goals set", "Goals achieved", "Goals open"]
    assert ["Secure housing", "1", "0", "1"] in rows


def test_a_period_ending_before_it_starts_is_refused(manager: User, db) -> None:
    response = signed_in(manager).get("/oversight/outcomes/?start=30/06/2025&end=01/04/2025")

    assert "The end of the period must be after its start" in response.content.decode()


def test_a_team_sees_only_its_own_goals(manager: User, lead: User, plan) -> None:
    Goal.objects.create(
        plan=plan, outcome="x", supporting_families_outcome="health", created_on=dt.date(2025, 5, 1)
    )
    other = User.objects.create_user("elsewhere", password="a-long-password-2", role=User.Role.MANAGER)
    family = services.family_create(by=other, family_name="Other")
    other_plan = services.plan_start(
        family=family, by=other, plan_type="early_help", started_on=dt.date(2025, 1, 1)
    )
    Goal.objects.create(
        plan=other_plan, outcome="y", supporting_families_outcome="health", created_on=dt.date(2025, 5, 1)
    )

    rows = {r.code: r.set for r in outcome_report(manager, START, END)}

    assert rows["health"] == 1


def test_the_chart_counts_goals_achieved_in_each_of_the_last_eight_quarters(manager: User, plan) -> None:
    today = dt.date(2026, 11, 27)
    for achieved in [dt.date(2026, 10, 1), dt.date(2026, 11, 27), dt.date(2025, 1, 1), dt.date(2024, 12, 31)]:
        Goal.objects.create(plan=plan, outcome="x", status="achieved", achieved_on=achieved)
    Goal.objects.create(plan=plan, outcome="x", status="open")
    Goal.objects.filter(achieved_on=dt.date(2026, 10, 1)).update(supporting_families_outcome="housing")

    chart = achieved_by_quarter(manager, Filters(), today)

    assert quarter_start(today) == dt.date(2026, 10, 1)
    assert quarter_start(today, back=7) == dt.date(2025, 1, 1)
    assert chart.quarters == [
        "2025 Q1",
        "2025 Q2",
        "2025 Q3",
        "2025 Q4",
        "2026 Q1",
        "2026 Q2",
        "2026 Q3",
        "2026 Q4",
    ]
    assert chart.totals == [1, 0, 0, 0, 0, 0, 0, 2]
    by_outcome = dict(chart.by_outcome)
    assert by_outcome["Secure housing"] == [0, 0, 0, 0, 0, 0, 0, 1]
    assert by_outcome["No outcome chosen"] == [1, 0, 0, 0, 0, 0, 0, 1]


def test_the_smart_score_chart_averages_the_reviews_of_each_of_the_last_eight_quarters(
    lead: User, manager: User, plan
) -> None:
    today = dt.date(2026, 11, 27)
    for day, score in [
        (dt.date(2026, 10, 2), 60),
        (dt.date(2026, 11, 20), 80),
        (dt.date(2025, 3, 31), 40),
        (dt.date(2024, 12, 31), 10),  # nine quarters back: not on the chart
    ]:
        Review.objects.create(
            plan=plan, date=day, next_review_date=today, recorded_by=lead, smart_score=score
        )

    assert smart_scores_by_quarter(manager, Filters(), today) == [("2025 Q1", 40), ("2026 Q4", 70)]


def test_the_reviews_of_a_plan_since_closed_still_count_in_their_quarter(
    lead: User, manager: User, plan
) -> None:
    today = dt.date(2026, 11, 27)
    Review.objects.create(
        plan=plan, date=dt.date(2026, 10, 2), next_review_date=today, recorded_by=lead, smart_score=60
    )
    plan.status = plan.Status.CLOSED
    plan.save()

    assert smart_scores_by_quarter(manager, Filters(), today) == [("2026 Q4", 60)]
