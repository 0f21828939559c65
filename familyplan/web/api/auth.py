"""Bearer tokens for other systems, issued for a username and password (and the two-factor
code, for an account that uses two-factor sign-in)."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from django.contrib.auth import authenticate
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer

from familyplan.web.accounts import permissions, two_factor
from familyplan.web.accounts.models import User
from familyplan.web.accounts.sessions import sign_in_changed
from familyplan.web.api.models import ApiToken
from familyplan.web.audit import services as audit
from familyplan.web.audit.context import Actor, current_actor
from familyplan.web.audit.models import AuditEvent
from familyplan.web.expiring import digest

TOKEN_LIFETIME = dt.timedelta(hours=12)


class TokenRefused(Exception):
    pass


def issue_token(request: HttpRequest, username: str, password: str, code: str | None = None) -> str:
    user = authenticate(request, username=username, password=password)
    if user is None or not user.is_active:
        raise TokenRefused("Wrong username or password.")
    device = two_factor.device_in_use(user)
    if device is not None:
        if not code:
            raise TokenRefused(
                "This account uses two-factor sign-in: send the code from the authenticator app as 'code'."
            )
        try:
            two_factor.check_code(device, code)
        except two_factor.CodeRefused as refused:
            raise TokenRefused(str(refused)) from refused
    key = secrets.token_urlsafe(32)
    issued = ApiToken.objects.create(
        user=user, key_hash=digest(key), expires_at=timezone.now() + TOKEN_LIFETIME
    )
    # A token is a sign-in, on the trail as a signed-in page is (never the token itself).
    audit.record_account(
        AuditEvent.Action.SIGN_IN, user.pk, {"through": "API token", "token": issued.pk}, user=user
    )
    return key


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        found = ApiToken.objects.select_related("user").filter(key_hash=digest(token)).first()
        if found is None or found.expired:
            return None
        if not permissions.can(found.user, permissions.SIGNED_IN):
            return None
        ApiToken.objects.filter(pk=found.pk).update(last_used_at=timezone.now())
        # The audit trail names the person behind the token, as it does for a signed-in page.
        current_actor.set(Actor(user=found.user, ip_address=request.META.get("REMOTE_ADDR")))
        request.user = found.user
        return found.user


@receiver(sign_in_changed, dispatch_uid="api-tokens-end-with-sign-in-changes")
def end_tokens(sender: Any, user: Any, **kwargs: Any) -> None:
    """Every API token of ``user`` stops working (their password or two-factor sign-in changed)."""
    ApiToken.objects.filter(user=user).delete()


def token_of(request: HttpRequest) -> ApiToken | None:
    """The token the request was made with, if any."""
    header = str(request.headers.get("Authorization", ""))
    scheme, _, key = header.partition(" ")
    if scheme.lower() != "bearer" or not key:
        return None
    return ApiToken.objects.filter(key_hash=digest(key.strip())).first()


def who(request: HttpRequest) -> User:
    """The person behind the request's token (the operations are all behind a token)."""
    return request.auth  # type: ignore[attr-defined,no-any-return]
