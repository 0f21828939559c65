"""The SMART reports and scores kept with each plan follow the council's settings and the calendar,
for plans nobody opens as much as for those they do."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from familyplan.web.council.services import settings_save
from familyplan.web.oversight import selectors
from tests.people import make_user, signed_in

TODAY = timezone.localdate()


def rules_found(plan: Plan) -> set[str]:
    return {f["rule"] for f in Plan.objects.get(pk=plan.pk).smart_report["findings"]}


def an_asap_plan(plan: Plan, lead: User) -> Plan:
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school for 90% of sessions.")
    services.action_save(by=lead, goal=goal, how="Mum will book a GP appointment.", who="Mum", when="ASAP")
    return plan


def test_changing_the_councils_rules_changes_what_each_plan_page_says(plan: Plan, lead: User) -> None:
    an_asap_plan(plan, lead)
    assert "when-asap" in rules_found(plan)

    settings_save(
        by=make_user("admin", role=User.Role.ADMINISTRATOR),
        version=0,
        checker_settings="disabled: [when-asap]",
    )
    page = signed_in(lead).get(f"/plans/{plan.pk}/").content.decode()

    assert "when-asap" not in rules_found(plan)
    assert "is not a date" not in page


def test_the_daily_refresh_checks_again_the_plans_nobody_opened(
    plan: Plan, lead: User, manager: User
) -> None:
    an_asap_plan(plan, lead)
    # Made on an earlier day; the review it expected has passed since.
    Plan.objects.filter(pk=plan.pk).update(
        smart_checked_on=TODAY - dt.timedelta(days=1), next_review_date=TODAY - dt.timedelta(days=1)
    )
    before = Plan.objects.get(pk=plan.pk).smart_score

    result = CliRunner().invoke(app, ["refresh-reports"])

    assert result.exit_code == 0, result.output
    assert "Checked 1 live plan(s) again." in result.output
    refreshed = Plan.objects.get(pk=plan.pk)
    assert refreshed.smart_checked_on == TODAY
    assert "plan-review-overdue" in rules_found(plan)
    assert refreshed.smart_score < before
    assert selectors.counts(manager, selectors.Filters(), TODAY)["open-plans"] == 1
    again = CliRunner().invoke(app, ["refresh-reports"])
    assert "Checked 0 live plan(s) again." in again.output
