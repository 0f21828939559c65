"""Asking to close a plan does not change what the checker says of it: until a manager signs the
closure off, the plan may be returned, so its contingency is still checked and its score stays."""

from __future__ import annotations

from familyplan.web.accounts.models import User
from familyplan.web.casework import closure, services
from familyplan.web.casework.models import Plan
from tests.people import ask_to_close

VAGUE = "If it doesn't work we will think again."


def _contingency_findings(plan: Plan) -> list[str]:
    plan.refresh_from_db()
    report = services.plan_report(plan)
    return [f.rule for f in report.findings if f.location.field == "contingency"]


def test_asking_to_close_leaves_the_contingency_checked(lead: User, plan: Plan, manager: User) -> None:
    services.plan_update(plan=plan, by=lead, version=plan.version, contingency=VAGUE)
    plan.refresh_from_db()
    before, score = _contingency_findings(plan), plan.smart_score
    assert before  # "think again" is no plan

    ask_to_close(plan, lead)
    services.plan_score_refresh(plan.pk)

    assert _contingency_findings(plan) == before
    plan.refresh_from_db()
    assert plan.smart_score == score

    closure.closure_sign_off(plan=plan, by=manager)
    services.plan_score_refresh(plan.pk)
    # Signed off and closed: nothing more is asked of its contingency.
    assert _contingency_findings(plan) == []
