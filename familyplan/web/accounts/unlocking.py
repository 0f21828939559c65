"""Signing in locked after too many wrong passwords (django-axes), and an administrator unlocking it.

The lock lifts by itself after the cool-off; a person who cannot wait asks someone who manages people,
as the lockout page tells them, and this is what that person uses. The unlocking is on the audit trail.
"""

from __future__ import annotations

from collections.abc import Iterable

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.utils import timezone

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent


def locked_usernames(usernames: Iterable[str]) -> set[str]:
    """Which of these people cannot sign in now, for too many wrong passwords (one query)."""
    cool_off = get_cool_off()
    attempts = AccessAttempt.objects.filter(
        username__in=list(usernames), failures_since_start__gte=settings.AXES_FAILURE_LIMIT
    )
    if cool_off is not None:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    return set(attempts.values_list("username", flat=True))


def unlock(*, person: User, by: User) -> bool:
    """Let ``person`` sign in again now. False if signing in was not locked."""
    permissions.require(by, permissions.PEOPLE_MANAGE)
    if person.username not in locked_usernames([person.username]):
        return False
    reset(username=person.username)
    audit.record_account(AuditEvent.Action.UPDATE, person.pk, {"sign_in": "unlocked"}, user=by)
    return True
