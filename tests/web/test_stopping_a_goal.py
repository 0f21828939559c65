"""A goal that no longer applies is stopped, not deleted: it stays on the plan's record, marked
stopped, and the checker no longer asks for its actions. Achieved is still only for a review. A
goal names the children it is for."""

from __future__ import annotations

import html

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Goal, Plan
from tests.people import signed_in


def text(response) -> str:
    return html.unescape(response.content.decode())


def a_goal(plan: Plan, lead: User) -> Goal:
    return services.goal_save(
        by=lead,
        plan=plan,
        outcome="Ben will be asleep by 8pm on school nights.",
        supporting_families_outcome="health",
    )


def change(goal: Goal, **changed: str) -> dict[str, str]:
    return {
        "outcome": goal.outcome,
        "supporting_families_outcome": goal.supporting_families_outcome,
        "version": str(goal.version),
        **changed,
    }


def test_a_goal_stopped_stays_on_the_plan_marked_stopped(lead: User, plan: Plan) -> None:
    goal = a_goal(plan, lead)
    client = signed_in(lead)
    assert "The goal has no actions." in text(client.get(f"/plans/{plan.pk}/"))

    saved = client.post(f"/plans/{plan.pk}/goals/{goal.pk}/", change(goal, status="stopped"))

    page = text(client.get(f"/plans/{plan.pk}/"))
    assert saved.status_code == 302
    assert Goal.objects.get(pk=goal.pk).status == "stopped"
    assert (
        'Ben will be asleep by 8pm on school nights. <strong class="govuk-tag govuk-tag--grey">Stopped</strong>'
        in page
    )
    assert "The goal has no actions." not in page


def test_a_goal_is_not_marked_achieved_from_its_own_page(lead: User, plan: Plan) -> None:
    goal = a_goal(plan, lead)

    response = signed_in(lead).post(f"/plans/{plan.pk}/goals/{goal.pk}/", change(goal, status="achieved"))

    assert response.status_code == 200
    assert "A goal is marked achieved at a review" in text(response)
    assert Goal.objects.get(pk=goal.pk).status == "open"


def test_a_new_goal_has_no_status_to_choose(lead: User, plan: Plan) -> None:
    page = text(signed_in(lead).get(f"/plans/{plan.pk}/goals/new/"))

    assert 'name="status"' not in page


def test_a_goal_names_the_children_it_is_for(lead: User, plan: Plan) -> None:
    from familyplan.web.casework.models import FamilyMember

    for name in ("Ben Smith", "Ruby Smith"):
        services.person_add(
            family=plan.family, by=lead, model=FamilyMember, name=name, relationship="son", is_child=True
        )
    goal = a_goal(plan, lead)
    client = signed_in(lead)

    form = text(client.get(f"/plans/{plan.pk}/goals/{goal.pk}/"))
    saved = client.post(
        f"/plans/{plan.pk}/goals/{goal.pk}/", change(goal, status="open", children=["Ruby Smith"])
    )

    assert "Which children is this goal for? (optional)" in form
    assert saved.status_code == 302
    assert Goal.objects.get(pk=goal.pk).for_children == "Ruby Smith"
    assert "For: Ruby Smith" in text(client.get(f"/plans/{plan.pk}/"))
