"""Ending a person's other sessions and API tokens when how they sign in changes.

A changed password, or two-factor sign-in turned on or off, ends every other session the
person has (other browsers, other computers) and every API token issued to them: whoever
had the old password, or signed in without the code, is out. The API app ends the tokens,
listening for ``sign_in_changed``.
"""

from __future__ import annotations

from typing import Any

from django.contrib.sessions.models import Session
from django.dispatch import Signal
from django.utils import timezone

# Sent with ``user`` and ``reason`` once the person's other sessions are ended.
sign_in_changed = Signal()


def end_other_sessions(user: Any, *, reason: str, keep: str | None = None) -> int:
    """End every session of ``user`` but the one whose key is ``keep``, and their API tokens.
    How many sessions were ended."""
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if keep and session.session_key == keep:
            continue
        if session.get_decoded().get("_auth_user_id") == str(user.pk):
            session.delete()
            ended += 1
    sign_in_changed.send(sender=type(user), user=user, reason=reason)
    return ended
