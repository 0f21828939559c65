"""A plan as a FHIR R4 Bundle, for case and health systems that speak FHIR.

The plan is a CarePlan: its type as category, its reason as description, its contingency,
worries, strengths, needs, aspirations, the family's views, next steps, supervision notes and
closure as notes, its next review as a scheduled activity, and an interim safety plan as a
second CarePlan that is part of it. Each family goal is a Goal (its measure of success as
target, the latest action date as due date, the need it answers and its term as notes); each
action a Task. The people are in familyplan.formats.fhir_people, the reviews and service gaps
in familyplan.formats.fhir_reviews, and every resource is listed in docs/fhir.md. The bundle is
checked against the R4 models of the `fhirclient` library before it is returned, so an invalid
bundle never leaves this module.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from fhirclient.models.bundle import Bundle

from familyplan.formats.fhir_people import Add, care_team, family_resources, network_team
from familyplan.formats.fhir_reviews import review_resources, service_gap_resources
from familyplan.formats.fhir_terms import (
    AT_REVIEW,
    CLOSURE_FLAGS,
    CLOSURE_NOTE,
    CLOSURE_NOTES,
    CONTINGENCY_NOTE,
    FOR_CHILD,
    GOAL_NOTES,
    INTERIM_ACTIONS_NOTE,
    NEXT_REVIEW,
    OUTCOME_SYSTEM,
    PLAN_TEXT_NOTES,
    PLAN_TYPE_LABELS,
    RECURRENCE_NOTE,
    RESPONSIBLE,
    REVIEW_DATE,
    SIGN_OFF_NOTE,
    SUPERVISION_NOTE,
    TASK_STATUS,
    WHEN_NOTE,
    annotation,
    concept,
    extension,
    extension_url,
)
from familyplan.plan.models import OUTCOME_LABELS, Action, Goal, GoalStatus, Plan, ProgressNote

_NAMESPACE = uuid.UUID("8d2c8f3e-5b7a-4c1e-9a57-2f1f6c0d5e11")
# Identifiers are minted under a system URI the council sets (FAMILYPLAN_FHIR_SYSTEM); this is the default.
DEFAULT_SYSTEM = "urn:x-familyplan"
_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"


class FhirExportError(ValueError):
    """The plan could not be expressed as a valid FHIR R4 bundle."""


def _urn(*parts: object) -> str:
    # Stable identifiers: the same plan exports to the same bundle every time.
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, '|'.join(str(p) for p in parts))}"


def _goal_resource(goal: Goal, group: str, people: dict[str, str]) -> dict[str, Any]:
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
        code = goal.supporting_families_outcome.value
        label = OUTCOME_LABELS[goal.supporting_families_outcome]
        resource["category"] = [concept((code, label), OUTCOME_SYSTEM)]
    target: dict[str, Any] = {}
    if goal.measure_of_success:
        target["detailString"] = goal.measure_of_success
    if due is not None:
        target["dueDate"] = due.isoformat()
    if target:
        resource["target"] = [target]
    if notes := [
        {"text": f"{label}{getattr(goal, f)}"} for f, label in GOAL_NOTES.items() if getattr(goal, f)
    ]:
        resource["note"] = notes
    if goal.for_children:
        resource["extension"] = [
            extension(FOR_CHILD, "Reference", {**_reference(people, child), "display": child})
            for child in goal.for_children
        ]
    return resource


def _reference(people: dict[str, str], name: str) -> dict[str, str]:
    return {"reference": people[name]} if name in people else {}


def _owner(who: str, people: dict[str, str]) -> dict[str, Any]:
    """Task.owner: a reference to the person named first in the 'who' cell, if they are in the bundle."""
    named = next((ref for name, ref in people.items() if name and who.startswith(name)), None)
    return {"reference": named, "display": who} if named else {"display": who}


def _task_extensions(action: Action) -> list[dict[str, Any]]:
    """Each person the 'who' cell was read as naming, and the day the action is reviewed."""
    found = [
        {
            "url": extension_url(RESPONSIBLE),
            "extension": [
                {"url": "name", "valueString": owner.name},
                *([{"url": "role", "valueString": owner.role}] if owner.role else []),
                {"url": "kind", "valueCode": owner.kind.value},
            ],
        }
        for owner in action.owners
    ]
    if action.review_date is not None:
        found.append(extension(REVIEW_DATE, "Date", action.review_date.isoformat()))
    return found


def _progress_note(note: ProgressNote, reviews: list[str]) -> dict[str, Any]:
    """A progress note as an Annotation; the review it was written for or looked at as an extension."""
    found = annotation(note.text, note.date, note.by)
    if note.review_index is not None:
        found["extension"] = [extension(AT_REVIEW, "Reference", {"reference": reviews[note.review_index]})]
    return found


def _task_resource(
    action: Action, goal_ref: str, refs: dict[str, Any], people: dict[str, str]
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Task",
        "status": TASK_STATUS[action.status][0],
        "intent": "plan",
        "description": action.how,
        "basedOn": [{"reference": refs["plan"]}],
        "focus": {"reference": goal_ref},
    }
    if action.who:
        resource["owner"] = _owner(action.who, people)
    if action.due_date is not None:
        resource["executionPeriod"] = {"end": action.due_date.isoformat()}
    notes = [{"text": f"{WHEN_NOTE}{action.when}"}] if action.when else []
    notes += [{"text": f"{RECURRENCE_NOTE}{action.recurrence}"}] if action.recurrence else []
    notes += [_progress_note(note, refs["reviews"]) for note in action.progress]
    if notes:
        resource["note"] = notes
    if extensions := _task_extensions(action):
        resource["extension"] = extensions
    return resource


def _closure_notes(plan: Plan) -> list[dict[str, Any]]:
    closure = plan.closure
    if closure is None:
        return []
    notes = [{"text": f"{CLOSURE_NOTE} ({closure.reason.value}): {closure.summary}"}]
    notes += [
        {"text": f"{label}{getattr(closure, f)}"} for f, label in CLOSURE_NOTES.items() if getattr(closure, f)
    ]
    notes += [{"text": sentence} for field, sentence in CLOSURE_FLAGS.items() if getattr(closure, field)]
    if closure.sign_off_comment or closure.signed_off_by or closure.signed_off_on:
        notes.append(
            annotation(
                f"{SIGN_OFF_NOTE}{closure.sign_off_comment}", closure.signed_off_on, closure.signed_off_by
            )
        )
    return notes


def _care_plan_notes(plan: Plan) -> list[dict[str, Any]]:
    notes = [{"text": f"{CONTINGENCY_NOTE}{plan.contingency}"}] if plan.contingency else []
    for field, label in PLAN_TEXT_NOTES.items():
        value = getattr(plan, field)
        notes += [
            {"text": f"{label}{item}"} for item in (value if isinstance(value, list) else [value]) if item
        ]
    notes += [annotation(f"{SUPERVISION_NOTE}{note.text}", note.date, note.by) for note in plan.supervision]
    return notes + _closure_notes(plan)


def _plan_type(plan: Plan) -> dict[str, Any]:
    return concept((plan.plan_type.value, PLAN_TYPE_LABELS[plan.plan_type.value]))


def _next_review(day: dt.date) -> dict[str, Any]:
    """The next review, as an activity of the plan scheduled for its day."""
    schedule = {"start": day.isoformat(), "end": day.isoformat()}
    return {
        "detail": {
            "kind": "Appointment",
            "code": concept(NEXT_REVIEW),
            "status": "scheduled",
            "scheduledPeriod": schedule,
        }
    }


def _interim_plan(plan: Plan, group: str, plan_ref: str) -> dict[str, Any] | None:
    interim = plan.interim_safety_plan
    if interim is None:
        return None
    care_plan: dict[str, Any] = {
        "resourceType": "CarePlan",
        "status": "active" if plan.closure is None else "completed",
        "intent": "plan",
        "category": [concept(("interim_safety", PLAN_TYPE_LABELS["interim_safety"]))],
        "title": PLAN_TYPE_LABELS["interim_safety"],
        "description": interim.issue,
        "subject": {"reference": group},
        "partOf": [{"reference": plan_ref}],
    }
    if interim.end_date is not None:
        care_plan["period"] = {"end": interim.end_date.isoformat()}
    if interim.actions:
        care_plan["note"] = [{"text": f"{INTERIM_ACTIONS_NOTE}{interim.actions}"}]
    return care_plan


def _care_plan(plan: Plan, refs: dict[str, Any], system: str, plan_id: str) -> dict[str, Any]:
    care_plan: dict[str, Any] = {
        "resourceType": "CarePlan",
        "status": "active" if plan.closure is None else "completed",
        "intent": "plan",
        "category": [_plan_type(plan)],
        "title": f"Family plan{f' for {plan.family_name}' if plan.family_name else ''}",
        "subject": {"reference": refs["group"]},
        "careTeam": [{"reference": ref} for ref in refs["teams"]],
        "goal": [{"reference": ref} for ref in refs["goals"]],
        "activity": [{"reference": {"reference": ref}} for ref in refs["tasks"]],
    }
    if plan.next_review_date is not None:
        care_plan["activity"].append(_next_review(plan.next_review_date))
    if plan_id:
        care_plan["identifier"] = [{"system": f"{system}:plan-id", "value": plan_id}]
    if refs["lead"] is not None:
        care_plan["author"] = {"reference": refs["lead"]}
    if plan.reason:
        care_plan["description"] = plan.reason
    period = {"start": plan.started_on.isoformat()} if plan.started_on else {}
    if plan.closure is not None and plan.closure.date:
        period["end"] = plan.closure.date.isoformat()
    if period:
        care_plan["period"] = period
    if refs["found"]:
        care_plan["supportingInfo"] = [{"reference": ref} for ref in refs["found"]]
    if notes := _care_plan_notes(plan):
        care_plan["note"] = notes
    return care_plan


def _resources(plan: Plan, add: Add, refs: dict[str, Any], system: str) -> dict[str, Any]:
    """Every resource but the CarePlan, added to the bundle; what the CarePlan refers to. ``refs``
    holds the plan's own reference and its reviews' (their Encounters), which tasks refer to."""
    group, people = family_resources(plan, add, system)
    family = dict(people)
    team, lead = care_team(plan, add, group, people)
    network = network_team(plan, add, group, family, people)
    goals = [add(_goal_resource(goal, group, family), "goal", g) for g, goal in enumerate(plan.goals)]
    tasks = [
        [
            add(_task_resource(action, goals[g], refs, people), "task", g, a)
            for a, action in enumerate(goal.actions)
        ]
        for g, goal in enumerate(plan.goals)
    ]
    found = service_gap_resources(plan, add) + review_resources(plan, add, group, goals, tasks)
    if (interim := _interim_plan(plan, group, refs["plan"])) is not None:
        add(interim, "interim-safety-plan")
    teams = [team] if network is None else [team, network]
    every_task = [task for of_goal in tasks for task in of_goal]
    return {"group": group, "teams": teams, "lead": lead, "goals": goals, "tasks": every_task, "found": found}


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

    plan_ref = _urn(key, "plan")
    # The reviews' Encounters, as review_resources adds them: a task's progress notes name them.
    reviews = [_urn(key, "review", r) for r in range(len(plan.reviews))]
    refs = _resources(plan, add, {"plan": plan_ref, "reviews": reviews}, system)
    entries.insert(0, {"fullUrl": plan_ref, "resource": _care_plan(plan, refs, system, plan_id)})
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    validate_r4(bundle)
    return bundle


def validate_r4(bundle: dict[str, Any]) -> None:
    """Raise FhirExportError unless the bundle fits the FHIR R4 models."""
    try:
        Bundle(bundle, strict=True)
    except Exception as error:  # the library raises its own validation error types
        raise FhirExportError(f"not a valid FHIR R4 bundle: {error}") from error
