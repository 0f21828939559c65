"""One mapper between stored plans and the plan format: a plan taken out and put back loses nothing."""

from __future__ import annotations

import datetime as dt

from django.apps import apps
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import closure, field_tables, interchange, services
from familyplan.web.casework.models import Family, NetworkMember, Plan, TafMember
from familyplan.web.casework.selectors import plan_parts
from familyplan.web.oversight.services import supervision_add
from familyplan.web.reviews.services import ActionUpdate, GoalUpdate, review_record
from tests.people import ask_to_close, make_user

TABLES = {
    "casework.Plan": field_tables.PLAN_FIELDS,
    "casework.FamilyMember": field_tables.MEMBER_FIELDS,
    "casework.NetworkMember": field_tables.NETWORK_FIELDS,
    "casework.TafMember": field_tables.PRACTITIONER_FIELDS,
    "casework.Goal": field_tables.GOAL_FIELDS,
    "casework.Action": field_tables.ACTION_FIELDS,
    "casework.ProgressNote": field_tables.PROGRESS_FIELDS,
    "casework.InterimSafetyPlan": field_tables.INTERIM_FIELDS,
    "casework.ServiceGap": field_tables.GAP_FIELDS,
    "casework.Closure": field_tables.CLOSURE_FIELDS,
}
# Columns each mapped table holds that are links, not values: the mapper follows them.
LINKS = {
    *("id", "family", "plan", "goal", "action", "user", "type", "status", "supporting_families_outcome"),
    "review",  # a progress note's review, carried by its place among the plan's reviews
}


def a_whole_plan(family: Family, lead: User) -> Plan:
    """A plan with something in every part the plan format holds."""
    services.person_add(
        model=NetworkMember,
        by=lead,
        family=family,
        name="Gran",
        relationship="Grandmother",
        how_they_help="School runs",
    )
    services.person_add(
        model=TafMember,
        by=lead,
        family=family,
        name="Mrs March",
        role="Head of Year 6",
        agency="Hill School",
        contact="0161",
    )
    plan = services.plan_start(family=family, by=lead, plan_type="early_help", started_on=dt.date(2026, 1, 5))
    services.plan_update(
        by=lead,
        plan=plan,
        version=plan.version,
        reason="Ben is missing school.",
        worries="Ben misses school\nMum is struggling",
        strengths="Gran helps\nBen likes football",
        needs="School attendance",
        aspirations="Ben goes to school happy.",
        identity_and_diversity="The family speak Polish at home.",
        contingency="Gran takes Ben to school if Mum cannot.",
        next_steps="Meet the school on Monday.",
        family_views="Mum wants help with mornings.",
        next_review_date=dt.date(2026, 3, 1),
    )
    goal = services.goal_save(
        by=lead,
        plan=plan,
        outcome="Ben will be in school for 95% of sessions by July.",
        supporting_families_outcome="education",
        measure_of_success="The school's attendance record.",
        need="School attendance",
        term="short",
    )
    action = services.action_save(
        by=lead,
        goal=goal,
        how="Mum will walk Ben to school at 8.30am.",
        who="Mum (parent)",
        when="03.02.2026",
    )
    services.action_progress_add(
        action=action, by=lead, text="Walked every day this week.", status="in_progress"
    )
    services.interim_save(
        by=lead,
        plan=plan,
        version=0,
        issue="Mornings",
        actions="Gran stays over",
        end_date=dt.date(2026, 2, 1),
    )
    services.service_gap_add(
        by=lead, plan=plan, kind_of_service="Parenting", support_needed="A course", risk="Drift"
    )
    review_record(
        plan=plan,
        by=lead,
        review_fields={
            "date": dt.date(2026, 2, 10),
            "kind": "meeting",
            "attendees": "Mum\nMrs March",
            "apologies": "Gran",
            "child_views": "Ben likes the walk to school.",
            "contingency_reviewed": True,
            "notes": "Going well.",
            "next_review_date": dt.date(2026, 3, 24),
        },
        actions=[ActionUpdate(action, "Better mornings.", "in_progress")],
        goals=[GoalUpdate(goal, 6, 5, achieved=False)],
    )
    return plan


def test_a_stored_plan_taken_out_and_put_back_loses_nothing(
    family: Family, lead: User, manager: User
) -> None:
    plan = a_whole_plan(family, lead)
    supervision_add(plan=plan, by=manager, date=dt.date(2026, 2, 12), text="Plan on track.")
    ask_to_close(plan, lead)
    closure.closure_sign_off(plan=plan, by=manager)
    taken_out = interchange.to_model(plan_parts().get(pk=plan.pk))
    importer = make_user("importer", team=lead.team)

    new_family = interchange.family_from_model(taken_out, "Smith", importer)
    put_back = interchange.plan_from_model(new_family, taken_out, importer, timezone.localdate())
    taken_out_again = interchange.to_model(plan_parts().get(pk=put_back.pk))

    # The person who signed the closure off belongs to the first database: their name travels.
    assert taken_out.closure is not None
    assert taken_out.closure.signed_off_by == manager.display_name
    assert taken_out.goals[0].actions[0].progress[0].by == lead.display_name
    # The supervisor's name travels with their note, though they are not a user here.
    assert taken_out_again.supervision[0].by == manager.display_name
    assert taken_out_again.model_dump() == taken_out.model_dump()
    assert len(taken_out.goals[0].actions[0].progress) == 2
    assert taken_out.reviews[0].scaling[0].family == 6
    assert taken_out.supervision[0].text == "Plan on track."
    assert taken_out.service_gaps[0].kind_of_service == "Parenting"


def test_every_column_of_a_mapped_table_is_carried_or_said_not_to_be() -> None:
    unaccounted = {}

    for label, table in TABLES.items():
        model = apps.get_model(label)
        columns = {f.name for f in model._meta.concrete_fields}
        said = set(table) | set(field_tables.NOT_CARRIED.get(label, {})) | LINKS
        if columns - said:
            unaccounted[label] = sorted(columns - said)

    assert unaccounted == {}
