"""Messages casework sends to people: a service gap, and a closure that only they can sign off,
go to the early help coordinators."""

from __future__ import annotations

import logging
from smtplib import SMTPException

from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Plan, ServiceGap

mail_log = logging.getLogger("familyplan.mail")


def tell_coordinators(gap: ServiceGap) -> bool:
    """Seed 001: gaps in provision and the risk they pose always go to the early help coordinator.

    The email holds only what the coordinator needs, and no family names.
    """
    from django.conf import settings
    from django.core.mail import send_mail
    from django.urls import reverse

    coordinators = list(
        User.objects.filter(role=User.Role.COORDINATOR, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if not coordinators:
        return False
    link = settings.BASE_URL.rstrip("/") + reverse("plan", args=[gap.plan_id])
    body = "\n".join(
        [
            gettext("A practitioner has recorded support that is needed but not available."),
            "",
            _("Plan: %(plan)s (%(link)s)") % {"plan": gap.plan_id, "link": link},
            _("Kind of service: %(kind)s") % {"kind": gap.kind_of_service},
            _("Support needed: %(support)s") % {"support": gap.support_needed},
            _("Risk to the child and family: %(risk)s") % {"risk": gap.risk},
            _("Recorded on: %(day)s") % {"day": f"{timezone.localdate():%d/%m/%Y}"},
        ]
    )
    send_mail(
        _("Family Plan: service gap recorded on plan %(plan)s") % {"plan": gap.plan_id},
        body,
        None,
        coordinators,
    )
    return True


def tell_coordinators_of_closure(plan: Plan, emails: list[str], *, team_has_a_manager: bool) -> bool:
    """A closure that no manager of the family's team can sign off waits for an early help
    coordinator; the email names no family. A mail server that fails is logged, not raised: the
    closure stands, and the plan is in the coordinators' list of closures to sign off."""
    from django.conf import settings
    from django.core.mail import send_mail
    from django.urls import reverse

    if not emails:
        return False
    link = settings.BASE_URL.rstrip("/") + reverse("sign-off", args=[plan.pk])
    why = (
        gettext("The family's team manager leads the plan or asked to close it")
        if team_has_a_manager
        else gettext("The family's team has no manager who can sign it off")
    )
    body = "\n".join(
        [
            gettext("A plan's closure is waiting for sign-off by an early help coordinator."),
            why + ".",
            "",
            _("Plan: %(plan)s (%(link)s)") % {"plan": plan.pk, "link": link},
        ]
    )
    subject = _("Family Plan: a closure waits for your sign-off (plan %(plan)s)") % {"plan": plan.pk}
    try:
        send_mail(subject, body, None, emails)
    except (OSError, SMTPException):
        mail_log.warning("The email telling coordinators of plan %s's closure could not be sent", plan.pk)
        return False
    return True
