"""Pages for a family's record itself: its details and language, its team, and a legal hold."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from familyplan.plan.models import SHORT_TEXT_CHARS
from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import Team
from familyplan.web.casework import references, selectors
from familyplan.web.casework.family_names import FamilyNameMixin, family_name_field
from familyplan.web.casework.family_record import family_details_change, family_team_change, legal_hold_set
from familyplan.web.casework.forms import CleanTextMixin, ask
from familyplan.web.casework.models import Family
from familyplan.web.casework.services import Refused
from familyplan.web.pages import family_form_page


class FamilyDetailsForm(CleanTextMixin, FamilyNameMixin):
    family_name = family_name_field()
    reference = forms.CharField(label=_("Case reference (optional)"), max_length=50, required=False)
    address_area = forms.CharField(label=_("Area (optional)"), max_length=SHORT_TEXT_CHARS, required=False)
    language = forms.ChoiceField(
        label=_("The family's language"),
        choices=Family.Language.choices,
        widget=forms.RadioSelect,
        help_text=_("The family's copy of the plan, its PDF and the views pages are in this language."),
    )


class LegalHoldForm(CleanTextMixin, forms.Form):
    legal_hold = forms.BooleanField(
        label=_("Keep this family's record under a legal hold"),
        required=False,
        help_text=_(
            "While it is held, the record is kept past the retention period, "
            "for example while proceedings are open."
        ),
    )
    reason = forms.CharField(
        label=_("Why is the hold being placed or lifted?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Enter why the hold is being placed or lifted")},
    )


class TeamForm(CleanTextMixin, forms.Form):
    team = forms.ModelChoiceField(
        Team.objects.order_by("name"),
        label=_("Which team should the family be with?"),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": _("Choose the team"), "invalid_choice": _("Choose one of the teams")},
        help_text=_("That team's manager will oversee the plan: its dashboard, supervision and sign-off."),
    )
    reason = forms.CharField(
        label=_("Why is the family moving team?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Enter why the family is moving team")},
    )


def _family(request: HttpRequest, family_id: int) -> Family:
    return selectors.family_get(request.user, family_id)  # type: ignore[arg-type]


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def family_details(request: HttpRequest, family_id: int) -> HttpResponse:
    family = _family(request, family_id)
    permissions.require(request.user, permissions.PLAN_CHANGE, family)
    initial = {f: getattr(family, f) for f in FamilyDetailsForm.base_fields}
    form = FamilyDetailsForm(request.POST or None, initial=initial)
    holder: dict[str, Any] = {}
    if request.method == "POST" and form.is_valid():
        try:
            family_details_change(family=family, by=request.user, **form.cleaned_data)  # type: ignore[arg-type]
        except Refused as refused:
            # Asked before the error is shown, which takes the reference out of what was cleaned.
            reference = form.cleaned_data["reference"]
            holder = references.holder_link(reference, request.user, but=family)  # type: ignore[arg-type]
            ask(form, refused.problems)
        else:
            messages.success(request, _("The family's details have been saved."))
            return redirect("family", family_id=family.pk)
    return family_form_page(request, family, form, _("Family details"), **holder)


@permissions.asks(permissions.FAMILY_VIEW, permissions.LEGAL_HOLD)
@permissions.signed_in
def legal_hold(request: HttpRequest, family_id: int) -> HttpResponse:
    family = _family(request, family_id)
    permissions.require(request.user, permissions.LEGAL_HOLD, family)
    form = LegalHoldForm(request.POST or None, initial={"legal_hold": family.legal_hold})
    if request.method == "POST" and form.is_valid():
        data: dict[str, Any] = form.cleaned_data
        legal_hold_set(family=family, by=request.user, on=data["legal_hold"], reason=data["reason"])  # type: ignore[arg-type]
        if data["legal_hold"]:
            messages.success(request, _("The record is under a legal hold: retention will not remove it."))
        else:
            messages.success(
                request, _("The legal hold is lifted: the record follows the retention period again.")
            )
        return redirect("family", family_id=family.pk)
    return family_form_page(request, family, form, _("Legal hold"), button=_("Save"))


@permissions.asks(permissions.FAMILY_VIEW, permissions.FAMILY_MOVE)
@permissions.signed_in
def family_team(request: HttpRequest, family_id: int) -> HttpResponse:
    family = _family(request, family_id)
    permissions.require(request.user, permissions.FAMILY_MOVE, family)
    form = TeamForm(request.POST or None, initial={"team": family.team_id})
    if request.method == "POST" and form.is_valid():
        data: dict[str, Any] = form.cleaned_data
        moved = family_team_change(family=family, by=request.user, team=data["team"], reason=data["reason"])  # type: ignore[arg-type]
        messages.success(
            request,
            _("The family is now with %(team)s. Its manager oversees the plan.") % {"team": data["team"]},
        )
        if not permissions.can(request.user, permissions.FAMILY_VIEW, moved):
            return redirect("families")  # moved beyond what this person needs to know
        return redirect("family", family_id=family.pk)
    return family_form_page(request, family, form, _("Move to another team"), button=_("Move the family"))
