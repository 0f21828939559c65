"""The forms about when a plan starts: starting one, and correcting a mistyped start date."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from familyplan.web.casework.forms import CleanTextMixin, UKDateField, VersionMixin, _area, choices_of
from familyplan.web.casework.models import Plan


class PlanStartForm(forms.Form):
    plan_type = forms.ChoiceField(
        label=_("What kind of plan is this?"),
        choices=choices_of(Plan, "plan_type"),
        widget=forms.RadioSelect,
        initial="early_help",
    )
    started_on = UKDateField(
        label=_("Date the plan starts"),
        initial=timezone.localdate,
        error_messages={"required": _("Enter the date the plan starts")},
    )


class PlanStartCorrectionForm(CleanTextMixin, VersionMixin):
    started_on = UKDateField(
        label=_("Date the plan started"),
        error_messages={"required": _("Enter the date the plan started")},
    )
    # Not required here: the service asks for the reason together with its rules for the date,
    # so a missing reason and a wrong date are both shown on the first try.
    reason = _area(
        _("Why is the date being corrected?"),
        required=False,
        help_text=_("For example, the year was mistyped. This is kept with the change."),
    )
