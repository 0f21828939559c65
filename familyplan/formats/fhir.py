"""A plan as a FHIR R4 Bundle, for case and health systems that speak FHIR.

The family is a Group of Patients; the plan a CarePlan; each family goal a Goal
(with its measure of success as target and the latest action date as due
date); the Team Around the Family a CareTeam of Practitioners; each action a
Task. The bundle is checked against the R4 models of the `fhirclient` library
before it is returned, so an invalid bundle never leaves this module.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from fhirclient.models.bundle import Bundle

from familyplan.plan.models import OUTCOME_LABELS, Action, ActionStatus, Goal, GoalStatus, Plan

_NAMESPACE = uuid.UUID("8d2c8f3e-5b7a-4c1e-9a57-2f1f6c0d5e11")
_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
_TASK_STATUS = {
    ActionStatus.NOT_STARTED: "requested",
    ActionStatus.IN_PROGRESS: "in-progress",
    ActionStatus.DONE: "completed",
    ActionStatus.STOPPED: "cancelled",
}


class FhirExportError(ValueError):
    """The plan could not be expressed as a valid FHIR R4 bundle."""


def _urn(*parts: object) -> str:
    # Stable identifiers: the same plan exports to the same bundle every time.
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, '|'.join(str(p) for p in parts))}"


def _human_name(full: str) -> dict[str, Any]:
    pieces = full.split()
    name: dict[str, Any] = {"text": full}
    if len(pieces) > 1:
        name["family"], name["given"] = pieces[-1], pieces[:-1]
    elif pieces:
        name["given"] = pieces
    return name


def _goal_resource(goal: Goal, group: str) -> dict[str, Any]:
    achieved = goal.status is GoalStatus.ACHIEVED
    dates: list[dt.date] = []
    for action in goal.actions:
        if day := action.due_date or action.review_date:
            dates.append(day)
    due = max(dates, default=None)
    resource: dict[str, Any] = {
        "resourceType": "Goal",
        "lifecycleStatus": {GoalStatus.OPEN: "active", GoalStatus.ACHIEVED: "completed"}.get(
            goal.status, "cancelled"
        ),
        "achievementStatus": {
            "coding": [
                {
                    "system": _ACHIEVEMENT,
                    "code": "achieved" if achieved else "in-progress",
                    "display": "Achieved" if achieved else "In Progress",
                }
            ]
        },
        "description": {"text": goal.outcome},
        "subject": {"reference": group},
    }
    if goal.supporting_families_outcome is not None:
        label = OUTCOME_LABELS[goal.supporting_families_outcome]
        resource["category"] = [
            {
                "coding": [{"code": goal.supporting_families_outcome.value, "display": label}],
                "text": label,
            }
        ]
    target: dict[str, Any] = {}
    if goal.measure_of_success:
        target["detailString"] = goal.measure_of_success
    if due is not None:
        target["dueDate"] = due.isoformat()
    if target:
        resource["target"] = [target]
    return resource


def _task_resource(action: Action, goal_ref: str, plan_ref: str) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Task",
        "status": _TASK_STATUS[action.status],
        "intent": "plan",
        "description": action.how,
        "basedOn": [{"reference": plan_ref}],
        "focus": {"reference": goal_ref},
    }
    if action.who:
        resource["owner"] = {"display": action.who}
    due = action.due_date or action.review_date
    if due is not None:
        resource["executionPeriod"] = {"end": due.isoformat()}
    notes = [{"text": f"When: {action.when}"}] if action.when else []
    notes += [
        {"text": note.text, **({"time": f"{note.date.isoformat()}T00:00:00Z"} if note.date else {})}
        for note in action.progress
    ]
    if notes:
        resource["note"] = notes
    return resource


def plan_to_fhir(plan: Plan) -> dict[str, Any]:
    """The plan as a FHIR R4 Bundle (type "collection"), as JSON-ready data."""
    key = plan.model_dump_json()
    entries: list[dict[str, Any]] = []

    def add(resource: dict[str, Any], *identity: object) -> str:
        full_url = _urn(key, *identity)
        entries.append({"fullUrl": full_url, "resource": resource})
        return full_url

    patients = []
    for i, member in enumerate(plan.family_members):
        patient: dict[str, Any] = {"resourceType": "Patient", "name": [_human_name(member.name)]}
        if member.date_of_birth:
            patient["birthDate"] = member.date_of_birth.isoformat()
        patients.append(add(patient, "member", i))
    group = add(
        {
            "resourceType": "Group",
            "type": "person",
            "actual": True,
            "name": plan.family_name or "Family",
            "member": [{"entity": {"reference": ref}} for ref in patients],
        },
        "family",
    )
    participants = []
    for i, person in enumerate(plan.practitioners):
        practitioner = add(
            {"resourceType": "Practitioner", "name": [_human_name(person.name)]}, "practitioner", i
        )
        participant: dict[str, Any] = {"member": {"reference": practitioner, "display": person.name}}
        role = " ".join(x for x in (person.role, "(lead practitioner)" if person.is_lead else "") if x)
        if role:
            participant["role"] = [{"text": role}]
        if person.agency:
            participant["onBehalfOf"] = {"display": person.agency}
        participants.append(participant)
    care_team = add(
        {
            "resourceType": "CareTeam",
            "status": "active" if plan.closure is None else "inactive",
            "name": "Team Around the Family",
            "subject": {"reference": group},
            "participant": participants,
        },
        "team",
    )
    plan_ref = _urn(key, "plan")
    goal_refs = [add(_goal_resource(goal, group), "goal", g) for g, goal in enumerate(plan.goals)]
    task_refs = [
        add(_task_resource(action, goal_refs[g], plan_ref), "task", g, a)
        for g, goal in enumerate(plan.goals)
        for a, action in enumerate(goal.actions)
    ]
    care_plan: dict[str, Any] = {
        "resourceType": "CarePlan",
        "status": "active" if plan.closure is None else "completed",
        "intent": "plan",
        "title": f"Family plan{f' for {plan.family_name}' if plan.family_name else ''}",
        "subject": {"reference": group},
        "careTeam": [{"reference": care_team}],
        "goal": [{"reference": ref} for ref in goal_refs],
        "activity": [{"reference": {"reference": ref}} for ref in task_refs],
    }
    if plan.reason:
        care_plan["description"] = plan.reason
    if plan.started_on:
        care_plan["period"] = {"start": plan.started_on.isoformat()}
    if plan.contingency:
        care_plan["note"] = [{"text": f"Contingency plan: {plan.contingency}"}]
    entries.insert(0, {"fullUrl": plan_ref, "resource": care_plan})
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    validate_r4(bundle)
    return bundle


def validate_r4(bundle: dict[str, Any]) -> None:
    """Raise FhirExportError unless the bundle fits the FHIR R4 models."""
    try:
        Bundle(bundle, strict=True)
    except Exception as error:  # the library raises its own validation error types
        raise FhirExportError(f"not a valid FHIR R4 bundle: {error}") from error
