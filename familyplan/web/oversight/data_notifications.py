"""The DATA Notification form (seed 001): a gap in provision and its risk, sent to the early help
coordinator, who downloads it and forwards it to the Director of Children's Services (DCS).

The email to the coordinators carries the plan number, the area and the kind of service, never
the family's name: email travels further than the app.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework.models import ServiceGap
from familyplan.web.oversight.models import DataNotification

FIELDS = (
    "location",
    "kind_of_service",
    "support_needed",
    "risk",
    "discussed_with_coordinator_on",
    "raise_with_lspb",
    "lspb_reason",
)


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
    """Send (or correct) the DATA Notification form for a service gap to the coordinators."""
    permissions.require(by, permissions.PLAN_CHANGE, gap.plan.family)
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
