"""A plan's reviews and service gaps as FHIR R4 resources.

Each review is an Encounter (the day, how it was held, who came and who sent apologies), a
ClinicalImpression of what it found (its notes as the summary; the contingency plan, the
child's views and the reason for the next review's date as notes; the next review's date as an
extension), an Observation for each goal's scaling score, whose components are the
family's and the practitioners' scores from 0 to 10 and whose focus is the Goal, and an
Observation for each action it recorded a status for, whose components are the status it found
and the status it left (as Task statuses) and whose focus is the Task. Each service
gap is a DetectedIssue: the support needed as its detail, the kind of service as what it
implicates, telling the coordinator as its mitigation, and the risk as an extension.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from familyplan.formats.fhir_people import Add
from familyplan.formats.fhir_terms import (
    ACTION_AT_REVIEW,
    APOLOGIES,
    ATTENDER,
    CODES,
    COORDINATOR_TOLD,
    DATA_ABSENT,
    FAMILY_SCORE,
    NEXT_REVIEW_DATE,
    NO_SCORE_NOTE,
    PARTICIPATION,
    PRACTITIONERS_SCORE,
    REVIEW,
    REVIEW_FLAGS,
    REVIEW_NOTES,
    RISK,
    SCALING,
    SERVICE_GAP,
    STATUS_FOUND,
    STATUS_LEFT,
    TASK_STATUS,
    TASK_STATUS_SYSTEM,
    concept,
    extension,
)
from familyplan.plan.models import ActionAtReview, ActionStatus, Plan, Review, ScalingScore, ServiceGap

_SURVEY = "http://terminology.hl7.org/CodeSystem/observation-category"
_ATTENDED = {"coding": [{"system": PARTICIPATION, "code": ATTENDER, "display": "attender"}]}


def _encounter(review: Review, group: str) -> dict[str, Any]:
    code, display = REVIEW
    encounter: dict[str, Any] = {
        "resourceType": "Encounter",
        "status": "finished",
        "class": {"system": CODES, "code": code, "display": display},
        "subject": {"reference": group},
        "period": {"start": review.date.isoformat(), "end": review.date.isoformat()},
    }
    if review.kind:
        encounter["type"] = [{"text": review.kind}]
    participants = [{"type": [_ATTENDED], "individual": {"display": name}} for name in review.attendees]
    participants += [
        {"type": [concept(APOLOGIES)], "individual": {"display": name}} for name in review.apologies
    ]
    if participants:
        encounter["participant"] = participants
    return encounter


def _findings(review: Review, group: str, encounter: str) -> dict[str, Any]:
    found: dict[str, Any] = {
        "resourceType": "ClinicalImpression",
        "status": "completed",
        "description": f"What the review of {review.date:%d/%m/%Y} found",
        "subject": {"reference": group},
        "encounter": {"reference": encounter},
        "effectiveDateTime": review.date.isoformat(),
    }
    if review.notes:
        found["summary"] = review.notes
    notes = [{"text": sentence} for field, sentence in REVIEW_FLAGS.items() if getattr(review, field)]
    notes += [
        {"text": f"{label}{getattr(review, f)}"} for f, label in REVIEW_NOTES.items() if getattr(review, f)
    ]
    if notes:
        found["note"] = notes
    if review.next_review_date is not None:
        found["extension"] = [extension(NEXT_REVIEW_DATE, "Date", review.next_review_date.isoformat())]
    return found


def _component(kind: tuple[str, str], score: int | None) -> dict[str, Any]:
    if score is not None:
        return {"code": concept(kind), "valueInteger": score}
    absent = {"system": DATA_ABSENT, "code": "not-performed", "display": "Not Performed"}
    return {"code": concept(kind), "dataAbsentReason": {"coding": [absent]}}


def _score(score: ScalingScore, day: dt.date, group: str, encounter: str, goal: str) -> dict[str, Any]:
    observation: dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "category": [{"coding": [{"system": _SURVEY, "code": "survey", "display": "Survey"}]}],
        "code": concept(SCALING),
        "subject": {"reference": group},
        "focus": [{"reference": goal}],
        "encounter": {"reference": encounter},
        "effectiveDateTime": day.isoformat(),
        "component": [
            _component(FAMILY_SCORE, score.family),
            _component(PRACTITIONERS_SCORE, score.practitioners),
        ],
    }
    if score.no_score_reason:
        observation["note"] = [{"text": f"{NO_SCORE_NOTE}{score.no_score_reason}"}]
    return observation


def _status(status: ActionStatus) -> dict[str, Any]:
    return concept(TASK_STATUS[status], TASK_STATUS_SYSTEM)


def _action_at_review(
    at: ActionAtReview, day: dt.date, group: str, encounter: str, task: str
) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "status": "final",
        "code": concept(ACTION_AT_REVIEW),
        "subject": {"reference": group},
        "focus": [{"reference": task}],
        "encounter": {"reference": encounter},
        "effectiveDateTime": day.isoformat(),
        "component": [
            {"code": concept(STATUS_FOUND), "valueCodeableConcept": _status(at.status_before)},
            {"code": concept(STATUS_LEFT), "valueCodeableConcept": _status(at.status)},
        ],
    }


def review_resources(plan: Plan, add: Add, group: str, goals: list[str], tasks: list[list[str]]) -> list[str]:
    """Each review's Encounter, ClinicalImpression, scores and the statuses it found and left its
    actions at (``tasks``: each goal's Tasks); the Encounters' references."""
    encounters = []
    for r, review in enumerate(plan.reviews):
        encounter = add(_encounter(review, group), "review", r)
        add(_findings(review, group, encounter), "review-findings", r)
        for s, score in enumerate(review.scaling):
            add(_score(score, review.date, group, encounter, goals[score.goal_index]), "score", r, s)
        for g, goal in enumerate(plan.goals):
            for a, action in enumerate(goal.actions):
                for at in action.at_reviews:
                    if at.review_index == r:
                        found = _action_at_review(at, review.date, group, encounter, tasks[g][a])
                        add(found, "action-at-review", r, g, a)
        encounters.append(encounter)
    return encounters


def _service_gap(gap: ServiceGap) -> dict[str, Any]:
    issue: dict[str, Any] = {
        "resourceType": "DetectedIssue",
        "status": "final",
        "code": concept(SERVICE_GAP),
        "detail": gap.support_needed,
    }
    if gap.kind_of_service:
        issue["implicated"] = [{"display": gap.kind_of_service}]
    if gap.coordinator_told_on is not None:
        issue["mitigation"] = [
            {"action": concept(COORDINATOR_TOLD), "date": gap.coordinator_told_on.isoformat()}
        ]
    if gap.risk:
        issue["extension"] = [extension(RISK, "String", gap.risk)]
    return issue


def service_gap_resources(plan: Plan, add: Add) -> list[str]:
    return [add(_service_gap(gap), "service-gap", g) for g, gap in enumerate(plan.service_gaps)]
