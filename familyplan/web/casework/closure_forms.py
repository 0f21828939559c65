"""The form a lead fills in to close a plan (seed 003), and the manager's sign-off."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from familyplan.web.casework.forms import CleanTextMixin, _area, choices_of
from familyplan.web.casework.models import Closure


class ClosureForm(CleanTextMixin, forms.Form):
    reason = forms.ChoiceField(
        label=_("Why is the plan closing?"),
        choices=choices_of(Closure, "reason"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose why the plan is closing")},
    )
    summary = _area(
        _("Final summary"),
        required=True,
        help_text=_("What has changed for the family, and why the plan can close."),
        error_messages={"required": _("Enter a final summary")},
    )
    ongoing_actions = _area(
        _("Ongoing actions for universal services"), help_text=_("For example school or health visiting.")
    )
    family_agreed = forms.BooleanField(label=_("The family agree the plan can close"), required=False)
    taf_agreed = forms.BooleanField(
        label=_("The Team Around the Family agree the plan can close"), required=False
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not data.get("family_agreed"):
            self.add_error("family_agreed", _("The family must agree before the plan is closed"))
        if not data.get("taf_agreed"):
            self.add_error("taf_agreed", _("The Team Around the Family must agree before the plan is closed"))
        return data
