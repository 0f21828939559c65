"""The council settings page for administrators: change, preview the checker, save on the record."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import yaml
from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from familyplan.plan.models import OUTCOME_LABELS
from familyplan.smart import Kind, SettingsError, check_statement
from familyplan.web.accounts import permissions
from familyplan.web.clean_text import too_long
from familyplan.web.conflicts import conflict_of, form_after_conflict
from familyplan.web.council import services
from familyplan.web.council.models import CouncilSettings
from familyplan.web.versioning import StaleVersionError

FIELDS = [
    "council_name",
    "contact_line",
    "procedures_url",
    "early_help_weeks",
    "early_help_latest_weeks",
    "my_plan_weeks",
    "interim_days",
]
EXAMPLE_HINT = (
    "YAML, for example:\ndisabled: [action-too-short]\nwords:\n  action-purposeless-verb: [chase]\n"
    "acronyms:\n  EHCO: Early Help Coordinator"
)


class SettingsForm(forms.ModelForm[CouncilSettings]):
    checker_settings = forms.CharField(
        label=_("Checker settings"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=EXAMPLE_HINT,
    )
    example = forms.CharField(
        label=_("Example statement to check"),
        required=False,
        max_length=2000,
        help_text=_("See what the checker says with these settings before you save them."),
    )
    example_kind = forms.ChoiceField(
        label=_("The example is"),
        choices=[(k.value, k.value) for k in Kind],
        error_messages={
            "required": _("Choose what kind of statement the example is"),
            "invalid_choice": _("Choose what kind of statement the example is"),
        },
    )
    # The version of the settings the administrator opened (familyplan.web.versioning).
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    class Meta:
        model = CouncilSettings
        fields = FIELDS
        # Each message names its field: a number left out or mistyped asks for that number.
        error_messages = {
            "council_name": {"required": _("Enter the council's name")},
            "procedures_url": {
                "invalid": _(
                    "Enter the link to the council's procedures as a web address, "
                    "like https://www.example.gov.uk/early-help"
                )
            },
            **{
                name: {"required": message, "invalid": message}
                for name, message in (
                    (
                        "early_help_weeks",
                        _("Enter how many weeks after a review the next Early Help review is proposed"),
                    ),
                    (
                        "early_help_latest_weeks",
                        _("Enter how many weeks after a review an Early Help review is overdue"),
                    ),
                    ("my_plan_weeks", _("Enter how many weeks apart My Plan reviews are")),
                    ("interim_days", _("Enter how many days apart interim safety plan reviews are")),
                )
            },
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        labels = (self.instance.outcome_labels or {}) if self.instance else {}
        for code, name in OUTCOME_LABELS.items():
            # Named as the programme guide names it, whatever wording the council gives it.
            self.fields[f"outcome_{code.value}"] = forms.CharField(
                label=name,
                initial=labels.get(code.value) or name,
                max_length=200,
                help_text=_("Stable code: %(code)s") % {"code": code.value},
                error_messages={
                    "required": _("Enter the wording for “%(outcome)s”") % {"outcome": name},
                    "max_length": too_long(name),
                },
            )
        for field, (high, what) in _RANGES.items():
            # One message for a number out of range, naming the range, in place of Django's own
            # "greater than or equal to 0" beside it.
            self.fields[field].validators = [_between(1, high, what)]
        # In the order of the page, so that the error summary lists the problems in that order.
        self.order_fields([*self.saved_fields(), "example", "example_kind"])

    def clean_checker_settings(self) -> str:
        text: str = self.cleaned_data["checker_settings"]
        try:
            self.catalogue = services.catalogue_from(text)
        except yaml.YAMLError as error:
            raise forms.ValidationError(
                _("The checker settings are not valid YAML: %(error)s") % {"error": error}
            ) from error
        except SettingsError as error:
            raise forms.ValidationError(
                _("The checker settings cannot be used: %(error)s") % {"error": error}
            ) from error
        return text

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if (data.get("early_help_latest_weeks") or 0) < (data.get("early_help_weeks") or 0):
            self.add_error("early_help_latest_weeks", _("A review cannot be overdue before it is proposed"))
        return data

    def outcome_labels(self) -> dict[str, str]:
        return {code.value: self.cleaned_data[f"outcome_{code.value}"] for code in OUTCOME_LABELS}

    def saved_fields(self) -> list[str]:
        """The fields a save writes, in the order of the page."""
        return [*FIELDS, *(f"outcome_{code.value}" for code in OUTCOME_LABELS), "checker_settings"]

    def values_of(self, council: CouncilSettings) -> SimpleNamespace:
        """The saved settings under this form's field names, to set beside what was typed."""
        labels = council.outcome_labels or {}
        outcomes = {f"outcome_{c.value}": labels.get(c.value) or d for c, d in OUTCOME_LABELS.items()}
        return SimpleNamespace(
            **{n: getattr(council, n) for n in FIELDS}, **outcomes, checker_settings=council.checker_settings
        )


# Each cycle's limits, and what its error message calls it.
_RANGES = {
    "early_help_weeks": (26, _("The weeks before an Early Help review is proposed")),
    "early_help_latest_weeks": (26, _("The weeks before an Early Help review is overdue")),
    "my_plan_weeks": (26, _("The weeks between My Plan reviews")),
    "interim_days": (28, _("The days between interim safety plan reviews")),
}


def _between(low: int, high: int, what: Any) -> Any:
    def check(value: int) -> None:
        if not low <= value <= high:
            raise forms.ValidationError(
                _("%(what)s must be between %(low)d and %(high)d") % {"what": what, "low": low, "high": high}
            )

    return check


@permissions.asks(permissions.SETTINGS)
@permissions.signed_in
def council_settings(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    permissions.require(user, permissions.SETTINGS)
    current = services.current()
    initial = {
        "checker_settings": current.checker_settings,
        "example_kind": "action",
        "version": services.version_opened(current),
    }
    form = SettingsForm(request.POST or None, instance=current, initial=initial)
    preview, conflict = None, None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if "preview" in request.POST:
            preview = check_statement(data["example"], data["example_kind"], catalogue=form.catalogue)
        else:
            try:
                services.settings_save(
                    by=user,
                    version=data["version"],
                    **{name: data[name] for name in FIELDS},
                    outcome_labels=form.outcome_labels(),
                    checker_settings=data["checker_settings"],
                )
            except StaleVersionError as stale:
                saved = form.values_of(stale.current)
                what = gettext("the council settings")
                conflict = conflict_of(what, form, saved, form.saved_fields(), data)
                form = form_after_conflict(form, request.POST.dict(), stale.current, instance=stale.current)
            else:
                messages.success(
                    request,
                    _(
                        "The council settings have been saved. Each plan is checked again when it is "
                        "next opened, and every live plan at the next daily refresh."
                    ),
                )
                return redirect("council-settings")
    return render(
        request,
        "council/settings.html",
        {"form": form, "preview": preview, "conflict": conflict},
        status=409 if conflict else 200,
    )
