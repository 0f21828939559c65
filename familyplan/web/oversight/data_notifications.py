"""The DATA Notification form (seed 001): a gap in provision and its risk, sent to the early help
coordinator, who downloads it and forwards it to the Director of Children's Services (DCS).

The email to the coordinators carries the plan number, the area and the kind of service, never
the family's name: email travels further than the app.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework.models import ServiceGap
from familyplan.web.casework.services import Refused
from familyplan.web.oversight.models import DataNotification

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

FIELDS = (
    "location",
    "kind_of_service",
    "support_needed",
    "risk",
    "discussed_with_coordinator_on",
    "raise_with_lspb",
    "lspb_reason",
)

# Seed 001: a gap "must always be discussed with the early help coordinator", and whether it is
# raised through the LSPB is considered; a form without when, or without why, records neither.
NEEDED: dict[str, StrOrPromise] = {
    "location": gettext_lazy("Enter where the family lives"),
    "kind_of_service": gettext_lazy("Enter the kind of service"),
    "support_needed": gettext_lazy("Enter the support that is needed but not available"),
    "risk": gettext_lazy("Enter the risk this poses to the child and family"),
    "discussed_with_coordinator_on": gettext_lazy(
        "Enter the date you discussed it with the early help coordinator"
    ),
    "lspb_reason": gettext_lazy(
        "Say why it should, or should not, be raised through the Local Safeguarding Partnership Board"
    ),
}


def data_notification_problems(fields: Mapping[str, Any], today: dt.date) -> dict[str, StrOrPromise]:
    """What the form must hold before it is sent: every answer the coordinator passes on, and a
    discussion with them that has taken place."""
    problems = {name: message for name, message in NEEDED.items() if not str(fields.get(name) or "").strip()}
    discussed = fields.get("discussed_with_coordinator_on")
    if isinstance(discussed, dt.date) and discussed > today:
        problems["discussed_with_coordinator_on"] = gettext_lazy(
            "The date you discussed it with the early help coordinator must be today or in the past"
        )
    return problems


def _tell_coordinators(notification: DataNotification) -> None:
    coordinators = list(
        User.objects.filter(role=User.Role.COORDINATOR, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if not coordinators:
        return
    link = settings.BASE_URL.rstrip("/") + reverse("data-notifications")
    body = "\n".join(
        [
            _("A DATA Notification form has been sent to you."),
            "",
            _("Plan: %(plan)s") % {"plan": notification.gap.plan_id},
            _("Location: %(where)s") % {"where": notification.location},
            _("Kind of service: %(kind)s") % {"kind": notification.kind_of_service},
            _("Read and download it: %(link)s") % {"link": link},
        ]
    )
    send_mail(_("Family Plan: DATA Notification form"), body, None, coordinators)


@transaction.atomic
def data_notification_send(*, gap: ServiceGap, by: User, **fields: Any) -> DataNotification:
    """Send (or correct) the DATA Notification form for a service gap to the coordinators; Refused
    if it misses an answer (data_notification_problems)."""
    permissions.require(by, permissions.PLAN_CHANGE, gap.plan.family)
    if problems := data_notification_problems(fields, timezone.localdate()):
        raise Refused(problems)
    earlier = DataNotification.objects.filter(gap=gap).first()
    before = audit.snapshot(earlier) if earlier is not None else None
    notification = earlier or DataNotification(gap=gap, submitted_by=by)
    for name in FIELDS:
        setattr(notification, name, fields[name])
    notification.save()
    audit.record_change(notification, before, family_id=gap.plan.family_id, user=by)
    _tell_coordinators(notification)
    return notification


@transaction.atomic
def data_notification_forwarded(*, notification: DataNotification, by: User) -> DataNotification:
    """The coordinator has forwarded the form to the Director of Children's Services today."""
    permissions.require(by, permissions.DATA_NOTIFICATIONS)
    before = audit.snapshot(notification)
    notification.forwarded_to_dcs_on = timezone.localdate()
    notification.save(update_fields=["forwarded_to_dcs_on"])
    audit.record_change(notification, before, family_id=notification.gap.plan.family_id, user=by)
    return notification
