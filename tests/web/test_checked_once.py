"""The checker runs once for each saved change; the plan page reads the report it stored."""

from __future__ import annotations

import datetime as dt
import html

from django.utils import timezone

from bench.checks import checker_runs
from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from tests.people import signed_in

MONITOR = "'monitor' does not say what will actually be done"


def an_action(plan: Plan, how: str) -> dict[str, str]:
    return {
        "how": how,
        "who": "Sarah Jones (Family Support Worker)",
        "when": (timezone.localdate() + dt.timedelta(days=28)).strftime("%d.%m.%Y"),
        "status": "not_started",
    }


def test_saving_an_action_checks_the_plan_once_and_the_plan_page_checks_nothing(
    lead: User, plan: Plan
) -> None:
    goal = services.goal_save(
        by=lead, plan=plan, outcome="Ben will be in school for 95% of sessions by July."
    )
    client = signed_in(lead)
    client.get(f"/plans/{plan.pk}/")

    with checker_runs() as saved:
        client.post(
            f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/", an_action(plan, "Mum will monitor attendance.")
        )
    with checker_runs() as viewed:
        page = html.unescape(client.get(f"/plans/{plan.pk}/").content.decode())

    assert dict(saved) == {"check_plan": 1}
    assert dict(viewed) == {}
    assert MONITOR in page


def test_a_report_made_on_an_earlier_day_is_made_again_when_the_plan_is_opened(
    lead: User, plan: Plan
) -> None:
    goal = services.goal_save(
        by=lead, plan=plan, outcome="Ben will be in school for 95% of sessions by July."
    )
    services.action_save(by=lead, goal=goal, how="Mum will monitor attendance.", who="Mum", when="Every day")
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    Plan.objects.filter(pk=plan.pk).update(smart_checked_on=yesterday, smart_report={})

    with checker_runs() as opened:
        page = html.unescape(signed_in(lead).get(f"/plans/{plan.pk}/").content.decode())

    assert dict(opened) == {"check_plan": 1}
    assert MONITOR in page
    assert Plan.objects.get(pk=plan.pk).smart_checked_on == timezone.localdate()
