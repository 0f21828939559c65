"""Ending a person's other sessions and API tokens when how they sign in changes.

A changed password, or two-factor sign-in turned on or off, ends every other session the
person has (other browsers, other computers) and every API token issued to them: whoever
had the old password, or signed in without the code, is out. So do a password reset by
email, the account being deactivated, and an administrator ending them (a lost laptop).
The API app ends the tokens, listening for ``sign_in_changed``.
"""

from __future__ import annotations

from typing import Any

from django.contrib.sessions.models import Session
from django.dispatch import Signal
from django.utils import timezone

from familyplan.web.accounts import permissions

# Sent with ``user`` and ``reason`` once the person's other sessions are ended.
sign_in_changed = Signal()


def _sessions_of(user: Any) -> list[Session]:
    return [
        session
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get("_auth_user_id") == str(user.pk)
    ]


def count_of(user: Any) -> int:
    """How many sessions ``user`` has open now."""
    return len(_sessions_of(user))


def tokens_of(user: Any) -> int:
    """How many API tokens ``user`` has (the API app keeps them, as ``user.api_tokens``)."""
    return int(user.api_tokens.count())


def end_other_sessions(user: Any, *, reason: str, keep: str | None = None) -> int:
    """End every session of ``user`` but the one whose key is ``keep``, and their API tokens.
    How many sessions were ended."""
    ended = 0
    for session in _sessions_of(user):
        if not (keep and session.session_key == keep):
            session.delete()
            ended += 1
    sign_in_changed.send(sender=type(user), user=user, reason=reason)
    return ended


def _audit_ended(user: Any, reason: str, ended: int, by: Any = None) -> None:
    from familyplan.web.audit import services as audit
    from familyplan.web.audit.models import AuditEvent

    changed = {"sessions_ended": ended, "api_tokens": "ended", "because": reason}
    audit.record_account(AuditEvent.Action.UPDATE, user.pk, changed, user=by)


def end_sessions_of(*, user: Any, by: Any, keep: str | None = None) -> int:
    """An administrator ends every session and API token of ``user`` (their own current session,
    ``keep``, stays if they end their own). How many sessions were ended."""
    permissions.require(by, permissions.PEOPLE_MANAGE)
    ended = end_other_sessions(user, reason="ended by an administrator", keep=keep if user == by else None)
    _audit_ended(user, "ended by an administrator", ended, by=by)
    return ended


def end_after_reset(user: Any) -> int:
    """A password reset by email: whoever had the old password is out everywhere."""
    ended = end_other_sessions(user, reason="password reset")
    _audit_ended(user, "password reset by email", ended, by=user)
    return ended


def end_on_deactivation(user: Any) -> int:
    """An account deactivated: every session and API token of the person's ends with it, so
    making it active again later does not bring them back."""
    ended = end_other_sessions(user, reason="account deactivated")
    _audit_ended(user, "account deactivated", ended)
    return ended
