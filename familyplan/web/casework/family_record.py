"""Changes to a family's record itself: its details and language, its team, and a legal hold."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import Team, User
from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework.models import Family
from familyplan.web.casework.references import reference_problems
from familyplan.web.casework.services import Refused


@transaction.atomic
def family_details_change(*, family: Family, by: User, **fields: Any) -> Family:
    """The family's name, reference, area and language (Welsh families get their copy in Welsh)."""
    permissions.require(by, permissions.PLAN_CHANGE, family)
    if problems := reference_problems(fields.get("reference", ""), by, but=family):
        raise Refused(problems)
    return audit.record_save(family, fields, family_id=family.pk, user=by)


@transaction.atomic
def legal_hold_set(*, family: Family, by: User, on: bool, reason: str) -> Family:
    """Place or lift a legal hold: the record is kept past its retention period while held.

    Placing and lifting are both on the audit trail with who did it and why.
    """
    permissions.require(by, permissions.LEGAL_HOLD, family)
    family = Family.objects.select_for_update().get(pk=family.pk)
    if family.legal_hold == on:
        return family
    family.legal_hold = on
    family.save(update_fields=["legal_hold"])
    audit.record(
        AuditEvent.Action.UPDATE,
        object_type="legal_hold",
        object_id=family.pk,
        family_id=family.pk,
        detail={"legal_hold": on, "reason": reason},
        user=by,
    )
    return family


@transaction.atomic
def family_team_change(*, family: Family, by: User, team: Team, reason: str) -> Family:
    """Move the family to another team: that team's manager oversees its plan from now on (the
    dashboard, sign-off, supervision). On the audit trail with both teams and why."""
    permissions.require(by, permissions.FAMILY_MOVE, family)
    family = Family.objects.select_for_update().get(pk=family.pk)
    if family.team_id == team.pk:
        return family
    before = family.team.name if family.team is not None else ""
    family.team = team
    family.save(update_fields=["team"])
    audit.record(
        AuditEvent.Action.UPDATE,
        object_type="team",
        object_id=family.pk,
        family_id=family.pk,
        detail={"from": before, "to": team.name, "reason": reason},
        user=by,
    )
    return family
