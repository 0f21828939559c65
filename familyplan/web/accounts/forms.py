from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        help_text=_("The 6-digit code the app shows now, for example 123456"),
        max_length=20,
        error_messages={
            "required": _("Enter the 6-digit code from your authenticator app"),
            "max_length": _("Enter the 6-digit code from your authenticator app"),
        },
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code"}),
    )


class SignInForm(AuthenticationForm):
    """Django's sign-in, with messages that name the field to fill in. A wrong username and a wrong
    password get the same message, so the form never tells anyone which usernames exist."""

    error_messages = {
        "invalid_login": _("The username or password is not right. Check them and try again."),
        "inactive": _("The username or password is not right. Check them and try again."),
    }

    def __init__(self, request: HttpRequest | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(request, *args, **kwargs)
        self.fields["username"].error_messages["required"] = _("Enter your username")
        self.fields["password"].error_messages["required"] = _("Enter your password")


PASSWORDS_DIFFER = _("The two new passwords are not the same. Enter the same password in both fields")


def name_the_new_password_fields(form: forms.Form) -> None:
    """A new password typed twice (a reset or a change), each field saying what to fill in."""
    form.fields["new_password1"].label = _("New password")
    form.fields["new_password1"].help_text = _(
        "At least 12 characters. A few words you will remember work well."
    )
    form.fields["new_password1"].error_messages["required"] = _("Enter a new password")
    form.fields["new_password2"].label = _("Confirm the new password")
    form.fields["new_password2"].help_text = ""
    form.fields["new_password2"].error_messages["required"] = _("Enter the new password again")


class PasswordChange(PasswordChangeForm):
    """Django's change of password, each field's message naming what to fill in."""

    error_messages = {
        **PasswordChangeForm.error_messages,
        "password_incorrect": _("Your current password is not right. Enter it again"),
        "password_mismatch": PASSWORDS_DIFFER,
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = _("Current password")
        self.fields["old_password"].error_messages["required"] = _("Enter your current password")
        name_the_new_password_fields(self)
