"""The people in a plan as FHIR R4 resources: the family, the Team Around the Family, the network.

The family is a Group of Patients, with the area it lives in and the language of its copy of
the plan as the Group's characteristics; what the plan records of each member beyond name and
birth date (relationship, child or not, involvement, views) is in extensions. The Team Around
the Family is a CareTeam of Practitioners; the family's support network a second CareTeam of
RelatedPersons, each with how they help as their role in it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from familyplan.formats.fhir_terms import (
    AREA,
    INVOLVED,
    IS_CHILD,
    LANGUAGE,
    LANGUAGE_LABELS,
    LANGUAGE_SYSTEM,
    NETWORK_TEAM,
    REASON_NOT_INVOLVED,
    RELATIONSHIP,
    TAF_TEAM,
    VIEWS,
    concept,
    extension,
    human_name,
    telecom,
)
from familyplan.plan.models import FamilyMember, Plan

# Adds a resource to the bundle under a stable identity; answers its full URL.
Add = Callable[..., str]
LEAD = "(lead practitioner)"


def _identifier(system: str, kind: str, value: str) -> list[dict[str, Any]]:
    return [{"system": f"{system}:{kind}", "value": value}] if value else []


def _patient(member: FamilyMember) -> dict[str, Any]:
    patient: dict[str, Any] = {"resourceType": "Patient", "name": [human_name(member.name)]}
    if member.date_of_birth:
        patient["birthDate"] = member.date_of_birth.isoformat()
    # Only what differs from a plan's defaults is written, so a bundle says what was recorded.
    found = [
        extension(RELATIONSHIP, "String", member.relationship) if member.relationship else None,
        extension(IS_CHILD, "Boolean", True) if member.is_child else None,
        extension(INVOLVED, "Boolean", False) if not member.involved_in_plan else None,
        extension(REASON_NOT_INVOLVED, "String", member.reason_not_involved)
        if member.reason_not_involved
        else None,
        extension(VIEWS, "String", member.views) if member.views else None,
    ]
    if extensions := [e for e in found if e]:
        patient["extension"] = extensions
    return patient


def _characteristics(plan: Plan) -> list[dict[str, Any]]:
    language = {
        "coding": [
            {
                "system": LANGUAGE_SYSTEM,
                "code": plan.family_language,
                "display": LANGUAGE_LABELS.get(plan.family_language, plan.family_language),
            }
        ],
        "text": LANGUAGE_LABELS.get(plan.family_language, plan.family_language),
    }
    found = [{"code": concept(LANGUAGE), "valueCodeableConcept": language, "exclude": False}]
    if plan.family_area:
        area = {"text": plan.family_area}
        found.insert(0, {"code": concept(AREA), "valueCodeableConcept": area, "exclude": False})
    return found


def family_resources(plan: Plan, add: Add, system: str) -> tuple[str, dict[str, str]]:
    """The family's Patients and its Group; the Group's reference and each member's, by name."""
    people = {member.name: add(_patient(member), "member", i) for i, member in enumerate(plan.family_members)}
    group = {
        "resourceType": "Group",
        "type": "person",
        "actual": True,
        "name": plan.family_name or "Family",
        "characteristic": _characteristics(plan),
        "member": [{"entity": {"reference": ref}} for ref in people.values()],
    }
    if identifier := _identifier(system, "family-reference", plan.family_reference):
        group["identifier"] = identifier
    return add(group, "family"), people


def _team(plan: Plan, kind: tuple[str, str], group: str, participants: list[Any]) -> dict[str, Any]:
    return {
        "resourceType": "CareTeam",
        "status": "active" if plan.closure is None else "inactive",
        "category": [concept(kind)],
        "name": kind[1],
        "subject": {"reference": group},
        "participant": participants,
    }


def care_team(plan: Plan, add: Add, group: str, people: dict[str, str]) -> tuple[str, str | None]:
    """The Team Around the Family; its reference and the lead practitioner's."""
    participants = []
    lead = None
    for i, person in enumerate(plan.practitioners):
        practitioner: dict[str, Any] = {"resourceType": "Practitioner", "name": [human_name(person.name)]}
        if contact := telecom(person.contact):
            practitioner["telecom"] = contact
        ref = add(practitioner, "practitioner", i)
        people[person.name] = ref
        lead = ref if person.is_lead else lead
        participant: dict[str, Any] = {"member": {"reference": ref, "display": person.name}}
        role = " ".join(x for x in (person.role, LEAD if person.is_lead else "") if x)
        if role:
            participant["role"] = [{"text": role}]
        if person.agency:
            participant["onBehalfOf"] = {"display": person.agency}
        participants.append(participant)
    return add(_team(plan, TAF_TEAM, group, participants), "team"), lead


def network_team(
    plan: Plan, add: Add, group: str, family: dict[str, str], people: dict[str, str]
) -> str | None:
    """The family's support network, if the plan names one; its reference. ``family`` holds the
    family members' references by name, ``people`` everyone's, which the network joins."""
    if not plan.support_network:
        return None
    # A RelatedPerson is someone's relation: the plan's first child's, else the first member's.
    first = next(iter(plan.children or plan.family_members), None)
    patient = {"reference": family[first.name]} if first else {"display": plan.family_name or "The family"}
    participants = []
    for i, person in enumerate(plan.support_network):
        related: dict[str, Any] = {"resourceType": "RelatedPerson", "patient": patient}
        related["name"] = [human_name(person.name)]
        if person.relationship:
            related["relationship"] = [{"text": person.relationship}]
        if contact := telecom(person.contact):
            related["telecom"] = contact
        ref = add(related, "network", i)
        people.setdefault(person.name, ref)
        participant: dict[str, Any] = {"member": {"reference": ref, "display": person.name}}
        if person.how_they_help:
            participant["role"] = [{"text": person.how_they_help}]
        participants.append(participant)
    return add(_team(plan, NETWORK_TEAM, group, participants), "network-team")
