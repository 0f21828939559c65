"""The oversight pages write a day as the rest of the service does, "5 December 2026", so a
manager does not meet "Dec. 5, 2026" on one page and "2026-12-05" on the next."""

from __future__ import annotations

import datetime as dt
import html

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Plan
from tests.people import signed_in


def written(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def test_the_list_of_open_plans_writes_days_in_full(manager: User, plan: Plan) -> None:
    Plan.objects.filter(pk=plan.pk).update(next_review_date=dt.date(2026, 12, 5))

    page = html.unescape(signed_in(manager).get("/oversight/open-plans/").content.decode())

    assert "</span>5 December 2026</td>" in page
    assert f"</span>{written(plan.started_on)}</td>" in page
    assert "Dec. 5, 2026" not in page


def test_the_quality_report_says_the_day_it_checked_in_full(manager: User, plan: Plan) -> None:
    today = timezone.localdate()

    page = html.unescape(signed_in(manager).get("/oversight/quality/").content.decode())

    assert f"Live plans, checked on {written(today)}" in page
    assert today.isoformat() not in page
