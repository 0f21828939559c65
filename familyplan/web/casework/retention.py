"""Retention: closed records past the council's period are listed, then removed, on the record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Exists, Max, OuterRef
from django.db.models.functions import Coalesce
from django.utils import timezone

from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework.models import Family, Plan

# The day a plan closed: its sign-off; for a plan that came in closed with no day of
# sign-off, the day closing was asked for (the nearest day known).
_CLOSED_ON = Coalesce("plans__closure__signed_off_at", "plans__closure__requested_at")


@dataclass(frozen=True)
class Due:
    family: Family
    closed_on: dt.date


def due_for_removal(years: int) -> tuple[list[Due], list[Due]]:
    """Families whose every plan closed more than ``years`` ago: (to remove, kept under a legal hold)."""
    cutoff = timezone.now() - dt.timedelta(days=round(365.25 * years))
    open_plans = Plan.objects.filter(family=OuterRef("pk")).exclude(status=Plan.Status.CLOSED)
    families = (
        Family.objects.annotate(last_closed=Max(_CLOSED_ON), has_open=Exists(open_plans))
        .filter(has_open=False, last_closed__lt=cutoff)
        .order_by("last_closed")
    )
    remove: list[Due] = []
    held: list[Due] = []
    for family in families:
        due = Due(family, family.last_closed.date())
        (held if family.legal_hold else remove).append(due)
    return remove, held


@dataclass(frozen=True)
class Removed:
    families: int
    audit_entries_redacted: int


@transaction.atomic
def remove(due: list[Due], years: int) -> Removed:
    """Remove each family's record, and the personal data its audit entries hold (the entries,
    and the chain through them, stay)."""
    redacted = 0
    for item in due:
        family_id = item.family.pk
        reference = item.family.reference
        item.family.delete()
        from_trail = audit.redact_family(family_id)
        redacted += from_trail
        audit.record(
            AuditEvent.Action.DELETE,
            object_type="family",
            object_id=family_id,
            family_id=family_id,
            detail={
                "reason": f"retention: closed more than {years} years ago",
                "reference": reference,
                "audit_entries_redacted": from_trail,
            },
        )
    return Removed(len(due), redacted)
