"""A plan as a FHIR R4 Bundle, for case and health systems that speak FHIR.

The family is a Group of Patients; the plan a CarePlan (its contingency, worries,
strengths, needs and the family's views as notes); each family goal a Goal
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
# Identifiers are minted under a system URI the council sets (FAMILYPLAN_FHIR_SYSTEM); this is the default.
DEFAULT_SYSTEM = "urn:x-familyplan"
# The Supporting Families programme's headline outcomes, as a code system (codes are ours, stable).
OUTCOME_SYSTEM = "https://www.gov.uk/government/collections/supporting-families"
CLOSURE_NOTE = "Closure"
CONTINGENCY_NOTE = "Contingency plan: "
WHEN_NOTE = "When: "
# The plan's own words, each a CarePlan note that starts with the question it answers; a list
# (worries, strengths, needs) is one note an item.
PLAN_TEXT_NOTES = {
    "worries": "What we are worried about: ",
    "strengths": "What is working well: ",
    "needs": "What needs to happen: ",
    "aspirations": "What the family would see if things were different: ",
    "identity_and_diversity": "Identity and diversity: ",
    "family_views": "The family's views: ",
    "next_steps": "Next steps: ",
}
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
    if achieved and goal.achieved_on is not None:
        resource["statusDate"] = goal.achieved_on.isoformat()  # the day it became "completed"
    if goal.supporting_families_outcome is not None:
        label = OUTCOME_LABELS[goal.supporting_families_outcome]
        resource["category"] = [
            {
                "coding": [
                    {
                        "system": OUTCOME_SYSTEM,
                        "code": goal.supporting_families_outcome.value,
                        "display": label,
                    }
                ],
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


def _owner(who: str, people: dict[str, str]) -> dict[str, Any]:
    """Task.owner: a reference to the person named first in the 'who' cell, if they are in the bundle."""
    named = next((ref for name, ref in people.items() if name and who.startswith(name)), None)
    return {"reference": named, "display": who} if named else {"display": who}


def _task_resource(action: Action, goal_ref: str, plan_ref: str, people: dict[str, str]) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Task",
        "status": _TASK_STATUS[action.status],
        "intent": "plan",
        "description": action.how,
        "basedOn": [{"reference": plan_ref}],
        "focus": {"reference": goal_ref},
    }
    if action.who:
        resource["owner"] = _owner(action.who, people)
    due = action.due_date or action.review_date
    if due is not None:
        resource["executionPeriod"] = {"end": due.isoformat()}
    notes = [{"text": f"{WHEN_NOTE}{action.when}"}] if action.when else []
    notes += [
        {
            "text": note.text,
            **({"time": f"{note.date.isoformat()}T00:00:00Z"} if note.date else {}),
            **({"authorString": note.by} if note.by else {}),
        }
        for note in action.progress
    ]
    if notes:
        resource["note"] = notes
    return resource


def _identifier(system: str, kind: str, value: str) -> list[dict[str, Any]]:
    return [{"system": f"{system}:{kind}", "value": value}] if value else []


def _family(plan: Plan, add: Any, system: str) -> tuple[str, dict[str, str]]:
    """The family's Patients and its Group; the Group's reference and each member's, by name."""
    people: dict[str, str] = {}
    for i, member in enumerate(plan.family_members):
        patient: dict[str, Any] = {"resourceType": "Patient", "name": [_human_name(member.name)]}
        if member.date_of_birth:
            patient["birthDate"] = member.date_of_birth.isoformat()
        people[member.name] = add(patient, "member", i)
    group = {
        "resourceType": "Group",
        "type": "person",
        "actual": True,
        "name": plan.family_name or "Family",
        "member": [{"entity": {"reference": ref}} for ref in people.values()],
    }
    if identifier := _identifier(system, "family-reference", plan.family_reference):
        group["identifier"] = identifier
    return add(group, "family"), people


def _care_team(plan: Plan, add: Any, group: str, people: dict[str, str]) -> tuple[str, str | None]:
    participants = []
    lead = None
    for i, person in enumerate(plan.practitioners):
        practitioner = add(
            {"resourceType": "Practitioner", "name": [_human_name(person.name)]}, "practitioner", i
        )
        people[person.name] = practitioner
        lead = practitioner if person.is_lead else lead
        participant: dict[str, Any] = {"member": {"reference": practitioner, "display": person.name}}
        role = " ".join(x for x in (person.role, "(lead practitioner)" if person.is_lead else "") if x)
        if role:
            participant["role"] = [{"text": role}]
        if person.agency:
            participant["onBehalfOf"] = {"display": person.agency}
        participants.append(participant)
    care_team = {
        "resourceType": "CareTeam",
        "status": "active" if plan.closure is None else "inactive",
        "name": "Team Around the Family",
        "subject": {"reference": group},
        "participant": participants,
    }
    return add(care_team, "team"), lead


def _care_plan_notes(plan: Plan) -> list[dict[str, Any]]:
    notes = [{"text": f"{CONTINGENCY_NOTE}{plan.contingency}"}] if plan.contingency else []
    for field, label in PLAN_TEXT_NOTES.items():
        value = getattr(plan, field)
        notes += [
            {"text": f"{label}{item}"} for item in (value if isinstance(value, list) else [value]) if item
        ]
    if plan.closure is not None:
        notes.append({"text": f"{CLOSURE_NOTE} ({plan.closure.reason.value}): {plan.closure.summary}"})
    return notes


def plan_to_fhir(plan: Plan, system: str = DEFAULT_SYSTEM, plan_id: str = "") -> dict[str, Any]:
    """The plan as a FHIR R4 Bundle (type "collection"), as JSON-ready data.

    ``system`` is the council's URI for identifiers (the family reference, the plan id).
    """
    # The same plan exports to the same resource ids every time.
    key = "|".join((plan.family_reference, plan.family_name, str(plan.started_on), plan_id))
    entries: list[dict[str, Any]] = []

    def add(resource: dict[str, Any], *identity: object) -> str:
        full_url = _urn(key, *identity)
        entries.append({"fullUrl": full_url, "resource": resource})
        return full_url

    group, people = _family(plan, add, system)
    care_team, lead = _care_team(plan, add, group, people)
    plan_ref = _urn(key, "plan")
    goal_refs = [add(_goal_resource(goal, group), "goal", g) for g, goal in enumerate(plan.goals)]
    task_refs = [
        add(_task_resource(action, goal_refs[g], plan_ref, people), "task", g, a)
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
    if identifier := _identifier(system, "plan-id", plan_id):
        care_plan["identifier"] = identifier
    if lead is not None:
        care_plan["author"] = {"reference": lead}
    if plan.reason:
        care_plan["description"] = plan.reason
    period = {"start": plan.started_on.isoformat()} if plan.started_on else {}
    if plan.closure is not None and plan.closure.date:
        period["end"] = plan.closure.date.isoformat()
    if period:
        care_plan["period"] = period
    if notes := _care_plan_notes(plan):
        care_plan["note"] = notes
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
