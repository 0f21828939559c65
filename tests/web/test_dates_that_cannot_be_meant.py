"""A date that cannot be what was meant is asked about before it is saved: a new action for work
still to do, due on a day already gone (a mistyped year, which would show it overdue at once), and
a date of birth more than 110 years ago. An action already past its date can still be changed."""

from __future__ import annotations

import datetime as dt
import html

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Action, FamilyMember, Plan
from tests.people import signed_in

TODAY = timezone.localdate()
GONE = (TODAY - dt.timedelta(days=400)).strftime("%d/%m/%Y")


def text(response) -> str:
    return html.unescape(response.content.decode())


def a_goal(plan: Plan, lead: User):
    return services.goal_save(
        by=lead,
        plan=plan,
        outcome="Ben will be in school for 95% of sessions by July.",
        supporting_families_outcome="education",
    )


def test_a_new_action_due_on_a_day_gone_is_asked_about(lead: User, plan: Plan) -> None:
    goal = a_goal(plan, lead)
    fields = {"how": "Mum will walk Ben to school.", "who": "Mum", "when": GONE, "status": "not_started"}

    refused = signed_in(lead).post(f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/", fields)
    done = signed_in(lead).post(
        f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/", {**fields, "status": "done"}
    )

    assert f"{GONE} has passed. Enter a date from today on, or mark the action done if it has been" in text(
        refused
    )
    assert done.status_code == 302
    assert list(Action.objects.filter(goal=goal).values_list("status", flat=True)) == ["done"]


def test_an_action_already_past_its_date_can_still_be_changed(lead: User, plan: Plan) -> None:
    goal = a_goal(plan, lead)
    action = Action.objects.create(goal=goal, how="Mum will walk Ben to school.", who="Mum", when=GONE)

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/goals/{goal.pk}/actions/{action.pk}/",
        {
            "how": "Mum will walk Ben to school.",
            "who": "Mum",
            "when": GONE,
            "status": "in_progress",
            "version": action.version,
        },
    )

    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == "in_progress"


def test_a_date_of_birth_more_than_110_years_ago_is_asked_about(lead: User, plan: Plan) -> None:
    response = signed_in(lead).post(
        f"/families/{plan.family_id}/members/new/",
        {
            "name": "Ellie",
            "relationship": "Daughter",
            "date_of_birth-day": "3",
            "date_of_birth-month": "9",
            "date_of_birth-year": "1900",
            "is_child": "on",
            "involved_in_plan": "on",
        },
    )

    assert f"Date of birth must be after {TODAY.year - 110}. Check the year" in text(response)
    assert not FamilyMember.objects.filter(name="Ellie").exists()
