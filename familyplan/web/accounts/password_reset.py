"""Resetting a forgotten password by email: Django's own views, in GOV.UK pages.

The person gives their email address; if it belongs to an active account, a link that works once,
for PASSWORD_RESET_TIMEOUT, is sent to it. The page says the same whether or not the address is
known. Links asked for are limited, per email address and per client address (familyplan.plan.limits:
reset_emails, reset_requests), so nobody can flood a person's inbox or probe many addresses; the
limits count every request alike, known address or not. Setting the new password ends every session
and API token of the person's.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import views as auth_views
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts import services, sessions
from familyplan.web.accounts.forms import PASSWORDS_DIFFER, name_the_new_password_fields
from familyplan.web.security import client_address


class ResetRequestForm(auth_forms.PasswordResetForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        email = self.fields["email"]  # Django's: at most 254 characters, filled in as an email address
        email.label = _("Email address")
        email.help_text = _("The email address your account was set up with.")
        email.error_messages["required"] = _("Enter your email address")
        email.error_messages["invalid"] = _(
            "Enter an email address in the correct format, like name@example.com"
        )
        email.widget.attrs["spellcheck"] = "false"


class NewPasswordForm(auth_forms.SetPasswordForm):  # type: ignore[type-arg]
    error_messages = {**auth_forms.SetPasswordForm.error_messages, "password_mismatch": PASSWORDS_DIFFER}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        name_the_new_password_fields(self)


class ResetRequestView(auth_views.PasswordResetView):
    form_class = ResetRequestForm
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("password-reset-sent")

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            services.password_reset_ask(email=form.cleaned_data["email"], client=client_address(self.request))
        except services.TooManyResets as refused:
            form.add_error("email", refused.message)
            response = self.form_invalid(form)
            response.status_code = 429
            response["Retry-After"] = str(refused.retry_after)
            return response
        # The link is made from the configured address, never from the request's Host header.
        self.extra_email_context = {
            "base_url": settings.BASE_URL.rstrip("/"),
            "service_name": settings.SERVICE_NAME,
            "hours": max(1, settings.PASSWORD_RESET_TIMEOUT // 3600),
        }
        return super().form_valid(form)


class ResetSentView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_sent.html"


class NewPasswordView(auth_views.PasswordResetConfirmView):
    """The link emailed for a forgotten password, and to a new person for their first one: someone
    who has never signed in has no other sessions or tokens to be told about."""

    form_class = NewPasswordForm
    template_name = "accounts/password_reset_new.html"
    success_url = reverse_lazy("password-reset-done")

    def _first_password(self) -> bool:
        user = getattr(self, "user", None)
        return user is not None and user.last_login is None

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {**super().get_context_data(**kwargs), "first_password": self._first_password()}

    def form_valid(self, form: Any) -> HttpResponse:
        first = self._first_password()
        response = super().form_valid(form)
        sessions.end_after_reset(form.user)
        if first:
            return redirect(f"{reverse('password-reset-done')}?{FIRST}")
        return response


# The done page's address for a first password: it says nothing of who chose it.
FIRST = "first"


class ResetDoneView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_done.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {**super().get_context_data(**kwargs), "first_password": FIRST in self.request.GET}
