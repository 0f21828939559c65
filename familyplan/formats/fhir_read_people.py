"""The people in a FHIR bundle read back: the family, the Team Around the Family, the network.

The reverse of familyplan.formats.fhir_people. A CareTeam that is the family's support network
says so in its category; any other is the Team Around the Family (as older bundles wrote it).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from familyplan.formats.errors import RowProblem
from familyplan.formats.fhir_bundle import Bundle, readable, text_of
from familyplan.formats.fhir_people import LEAD
from familyplan.formats.fhir_terms import (
    AREA,
    INVOLVED,
    IS_CHILD,
    LANGUAGE,
    LANGUAGE_SYSTEM,
    NETWORK_TEAM,
    REASON_NOT_INVOLVED,
    RELATIONSHIP,
    VIEWS,
    extension_value,
    has_code,
)
from familyplan.formats.fhir_terms import day as read_day
from familyplan.plan import models as m

Person = TypeVar("Person", m.Practitioner, m.NetworkMember)


def _name(resource: dict[str, Any], display: Any = "") -> str:
    names = resource.get("name")
    first = names[0] if isinstance(names, list) and names and isinstance(names[0], dict) else {}
    return text_of(display) or text_of(first.get("text"))


def _member(patient: dict[str, Any]) -> m.FamilyMember:
    involved = extension_value(patient, INVOLVED)
    return m.FamilyMember(
        name=_name(patient),
        relationship=text_of(extension_value(patient, RELATIONSHIP)),
        date_of_birth=read_day(patient.get("birthDate")),
        is_child=extension_value(patient, IS_CHILD) is True,
        involved_in_plan=involved is not False,
        reason_not_involved=text_of(extension_value(patient, REASON_NOT_INVOLVED)),
        views=text_of(extension_value(patient, VIEWS)),
    )


def members(bundle: Bundle, group: dict[str, Any], problems: list[RowProblem]) -> list[m.FamilyMember]:
    found = []
    for number, member in enumerate(group.get("member") or [], 1):
        patient = bundle.follow(member.get("entity") if isinstance(member, dict) else None)
        where = f"family member {number} ({_name(patient)})"
        if (read := readable(where, problems, partial(_member, patient))) is not None:
            found.append(read)
    return found


def family_details(group: dict[str, Any], problems: list[RowProblem]) -> dict[str, str]:
    """The area the family lives in and the language of its copy, from the Group's characteristics;
    any other characteristic is named, not read."""
    details: dict[str, str] = {}
    for number, characteristic in enumerate(group.get("characteristic") or [], 1):
        found = characteristic if isinstance(characteristic, dict) else {}
        value = found.get("valueCodeableConcept") or {}
        if has_code(found.get("code"), AREA):
            details["family_area"] = text_of(value.get("text"))
        elif has_code(found.get("code"), LANGUAGE):
            codes = [c.get("code") for c in value.get("coding") or [] if c.get("system") == LANGUAGE_SYSTEM]
            details["family_language"] = text_of(next(iter(codes), "")) or "en"
        else:
            said = text_of((found.get("code") or {}).get("text"))
            reason = "has no place in the plan, so it was not read"
            problems.append(RowProblem(f"family characteristic {number}", reason, said))
    return details


def teams(bundle: Bundle, care_plan: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The Team Around the Family's CareTeam and the support network's, each {} if there is none."""
    found = [bundle.follow(ref) for ref in care_plan.get("careTeam") or []]
    network = next((t for t in found if has_code(t.get("category"), NETWORK_TEAM)), {})
    taf = next((t for t in found if t and t is not network), {})
    return taf, network


def _role(participant: dict[str, Any]) -> str:
    return " ".join(text_of(r.get("text")) for r in participant.get("role") or [] if isinstance(r, dict))


def _practitioner(bundle: Bundle, participant: dict[str, Any]) -> m.Practitioner:
    role = _role(participant)
    person = bundle.follow(participant.get("member"))
    telecom = person.get("telecom") or [{}]
    return m.Practitioner(
        name=_name(person, (participant.get("member") or {}).get("display")),
        role=role.removesuffix(LEAD).strip(),
        agency=text_of((participant.get("onBehalfOf") or {}).get("display")),
        contact=text_of(telecom[0].get("value")),
        is_lead=role.endswith(LEAD),
    )


def _network_member(bundle: Bundle, participant: dict[str, Any]) -> m.NetworkMember:
    person = bundle.follow(participant.get("member"))
    relationship = person.get("relationship") or [{}]
    telecom = person.get("telecom") or [{}]
    return m.NetworkMember(
        name=_name(person, (participant.get("member") or {}).get("display")),
        relationship=text_of(relationship[0].get("text")),
        how_they_help=_role(participant),
        contact=text_of(telecom[0].get("value")),
    )


def _people(
    bundle: Bundle,
    team: dict[str, Any],
    kind: str,
    read: Callable[[Bundle, dict[str, Any]], Person],
    problems: list[RowProblem],
) -> list[Person]:
    found = []
    for number, participant in enumerate(team.get("participant") or [], 1):
        if not isinstance(participant, dict):
            problems.append(RowProblem(f"{kind} {number}", "is not a person, so it was not read"))
            continue
        said = text_of((participant.get("member") or {}).get("display"))
        person = readable(f"{kind} {number}", problems, partial(read, bundle, participant), said)
        if person is not None:
            found.append(person)
    return found


def practitioners(bundle: Bundle, team: dict[str, Any], problems: list[RowProblem]) -> list[m.Practitioner]:
    return _people(bundle, team, "Team Around the Family member", _practitioner, problems)


def support_network(
    bundle: Bundle, team: dict[str, Any], problems: list[RowProblem]
) -> list[m.NetworkMember]:
    return _people(bundle, team, "support network member", _network_member, problems)
