"""A plan exported as FHIR R4: the resources a health or case system expects, and valid."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.formats.fhir import FhirExportError, plan_to_fhir, validate_r4
from familyplan.plan.models import (
    Action,
    ActionStatus,
    FamilyMember,
    Goal,
    GoalStatus,
    Plan,
    Practitioner,
    SupportingFamiliesOutcome,
)


def a_plan() -> Plan:
    return Plan(
        family_name="Smith",
        started_on=dt.date(2024, 1, 5),
        family_members=[
            FamilyMember(name="Susan Smith", relationship="Mum"),
            FamilyMember(
                name="Ben Smith", relationship="Son", is_child=True, date_of_birth=dt.date(2011, 9, 1)
            ),
        ],
        practitioners=[Practitioner(name="Sehar Khan", role="Designated Safeguarding Lead", is_lead=True)],
        goals=[
            Goal(
                outcome="Ben will be in school for at least 90% of sessions each half term.",
                supporting_families_outcome=SupportingFamiliesOutcome.EDUCATION,
                measure_of_success="School register shows 90% or more",
                actions=[
                    Action(
                        how="Ben is to arrive at school at 9am, 15 minutes later, to miss the rush.",
                        who="Susan (Parent) / Ben (Young person)",
                        when="Every day (review 23.02.2024)",
                        recurrence="Every day",
                        review_date=dt.date(2024, 2, 23),
                        status=ActionStatus.IN_PROGRESS,
                    ),
                    Action(
                        how="CAMHS referral to be completed.",
                        who="Mohamed (Off the record)",
                        when="19.01.2024",
                        due_date=dt.date(2024, 1, 19),
                        status=ActionStatus.DONE,
                    ),
                ],
            ),
            Goal(outcome="Mum will have a weekly budget.", status=GoalStatus.ACHIEVED),
        ],
        contingency="If Susan is unwell, Grandma Pat will take Ben to school.",
    )


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_the_bundle_holds_a_care_plan_goals_a_care_team_and_tasks() -> None:
    bundle = plan_to_fhir(a_plan())

    assert bundle["resourceType"] == "Bundle"
    assert len(resources(bundle, "CarePlan")) == 1
    assert len(resources(bundle, "Goal")) == 2
    assert len(resources(bundle, "CareTeam")) == 1
    assert [t["description"] for t in resources(bundle, "Task")] == [
        "Ben is to arrive at school at 9am, 15 minutes later, to miss the rush.",
        "CAMHS referral to be completed.",
    ]


def test_a_goal_carries_its_target_due_date_and_achievement() -> None:
    first, second = resources(plan_to_fhir(a_plan()), "Goal")

    assert first["target"] == [{"detailString": "School register shows 90% or more", "dueDate": "2024-02-23"}]
    assert first["achievementStatus"]["coding"][0]["code"] == "in-progress"
    assert first["category"][0]["text"] == "Getting a good education"
    assert second["achievementStatus"]["coding"][0]["code"] == "achieved"
    assert second["lifecycleStatus"] == "completed"


def test_tasks_keep_their_owner_status_and_date() -> None:
    arrive, referral = resources(plan_to_fhir(a_plan()), "Task")

    assert arrive["owner"] == {"display": "Susan (Parent) / Ben (Young person)"}
    assert arrive["status"] == "in-progress"
    assert referral["status"] == "completed"
    assert referral["executionPeriod"] == {"end": "2024-01-19"}


def test_every_reference_points_at_an_entry_in_the_bundle() -> None:
    bundle = plan_to_fhir(a_plan())
    urls = {e["fullUrl"] for e in bundle["entry"]}

    plan = resources(bundle, "CarePlan")[0]
    refs = [g["reference"] for g in plan["goal"]] + [a["reference"]["reference"] for a in plan["activity"]]

    assert refs
    assert set(refs) <= urls
    assert plan["subject"]["reference"] in urls


def test_the_same_plan_exports_to_the_same_bundle() -> None:
    assert plan_to_fhir(a_plan()) == plan_to_fhir(a_plan())


def test_the_r4_models_reject_a_bundle_that_breaks_the_standard() -> None:
    bundle = plan_to_fhir(a_plan())
    task = resources(bundle, "Task")[0]
    del task["intent"]  # required in R4

    with pytest.raises(FhirExportError, match="intent"):
        validate_r4(bundle)
