"""Two-factor sign-in: after the password, a 6-digit code from an authenticator app (TOTP).

Each person chooses to turn it on; managers, coordinators and administrators are asked to,
because they can see the most records. django-otp keeps the secret, checks codes with a
step either side for a phone's clock, refuses a code used once already, and makes each
wrong code wait twice as long as the one before.
"""

from __future__ import annotations

import base64
import math
from typing import Any

import segno
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from familyplan.web.accounts import sessions
from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent

# Set at sign-in: the session must give a code before it reaches any page.
CODE_NEEDED_SESSION_KEY = "familyplan_two_factor_needed"
DEVICE_NAME = "Authenticator app"


class CodeRefused(Exception):
    """The code was not accepted; the message says why, in words for the person signing in."""


def device_in_use(user: Any) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def is_on(user: Any) -> bool:
    return device_in_use(user) is not None


def is_advised(user: Any) -> bool:
    return bool(user.is_manager or user.is_administrator)


def code_needed(request: HttpRequest) -> bool:
    """True while a signed-in session that needs a code has not given one."""
    session = request.session
    return bool(session.get(CODE_NEEDED_SESSION_KEY)) and DEVICE_ID_SESSION_KEY not in session


def remember_at_sign_in(request: HttpRequest, user: Any) -> None:
    # Read once at sign-in and kept in the session, so other pages need no query for it.
    request.session[CODE_NEEDED_SESSION_KEY] = is_on(user)


def new_device(user: Any) -> TOTPDevice:
    """The secret being set up: not used at sign-in until a code from it has been entered."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def key_to_type(device: TOTPDevice) -> str:
    """The secret as an app asks for it when typed in: base32, in groups of four."""
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_code_data_uri(device: TOTPDevice) -> str:
    # An image, so it has alt text; the page's content security policy allows data: images.
    return str(segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=2))


def check_code(device: TOTPDevice, code: str) -> None:
    """Raises CodeRefused unless the code is right. Not in a transaction: a wrong code's
    count of failures must be kept even though the request goes on to show an error."""
    code = "".join(code.split())
    if not (len(code) == 6 and code.isascii() and code.isdigit()):
        raise CodeRefused(_("Enter the 6-digit code from your authenticator app"))
    allowed, detail = device.verify_is_allowed()
    if not allowed:
        wait = (detail or {}).get("locked_until")
        seconds = max(1, math.ceil((wait - timezone.now()).total_seconds())) if wait else 60
        raise CodeRefused(
            ngettext(
                "Too many wrong codes. Wait %(seconds)d second, then enter the newest code.",
                "Too many wrong codes. Wait %(seconds)d seconds, then enter the newest code.",
                seconds,
            )
            % {"seconds": seconds}
        )
    if not device.verify_token(code):
        raise CodeRefused(
            _("That code is not right. Enter the newest code, and check the time on your phone is right.")
        )


def confirm_device(request: HttpRequest, device: TOTPDevice, code: str) -> None:
    check_code(device, code)
    with transaction.atomic():
        TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        audit.record_account(AuditEvent.Action.UPDATE, device.user_id, {"two_factor_sign_in": "turned on"})
    request.session[CODE_NEEDED_SESSION_KEY] = True
    otp_login(request, device)
    sessions.end_other_sessions(
        device.user, reason="two-factor sign-in turned on", keep=request.session.session_key
    )


def sign_in_with_code(request: HttpRequest, code: str) -> None:
    """The second step of signing in. With no device in use any more, nothing is asked."""
    device = device_in_use(request.user)
    if device is not None:
        try:
            check_code(device, code)
        except CodeRefused:
            audit.record(
                AuditEvent.Action.SIGN_IN_FAILED,
                detail={"username": request.user.get_username(), "step": "two-factor code"},
            )
            raise
        otp_login(request, device)
        audit.record_account(AuditEvent.Action.SIGN_IN, device.user_id, {"step": "two-factor code"})
    request.session[CODE_NEEDED_SESSION_KEY] = False


def turn_off_with_code(request: HttpRequest, code: str) -> None:
    device = device_in_use(request.user)
    if device is None:
        return
    check_code(device, code)
    turn_off(request.user, how="by the person, with a code", keep=request.session.session_key)
    request.session[CODE_NEEDED_SESSION_KEY] = False


@transaction.atomic
def turn_off(user: Any, *, how: str, by: Any = None, keep: str | None = None) -> bool:
    """Removes the user's authenticator app (also how an administrator helps someone who lost
    their phone), ending their sessions (but ``keep``) and API tokens. Returns whether there was one."""
    removed, _counts = TOTPDevice.objects.filter(user=user).delete()
    if removed:
        changed = {"two_factor_sign_in": "turned off", "how": how}
        audit.record_account(AuditEvent.Action.UPDATE, user.pk, changed, user=by)
        sessions.end_other_sessions(user, reason="two-factor sign-in turned off", keep=keep)
    return bool(removed)
