"""Correcting the day a plan started, when it was mistyped: the review cycle counts from it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework.models import Plan
from familyplan.web.casework.rules import start_date_problems
from familyplan.web.casework.services import (
    PlanClosedError,
    Refused,
    StaleVersionError,
    may_change,
    overdue_dates_refresh,
    plan_score_refresh,
    require_open,
)

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


@transaction.atomic
def plan_start_correct(*, plan: Plan, by: User, version: int, started_on: dt.date, reason: str) -> Plan:
    """Correct the day a plan started (a mistyped date), saying why: the review cycle counts from
    it, so the next review and overdue actions follow. It stays on or before the first review."""
    may_change(by, plan.family)
    require_open(plan)
    problems: dict[str, StrOrPromise] = dict(start_date_problems(started_on, timezone.localdate()))
    first_review = plan.reviews.order_by("date").values_list("date", flat=True).first()
    if "started_on" not in problems and first_review is not None and started_on > first_review:
        problems["started_on"] = _("The plan must start on or before its first review, %(day)s") % {
            "day": f"{first_review:%d/%m/%Y}"
        }
    if not reason.strip():
        problems["reason"] = _("Say why the date is being corrected")
    if problems:
        raise Refused(problems)
    before = audit.snapshot(Plan.objects.get(pk=plan.pk))
    updated = Plan.objects.filter(pk=plan.pk, version=version, status=Plan.Status.LIVE).update(
        version=F("version") + 1, updated_at=timezone.now(), started_on=started_on
    )
    if not updated:
        current = Plan.objects.get(pk=plan.pk)
        if current.status != Plan.Status.LIVE:
            raise PlanClosedError
        raise StaleVersionError(current)
    overdue_dates_refresh([plan.pk])
    plan_score_refresh(plan.pk)
    plan.refresh_from_db()
    audit.record(
        AuditEvent.Action.UPDATE,
        object_type="plan",
        object_id=plan.pk,
        family_id=plan.family_id,
        detail={
            "changes": {"started_on": {"before": before["started_on"], "after": str(started_on)}},
            "reason": reason,
        },
        user=by,
    )
    return plan
