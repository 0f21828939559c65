"""Writes of the oversight app: a manager's supervision notes against a plan."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework.models import Plan
from familyplan.web.casework.services import Refused
from familyplan.web.oversight.models import SupervisionNote

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def supervision_problems(plan: Plan, day: dt.date, today: dt.date) -> dict[str, StrOrPromise]:
    """A note records supervision that has happened, while the plan ran. One dated ahead would
    count as oversight the plan has not had, and take it off the list of plans that lack it."""
    if day > today:
        return {"date": _("The date of the supervision must be today or in the past")}
    if day < plan.started_on:
        return {
            "date": _("The date of the supervision must be on or after the day the plan started, %(day)s")
            % {"day": f"{plan.started_on:%d/%m/%Y}"}
        }
    return {}


@transaction.atomic
def supervision_add(*, plan: Plan, by: User, date: dt.date, text: str) -> SupervisionNote:
    """A manager's note of supervision on the plan, on the audit trail; Refused if its date is
    not one the supervision could have been held on (supervision_problems)."""
    permissions.require(by, permissions.SUPERVISE, plan.family)
    if problems := supervision_problems(plan, date, timezone.localdate()):
        raise Refused(problems)
    supervision = SupervisionNote.objects.create(plan=plan, by=by, date=date, text=text)
    audit.record_change(supervision, None, family_id=plan.family_id, user=by)
    return supervision
