"""Sign-ins, successful or not, go on the audit trail."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

from familyplan.web.audit import services
from familyplan.web.audit.models import AuditEvent


@receiver(user_logged_in)
def signed_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    services.record_account(AuditEvent.Action.SIGN_IN, user.pk, {}, user=user)


@receiver(user_login_failed)
def sign_in_failed(sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any) -> None:
    # Only the name tried: never the password.
    services.record(
        AuditEvent.Action.SIGN_IN_FAILED, detail={"username": str(credentials.get("username", ""))[:150]}
    )
