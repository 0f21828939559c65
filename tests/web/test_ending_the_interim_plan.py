"""An interim safety plan is followed by the full plan (seed 002): once that is in place the lead
ends it, and the checker stops asking about it; the audit trail keeps what it said."""

from __future__ import annotations

import datetime as dt
import html

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import services
from familyplan.web.casework.models import InterimSafetyPlan, Plan
from tests.people import make_user, signed_in

TODAY = timezone.localdate()
SAFE = "Nan Pat stays at the house every night until the full plan is agreed"


def text(response) -> str:
    return html.unescape(response.content.decode())


def an_interim_plan(plan: Plan, lead: User, ends: dt.date) -> None:
    services.interim_save(
        plan=plan, by=lead, version=0, issue="Mum's drinking at night", actions=SAFE, end_date=ends
    )


def the_full_plan(plan: Plan, lead: User) -> None:
    goal = services.goal_save(
        by=lead,
        plan=plan,
        outcome="Mum is sober every evening by 30.04.2027.",
        supporting_families_outcome="substance_use",
    )
    services.action_save(
        by=lead,
        goal=goal,
        how="Mum goes to the recovery group every Tuesday.",
        who="Mum",
        when="Tuesdays (review 01/03/2099)",
    )
    plan.refresh_from_db()
    services.plan_update(
        plan=plan, by=lead, version=plan.version, contingency="If Mum drinks, Nan Pat has the children."
    )


def test_the_lead_ends_the_interim_plan_once_the_full_plan_is_in_place(lead: User, plan: Plan) -> None:
    an_interim_plan(plan, lead, TODAY + dt.timedelta(days=5))
    the_full_plan(plan, lead)
    client = signed_in(lead)

    assert "End the interim safety plan (the full plan is in place)" in text(
        client.get(f"/plans/{plan.pk}/interim/")
    )
    ended = client.post(f"/plans/{plan.pk}/interim/end/", follow=True)

    assert "The interim safety plan has ended." in text(ended)
    assert not InterimSafetyPlan.objects.filter(plan=plan).exists()
    plan_page = text(client.get(f"/plans/{plan.pk}/"))
    assert SAFE not in plan_page
    assert f"Ended on {TODAY:%-d %B %Y}" in plan_page
    assert "Not needed yet" not in plan_page
    kept = AuditEvent.objects.get(action=AuditEvent.Action.DELETE, object_type="interimsafetyplan")
    assert SAFE in str(kept.detail)


def test_an_interim_plan_past_its_end_date_is_no_longer_a_finding_once_ended(lead: User, plan: Plan) -> None:
    an_interim_plan(plan, lead, TODAY + dt.timedelta(days=5))
    the_full_plan(plan, lead)
    InterimSafetyPlan.objects.filter(plan=plan).update(end_date=TODAY - dt.timedelta(days=3))
    services.plan_score_refresh(plan.pk)  # as the night's refresh would

    def rules() -> set[str]:
        return {f.rule for f in services.plan_report(Plan.objects.get(pk=plan.pk)).findings}

    assert "plan-interim-expired" in rules()
    signed_in(lead).post(f"/plans/{plan.pk}/interim/end/")
    assert "plan-interim-expired" not in rules()


def test_only_those_who_change_the_plan_end_its_interim_plan(lead: User, plan: Plan) -> None:
    an_interim_plan(plan, lead, TODAY + dt.timedelta(days=5))

    response = signed_in(make_user("stranger")).post(f"/plans/{plan.pk}/interim/end/")

    assert response.status_code in (403, 404)
    assert InterimSafetyPlan.objects.filter(plan=plan).exists()


def test_an_interim_plan_cannot_end_before_the_full_plan_is_in_place(lead: User, plan: Plan) -> None:
    an_interim_plan(plan, lead, TODAY + dt.timedelta(days=5))

    refused = signed_in(lead).post(f"/plans/{plan.pk}/interim/end/", follow=True)

    assert InterimSafetyPlan.objects.filter(plan=plan).exists()
    assert "at least one goal with an action, and a contingency plan" in text(refused)
