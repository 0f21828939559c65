"""The words a family plan's FHIR bundle uses that FHIR R4 itself does not define.

Where R4 has an element for a part of the plan, the bundle uses it. Where it has none, the
part goes in a note that starts with the question it answers (a person reading the bundle in
any FHIR viewer sees it), or, on a resource that has no notes or for a flag or a date, in an
extension. The codes and extensions are named here once, for the writer and the reader both,
and listed in docs/fhir.md.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from familyplan.plan.kinds import ActionStatus

# Fixed for every council, unlike the identifiers' system (FAMILYPLAN_FHIR_SYSTEM): a receiving
# system must find the same codes and extensions in every council's bundles.
FAMILYPLAN_FHIR = "urn:x-familyplan:fhir"
CODES = f"{FAMILYPLAN_FHIR}:codes"
# The Supporting Families programme's headline outcomes, as a code system (codes are ours, stable).
OUTCOME_SYSTEM = "https://www.gov.uk/government/collections/supporting-families"
LANGUAGE_SYSTEM = "urn:ietf:bcp:47"
DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"

# Codes of CODES, and what each means to a person reading the bundle.
TAF_TEAM = ("team-around-the-family", "Team Around the Family")
NETWORK_TEAM = ("support-network", "The family's support network")
AREA = ("area", "The area the family lives in")
LANGUAGE = ("language", "The language of the family's copy of the plan")
NEXT_REVIEW = ("next-review", "The next review of the plan by the Team Around the Family")
REVIEW = ("taf-review", "A review of the family plan by the Team Around the Family")
APOLOGIES = ("apologies", "Sent apologies")
SCALING = ("scaling-score", "Scaling score, 0 to 10 (Signs of Safety)")
FAMILY_SCORE = ("family", "The family's score")
PRACTITIONERS_SCORE = ("practitioners", "The practitioners' score")
ACTION_AT_REVIEW = ("action-at-review", "An action's status as a review found it and left it")
STATUS_FOUND = ("status-found", "The status the review found the action at")
STATUS_LEFT = ("status-left", "The status the review left the action at")
SERVICE_GAP = ("service-gap", "Service gap: support the family needs is not available where they live")
COORDINATOR_TOLD = ("coordinator-told", "The early help coordinator was told")
PLAN_TYPE_LABELS = {
    "early_help": "Early Help family plan",
    "my_plan": "My Plan (level two)",
    "interim_safety": "Interim safety plan",
}
LANGUAGE_LABELS = {"en": "English", "cy": "Welsh"}
ATTENDER = "ATND"
# An action's status as a Task's status (FHIR R4's task-status codes), and back.
TASK_STATUS_SYSTEM = "http://hl7.org/fhir/task-status"
TASK_STATUS = {
    ActionStatus.NOT_STARTED: ("requested", "Requested"),
    ActionStatus.IN_PROGRESS: ("in-progress", "In Progress"),
    ActionStatus.DONE: ("completed", "Completed"),
    ActionStatus.STOPPED: ("cancelled", "Cancelled"),
}
ACTION_STATUS = {code: status for status, (code, _display) in TASK_STATUS.items()}

# Notes that start with the question they answer. The plan's own words on the CarePlan; a list
# (worries, strengths, needs) is one note an item.
CONTINGENCY_NOTE = "Contingency plan: "
PLAN_TEXT_NOTES = {
    "worries": "What we are worried about: ",
    "strengths": "What is working well: ",
    "needs": "What needs to happen: ",
    "aspirations": "What the family would see if things were different: ",
    "identity_and_diversity": "Identity and diversity: ",
    "family_views": "The family's views: ",
    "next_steps": "Next steps: ",
}
SUPERVISION_NOTE = "Supervision: "
CLOSURE_NOTE = "Closure"
CLOSURE_NOTES = {
    "ongoing_actions": "Ongoing actions for universal services: ",
    "no_goal_achieved_reason": "Why the outcomes are achieved though no goal is marked achieved: ",
}
CLOSURE_FLAGS = {
    "family_agreed": "The family agreed to close the plan.",
    "taf_agreed": "The Team Around the Family agreed to close the plan.",
}
SIGN_OFF_NOTE = "Closure signed off by a manager: "
INTERIM_ACTIONS_NOTE = "What will keep everyone safe: "
# A goal's notes, and an action's notes before its progress.
GOAL_NOTES = {"need": "The need this goal answers: ", "term": "Term: "}
WHEN_NOTE = "When: "
RECURRENCE_NOTE = "How often: "
# What a review found, as notes on its ClinicalImpression.
REVIEW_NOTES = {
    "contingency_note": "About the contingency plan: ",
    "child_views": "The child's views: ",
    "child_views_missing_reason": "Why the child's views are missing: ",
    "next_review_reason": "Why the next review is then: ",
}
REVIEW_FLAGS = {
    "contingency_reviewed": "The contingency plan was looked at.",
    "child_views_gathered_before": "The child's views were gathered before the review.",
    "child_told_outcome": "The child was told the outcome.",
}
NO_SCORE_NOTE = "Why there is no score: "

# Extensions, by the element they stand for.
RELATIONSHIP = "relationship-in-family"
IS_CHILD = "child"
INVOLVED = "involved-in-plan"
REASON_NOT_INVOLVED = "reason-not-involved"
VIEWS = "views"
FOR_CHILD = "for-child"
RESPONSIBLE = "responsible"
REVIEW_DATE = "review-date"
NEXT_REVIEW_DATE = "next-review-date"
RISK = "risk"
AT_REVIEW = "at-review"  # the review a progress note was written for or looked at


def extension_url(name: str) -> str:
    return f"{FAMILYPLAN_FHIR}:extension:{name}"


def concept(term: tuple[str, str], system: str = CODES) -> dict[str, Any]:
    """A CodeableConcept of one of our codes, its meaning as the text."""
    code, display = term
    return {"coding": [{"system": system, "code": code, "display": display}], "text": display}


def has_code(found: Any, term: tuple[str, str], system: str = CODES) -> bool:
    """Whether a CodeableConcept (or a list of them) holds the code."""
    concepts = found if isinstance(found, list) else [found]
    return any(
        isinstance(c, dict)
        and any(
            isinstance(coding, dict) and coding.get("system") == system and coding.get("code") == term[0]
            for coding in c.get("coding") or []
        )
        for c in concepts
    )


def annotation(text: str, day: dt.date | None = None, by: str = "") -> dict[str, Any]:
    """An Annotation (a note), with the day and the person when known."""
    note: dict[str, Any] = {"text": text}
    if day is not None:
        note["time"] = f"{day.isoformat()}T00:00:00Z"
    if by:
        note["authorString"] = by
    return note


def extension(name: str, kind: str, value: Any) -> dict[str, Any]:
    """One of our extensions, holding a value of a FHIR type ("String", "Date", ...)."""
    return {"url": extension_url(name), f"value{kind}": value}


def extensions(resource: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """One of our extensions on a resource (or on a complex extension), each time it occurs."""
    url = extension_url(name)
    found = resource.get("extension")
    return (
        [e for e in found if isinstance(e, dict) and e.get("url") == url] if isinstance(found, list) else []
    )


def value_of(found: dict[str, Any]) -> Any:
    """An extension's value, whatever its type (valueString, valueDate...)."""
    return next((value for key, value in found.items() if key.startswith("value")), None)


def extension_value(resource: dict[str, Any], name: str) -> Any:
    """The value of one of our extensions, None if the resource does not have it."""
    return next((value_of(found) for found in extensions(resource, name)), None)


def day(text: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(text)[:10]) if text else None


def human_name(full: str) -> dict[str, Any]:
    pieces = full.split()
    name: dict[str, Any] = {"text": full}
    if len(pieces) > 1:
        name["family"], name["given"] = pieces[-1], pieces[:-1]
    elif pieces:
        name["given"] = pieces
    return name


def telecom(contact: str) -> list[dict[str, Any]]:
    """A contact as written, as a ContactPoint: an email address, a phone number, or other."""
    if not contact:
        return []
    if "@" in contact:
        system = "email"
    elif contact.replace(" ", "").lstrip("+").isdigit():
        system = "phone"
    else:
        system = "other"
    return [{"system": system, "value": contact}]
