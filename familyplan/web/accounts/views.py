"""The person's own account: two-factor sign-in, set up, used at sign-in, and turned off."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from familyplan.web.accounts import permissions, sessions, two_factor
from familyplan.web.accounts.forms import CodeForm, PasswordChange
from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent
from familyplan.web.pages import form_page


def _next_page(request: HttpRequest) -> str:
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def _code_accepted(request: HttpRequest, use_code: Callable[[str], None]) -> tuple[CodeForm, bool]:
    """The code form, and whether ``use_code`` accepted the code sent with it."""
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            use_code(form.cleaned_data["code"])
        except two_factor.CodeRefused as refused:
            form.add_error("code", str(refused))
        else:
            return form, True
    return form, False


@permissions.signed_in
@permissions.asks(permissions.SIGNED_IN)
def sign_in_code(request: HttpRequest) -> HttpResponse:
    next_page = _next_page(request)
    if not two_factor.code_needed(request):
        return redirect(next_page)
    form, accepted = _code_accepted(request, lambda code: two_factor.sign_in_with_code(request, code))
    if accepted:
        return redirect(next_page)
    return render(
        request, "accounts/sign_in_code.html", {"form": form, "next": next_page, "awaiting_code": True}
    )


@permissions.asks(permissions.SIGNED_IN)
def still_here(request: HttpRequest) -> HttpResponse:
    """Asked by a page while someone types in it: answering keeps their session going (every
    answer does), and 401 says it has already ended, so the page can keep what they wrote."""
    return HttpResponse(status=204 if permissions.can(request.user, permissions.SIGNED_IN) else 401)


@permissions.signed_in
@permissions.asks(permissions.SIGNED_IN)
def account(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "accounts/account.html",
        {"two_factor_on": two_factor.is_on(request.user), "advised": two_factor.is_advised(request.user)},
    )


@permissions.signed_in
@permissions.asks(permissions.SIGNED_IN)
def two_factor_set_up(request: HttpRequest) -> HttpResponse:
    if two_factor.is_on(request.user):
        return redirect("account")
    device = two_factor.new_device(request.user)
    form, accepted = _code_accepted(request, lambda code: two_factor.confirm_device(request, device, code))
    if accepted:
        messages.success(
            request, _("Two-factor sign-in is on. You will be asked for a code each time you sign in.")
        )
        return redirect("account")
    return render(
        request,
        "accounts/two_factor_set_up.html",
        {"form": form, "qr_code": two_factor.qr_code_data_uri(device), "key": two_factor.key_to_type(device)},
    )


@permissions.signed_in
@permissions.asks(permissions.SIGNED_IN)
def two_factor_turn_off(request: HttpRequest) -> HttpResponse:
    if not two_factor.is_on(request.user):
        return redirect("account")
    form, accepted = _code_accepted(request, lambda code: two_factor.turn_off_with_code(request, code))
    if accepted:
        messages.success(request, _("Two-factor sign-in is off. You will sign in with your password alone."))
        return redirect("account")
    title = _("Turn off two-factor sign-in")
    return form_page(request, form, title, button=title, back=resolve_url("account"))


@permissions.signed_in
@permissions.asks(permissions.SIGNED_IN)
def password_change(request: HttpRequest) -> HttpResponse:
    """A new password; every other session and API token of the person's ends with the old one."""
    form = PasswordChange(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        update_session_auth_hash(request, user)
        ended = sessions.end_other_sessions(user, reason="password changed", keep=request.session.session_key)
        changed = {"password": "changed", "other_sessions_ended": ended, "api_tokens": "ended"}
        audit.record_account(AuditEvent.Action.UPDATE, user.pk, changed)
        messages.success(
            request,
            _(
                "Your password has been changed. You have been signed out everywhere else, and your "
                "API tokens no longer work."
            ),
        )
        return redirect("account")
    return form_page(
        request, form, _("Change your password"), button=_("Change password"), back=resolve_url("account")
    )
