"""A goal names the children it is for by name. When a child's name is corrected on the family's
record, the goals of the family's open plans follow, so the goal still names a child of the family
and the child still cannot be removed as if no goal were for them. A closed plan keeps the names it
closed with."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import closure, services
from familyplan.web.casework.models import FamilyMember, Goal, Plan
from tests.api.test_api_writes import Api
from tests.people import ask_to_close, signed_in


@pytest.fixture(autouse=True)
def _fresh_rate_limit() -> None:
    cache.clear()


def ellie_with_a_goal(plan: Plan, lead: User) -> tuple[FamilyMember, Goal]:
    ellie = services.person_add(
        model=FamilyMember,
        by=lead,
        family=plan.family,
        name="Elie Smith",
        relationship="daughter",
        is_child=True,
    )
    goal = services.goal_save(
        by=lead,
        plan=plan,
        outcome="Ellie will be in school every day by 20 July 2027.",
        supporting_families_outcome="education",
        for_children="Ben\nElie Smith",
    )
    return ellie, goal


def correct_the_name(plan: Plan, lead: User, ellie: FamilyMember, name: str = "Ellie Smith"):
    return signed_in(lead).post(
        f"/families/{plan.family_id}/members/{ellie.pk}/",
        {
            "name": name,
            "relationship": "daughter",
            "is_child": "on",
            "involved_in_plan": "on",
            "reason": "Her name was misspelt.",
            "version": ellie.version,
        },
        follow=True,
    )


def test_a_goal_follows_the_childs_corrected_name(plan: Plan, lead: User) -> None:
    ellie, goal = ellie_with_a_goal(plan, lead)
    version = Plan.objects.get(pk=plan.pk).version

    correct_the_name(plan, lead, ellie)

    goal.refresh_from_db()
    assert goal.for_children.splitlines() == ["Ben", "Ellie Smith"]
    assert Plan.objects.get(pk=plan.pk).version > version
    changed = AuditEvent.objects.filter(object_type="goal", object_id=goal.pk, action="update").last()
    assert changed.detail["changes"]["for_children"]["after"] == "Ben\nEllie Smith"


def test_a_child_renamed_still_cannot_be_removed_while_a_goal_is_for_them(plan: Plan, lead: User) -> None:
    ellie, _ = ellie_with_a_goal(plan, lead)
    correct_the_name(plan, lead, ellie)

    response = signed_in(lead).post(f"/families/{plan.family_id}/members/{ellie.pk}/remove/", follow=True)

    assert FamilyMember.objects.filter(pk=ellie.pk).exists()
    assert "Correct their record instead." in response.content.decode()


def test_a_closed_plan_keeps_the_name_it_closed_with(plan: Plan, lead: User, manager: User) -> None:
    ellie, goal = ellie_with_a_goal(plan, lead)
    ask_to_close(plan, lead)
    closure.closure_sign_off(plan=plan, by=manager)

    correct_the_name(plan, lead, ellie)

    ellie.refresh_from_db()
    goal.refresh_from_db()
    assert ellie.name == "Ellie Smith"
    assert goal.for_children.splitlines() == ["Ben", "Elie Smith"]


def test_a_name_corrected_through_the_api_is_followed_by_the_goal(plan: Plan, lead: User) -> None:
    ellie, goal = ellie_with_a_goal(plan, lead)
    call = Api(lead)
    family = call("GET", f"/families/{plan.family_id}")

    call(
        "PUT",
        f"/families/{plan.family_id}/members/{ellie.pk}",
        {
            "name": "Ellie Smith",
            "relationship": "daughter",
            "is_child": True,
            "reason": "Her name was misspelt.",
            "version": family["version"],
        },
    )

    goal.refresh_from_db()
    assert goal.for_children.splitlines() == ["Ben", "Ellie Smith"]


def test_a_name_corrected_only_in_its_capitals_is_followed_too(plan: Plan, lead: User) -> None:
    ellie, goal = ellie_with_a_goal(plan, lead)
    correct_the_name(plan, lead, ellie, name="Elie smith")
    ellie.refresh_from_db()

    correct_the_name(plan, lead, ellie, name="Elie Smith")

    goal.refresh_from_db()
    assert goal.for_children.splitlines() == ["Ben", "Elie Smith"]
