"""Messages casework sends to people: a service gap goes to the early help coordinators."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts.models import User
from familyplan.web.casework.models import ServiceGap


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
