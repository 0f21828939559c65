"""Writes of the oversight app: a manager's supervision notes against a plan."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework.models import Plan
from familyplan.web.oversight.models import SupervisionNote


@transaction.atomic
def supervision_add(*, plan: Plan, by: User, date: dt.date, text: str) -> SupervisionNote:
    """A manager's note of supervision on the plan, on the audit trail."""
    permissions.require(by, permissions.SUPERVISE, plan.family)
    supervision = SupervisionNote.objects.create(plan=plan, by=by, date=date, text=text)
    audit.record_change(supervision, None, family_id=plan.family_id, user=by)
    return supervision
