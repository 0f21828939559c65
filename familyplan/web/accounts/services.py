"""Writes about people's accounts that are more than a session: deactivating accounts, and how
often anyone may ask for a password reset link.

Deactivating an account ends its sessions and API tokens however it is done: one account saved
(accounts.signals), many at once through a queryset (``User.objects``' own ``update`` and
``bulk_update``), or here, by an administrator for several people at once (the admin site's action).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from familyplan.plan.limits import current
from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import ResetRequest, User
from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent


@transaction.atomic
def people_deactivate(*, people: QuerySet[User], by: User) -> list[User]:
    """An administrator deactivates these accounts (people leaving); their sessions and API tokens end
    with them. Never the administrator's own account. The people deactivated."""
    permissions.require(by, permissions.PEOPLE_MANAGE)
    leaving = list(people.filter(is_active=True).exclude(pk=by.pk))
    User.objects.filter(pk__in=[person.pk for person in leaving]).update(is_active=False)
    for person in leaving:
        audit.record(
            AuditEvent.Action.UPDATE,
            object_type="user",
            object_id=person.pk,
            detail={"changes": {"is_active": {"before": True, "after": False}}},
            user=by,
        )
    return leaving


class TooManyResets(Exception):
    """More reset links asked for than the limits allow; ``message`` names the limit, and
    ``retry_after`` is how many seconds until one more may be asked for."""

    def __init__(self, message: str, retry_after: int) -> None:
        self.message = message
        self.retry_after = retry_after
        super().__init__(message)


def _key(kind: str, value: str) -> str:
    secret = f"password reset {kind}:{settings.SECRET_KEY}".encode()
    return hmac.new(secret, value.encode(), hashlib.sha256).hexdigest()


def minutes_in_words(minutes: int) -> str:
    """A wait as a person says it: "5 minutes", "an hour", "2 hours"."""
    if minutes % 60 == 0:
        hours = minutes // 60
        return _("an hour") if hours == 1 else ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours}
    return ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}


@transaction.atomic
def password_reset_ask(*, email: str, client: str) -> None:
    """Count a request for a password reset link for ``email`` from ``client`` (its address), or
    refuse it (TooManyResets) once either has asked for as many as the limits allow within the
    window. Requests are counted whether or not the email address has an account, so the answer
    never says which addresses do."""
    limits = current()
    now = timezone.now()
    since = now - dt.timedelta(minutes=limits.reset_minutes)
    ResetRequest.objects.filter(at__lte=since).delete()
    email_key, client_key = _key("email", email.strip().lower()), _key("client", client)
    within = minutes_in_words(limits.reset_minutes)
    for asked, most, message in (
        (
            ResetRequest.objects.filter(email_key=email_key),
            limits.reset_emails,
            ngettext(
                "You can ask for %(n)d reset link for an email address in %(within)s",
                "You can ask for %(n)d reset links for an email address in %(within)s",
                limits.reset_emails,
            ),
        ),
        (
            ResetRequest.objects.filter(client_key=client_key),
            limits.reset_requests,
            ngettext(
                "You can ask for %(n)d reset link from one computer or network in %(within)s",
                "You can ask for %(n)d reset links from one computer or network in %(within)s",
                limits.reset_requests,
            ),
        ),
    ):
        times = list(asked.order_by("-at").values_list("at", flat=True)[:most])
        if len(times) >= most:
            wait = max(1, int((times[-1] - since).total_seconds()) + 1)
            advice = _("Try again later, or ask an administrator to reset your password.")
            raise TooManyResets(f"{message % {'n': most, 'within': within}}. {advice}", wait)
    ResetRequest.objects.create(email_key=email_key, client_key=client_key, at=now)
