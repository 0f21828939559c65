from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm, UsernameField
from django.contrib.auth.validators import ASCIIUsernameValidator
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts import people_services
from familyplan.web.accounts.models import Team, User
from familyplan.web.clean_text import CleanTextMixin, too_long


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


def _required(label: Any, message: Any, max_length: int = 150, **kwargs: Any) -> forms.CharField:
    return forms.CharField(label=label, max_length=max_length, error_messages={"required": message}, **kwargs)


class PersonForm(CleanTextMixin, forms.Form):
    """Who someone is and what they may do; ``adding`` asks for a username too. What the service
    would refuse (a username taken, a role in initials) is asked with the form's other problems,
    so the administrator meets them all at once."""

    first_name = _required(_("First name"), _("Enter their first name"))
    last_name = _required(_("Last name"), _("Enter their last name"))
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("Their work address: the link to choose a password goes to it."),
        error_messages={
            "required": _("Enter their email address"),
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
        },
        widget=forms.EmailInput(attrs={"spellcheck": "false", "autocomplete": "off"}),
    )
    job_title = forms.CharField(
        label=_("Role, written in full"),
        help_text=_('As the family would say it, for example "Family Support Worker", not "FSW".'),
        max_length=200,
        required=False,
    )
    agency = forms.CharField(label=_("Agency"), max_length=200, required=False)
    role = forms.ChoiceField(
        label=_("What they may do"),
        choices=User.Role.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what they may do")},
    )
    team = forms.ModelChoiceField(
        label=_("Team"),
        help_text=_("A manager oversees their own team's families."),
        queryset=Team.objects.order_by("name"),
        required=False,
        empty_label=_("No team"),
    )

    def __init__(self, *args: Any, adding: bool = False, person: User | None = None, **kwargs: Any) -> None:
        self.person = person
        super().__init__(*args, **kwargs)
        if adding:
            username = UsernameField(
                label=_("Username"),
                help_text=_("What they sign in with: letters, digits and @ . + - _ only."),
                max_length=150,
                validators=[ASCIIUsernameValidator(message=_("Use only letters, digits and @ . + - _"))],
                # Added after the text fields were given their plain messages: given its own.
                error_messages={"required": _("Enter a username"), "max_length": too_long(_("Username"))},
            )
            self.fields = {"username": username, **self.fields}
        else:
            # An account made elsewhere may have no address; deactivating it should not need one.
            self.fields["email"].required = False
            self.fields["is_active"] = forms.BooleanField(
                label=_("The account is active (untick when they leave)"), required=False
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        before = self.person
        email, job_title = str(data.get("email") or ""), data.get("job_title")
        problems = people_services.person_problems(
            person=before,
            username=data.get("username"),
            # What is saved already is not asked about again (people_services.person_change).
            email="" if before and email.lower() == before.email.lower() else email,
            role=str(data.get("role") or ""),
            team=data.get("team"),
            job_title=None if before and job_title == before.job_title else job_title,
        )
        for name, message in problems.items():
            if name not in self.errors:
                self.add_error(name, message)
        return data


class TeamForm(forms.Form):
    name = _required(
        _("Team name"),
        _("Enter the team's name"),
        max_length=200,
        help_text=_('As people in the council know it, for example "North Early Help Team".'),
    )
