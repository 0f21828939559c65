"""Every service that changes a family's record asks the permission rules for the person acting.

The pages ask too, but a service called directly (by a command, the API or a future page) must
refuse on its own: here each one is called, with no page in front of it, by a practitioner from
the family's Team Around the Family who does not lead the plan, and by someone from another team.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from familyplan.web.accounts.models import Team, User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import closure, services
from familyplan.web.casework.models import FamilyMember, NetworkMember, Plan, TafMember
from familyplan.web.council.services import settings_save
from familyplan.web.oversight.services import supervision_add
from familyplan.web.reviews.services import review_record, views_link_create
from tests.people import make_user

TODAY = timezone.localdate()

# Each change, made by ``by`` to a plan that has a goal and an action.
CHANGES: dict[str, Callable[[Plan, Any], object]] = {
    "add a family member": lambda plan, by: services.person_add(
        model=FamilyMember, family=plan.family, by=by, name="Susan", relationship="Mum"
    ),
    "correct a family member": lambda plan, by: services.member_correct(
        member=plan.family.members.get(),
        by=by,
        reason="Typing slip",
        version=plan.family.members.get().version,
        name="Benjamin",
    ),
    "add someone from the network": lambda plan, by: services.person_add(
        model=NetworkMember, family=plan.family, by=by, name="Gran", relationship="Grandmother"
    ),
    "add a TAF member": lambda plan, by: services.person_add(
        model=TafMember,
        family=plan.family,
        by=by,
        name="Mrs March",
        role="Teacher",
        agency="Hill School",
        is_lead=True,
    ),
    "start a second plan": lambda plan, by: services.plan_start(
        family=plan.family, by=by, plan_type="my_plan", started_on=TODAY
    ),
    "change the plan's text": lambda plan, by: services.plan_update(
        plan=plan, by=by, version=plan.version, reason="Changed"
    ),
    "add a goal": lambda plan, by: services.goal_save(plan=plan, by=by, outcome="Ben will sleep well."),
    "change a goal": lambda plan, by: services.goal_save(
        plan=plan, by=by, goal=plan.goals.get(), version=plan.goals.get().version, outcome="Changed"
    ),
    "add an action": lambda plan, by: services.action_save(
        goal=plan.goals.get(), by=by, how="Mum will read with Ben.", who="Mum", when="Every day"
    ),
    "change an action": lambda plan, by: services.action_save(
        goal=plan.goals.get(),
        by=by,
        action=plan.goals.get().actions.get(),
        version=plan.goals.get().actions.get().version,
        how="Changed",
    ),
    "write the interim safety plan": lambda plan, by: services.interim_save(
        plan=plan, by=by, version=0, issue="Mornings", actions="Gran stays", end_date=TODAY
    ),
    "record a service gap": lambda plan, by: services.service_gap_add(
        plan=plan, by=by, kind_of_service="Parenting", support_needed="A course", risk="Drift"
    ),
    "ask to close the plan": lambda plan, by: closure.closure_request(
        plan=plan,
        by=by,
        reason="outcomes_achieved",
        summary="Done",
        ongoing_actions="",
        family_agreed=True,
        taf_agreed=True,
    ),
    "record a review": lambda plan, by: review_record(
        plan=plan, by=by, review_fields={"date": TODAY}, actions=[], goals=[]
    ),
    "make a views link": lambda plan, by: views_link_create(plan=plan, by=by, for_name="Susan"),
    "record supervision": lambda plan, by: supervision_add(plan=plan, by=by, date=TODAY, text="Discussed"),
    "update someone else's action": lambda plan, by: services.action_progress_add(
        action=plan.goals.get().actions.get(), by=by, text="Going well", status="done"
    ),
    "change the council's settings": lambda plan, by: settings_save(by=by, version=None, my_plan_weeks=4),
}


@pytest.fixture
def plan_with_an_action(plan: Plan, lead: User) -> Plan:
    goal = services.goal_save(plan=plan, by=lead, outcome="Ben will be in school for 90% of sessions.")
    services.action_save(goal=goal, by=lead, how="Mum will walk Ben to school.", who="Mum", when="Every day")
    plan.refresh_from_db()
    return plan


@pytest.fixture
def taf_practitioner(plan: Plan, lead: User) -> User:
    """A practitioner in the family's Team Around the Family, on the lead's team, who does not lead."""
    school = make_user("school", team=lead.team)
    services.person_add(
        model=TafMember, family=plan.family, by=lead, user=school, name="Sehar", role="DSL", agency="School"
    )
    return school


@pytest.fixture
def other_team(db) -> User:
    return make_user("elsewhere", team=Team.objects.create(name="West"))


def what_is_stored() -> tuple[int, ...]:
    """Something of every table a change writes to, and the audit trail."""
    plan = Plan.objects.get()
    return (
        Plan.objects.count(),
        plan.version,
        plan.family.members.count(),
        plan.family.network.count(),
        plan.family.taf.count(),
        plan.goals.count(),
        plan.goals.get().actions.count(),
        AuditEvent.objects.count(),
    )


@pytest.mark.parametrize("change", list(CHANGES))
@pytest.mark.parametrize("who", ["taf_practitioner", "other_team"])
def test_a_service_refuses_a_person_without_the_permission_even_when_called_directly(
    change: str, who: str, plan_with_an_action: Plan, request: pytest.FixtureRequest
) -> None:
    person = request.getfixturevalue(who)
    before = what_is_stored()

    with pytest.raises(PermissionDenied):
        CHANGES[change](plan_with_an_action, person)

    assert what_is_stored() == before


@pytest.mark.parametrize(
    "change",
    [name for name in CHANGES if name not in {"record supervision", "change the council's settings"}],
)
def test_the_lead_practitioner_is_let_through_to_every_change_to_their_own_plan(
    change: str, plan_with_an_action: Plan, lead: User
) -> None:
    # A rule of the plan itself (one live plan, a review with all its parts) may still say no.
    with contextlib.suppress(services.PlanRuleError):
        CHANGES[change](plan_with_an_action, lead)
