"""Starting a plan is a change to a family's record, so it is on the audit trail like every other:
who started it, when, and for which family."""

from __future__ import annotations

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import services
from familyplan.web.casework.models import Family


def test_starting_a_plan_is_recorded_with_who_started_it(lead: User, family: Family) -> None:
    family.plans.all().delete()
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=timezone.localdate()
    )

    entry = AuditEvent.objects.get(
        object_type="plan", object_id=str(plan.pk), action=AuditEvent.Action.CREATE
    )
    assert entry.family_id == family.pk
    assert entry.user == lead
