"""The choices that narrow the dashboard and the outcome report: only the teams and lead
practitioners whose plans the person oversees are offered, and the whole of what they oversee is
named for what it is."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.http import Http404, HttpRequest
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts.models import Team, User
from familyplan.web.casework.forms import UKDateField
from familyplan.web.casework.models import OUTCOME_CHOICES
from familyplan.web.casework.selectors import sees_every_family, teams_overseen_by
from familyplan.web.oversight import selectors

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# Chosen from a list that offers only what the person oversees: any other value was typed into
# the address, and is answered as a record they may not see is, with "not found".
_OFFERED_ONLY = ("team", "lead")


def whole_scope(user: User) -> StrOrPromise:
    """What the person oversees when no team is chosen."""
    return _("Council-wide") if sees_every_family(user) else _("All my teams")


def _offer_teams(form: forms.Form, user: User) -> None:
    field = cast(forms.ModelChoiceField[Team], form.fields["team"])
    field.queryset = teams_overseen_by(user).order_by("name")
    field.empty_label = str(whole_scope(user))


def refuse_what_was_not_offered(form: forms.Form) -> None:
    if form.is_bound and any(name in form.errors for name in _OFFERED_ONLY):
        raise Http404


class FilterForm(forms.Form):
    team = forms.ModelChoiceField(Team.objects.none(), required=False)
    lead = forms.TypedChoiceField(coerce=int, required=False, label=_("Lead practitioner"))
    outcome = forms.ChoiceField(
        choices=[("", _("All outcomes")), *OUTCOME_CHOICES],
        required=False,
        label=_("Supporting Families outcome"),
    )
    started_from = UKDateField(label=_("Plans started from"), required=False)
    started_to = UKDateField(label=_("Plans started up to"), required=False)

    def __init__(self, data: Any = None, *, user: User) -> None:
        from familyplan.web.council.services import outcome_choices

        super().__init__(data)
        _offer_teams(self, user)
        # Names and ids only: a council has hundreds of leads, and whole user records cost time.
        leads = (
            selectors.leads_overseen_by(user)
            .order_by("first_name", "last_name", "pk")
            .values_list("pk", "first_name", "last_name", "username")
        )
        cast(forms.ChoiceField, self.fields["lead"]).choices = [("", _("All practitioners"))] + [
            (pk, f"{first} {last}".strip() or username) for pk, first, last, username in leads
        ]
        cast(forms.ChoiceField, self.fields["outcome"]).choices = [
            ("", _("All outcomes")),
            *outcome_choices(),
        ]


def dashboard_filters(request: HttpRequest, user: User) -> tuple[FilterForm, selectors.Filters]:
    """The dashboard's filters as asked for in the address; 404 for a team or a lead practitioner
    the person does not oversee."""
    form = FilterForm(request.GET or None, user=user)
    refuse_what_was_not_offered(form)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        return form, selectors.Filters(
            team=data["team"].pk if data["team"] else None,
            lead=data["lead"] or None,
            outcome=data["outcome"],
            started_from=data["started_from"],
            started_to=data["started_to"],
        )
    return form, selectors.Filters()


class PeriodForm(forms.Form):
    start = UKDateField(
        label=_("From"), error_messages={"required": _("Enter the date the report starts from")}
    )
    end = UKDateField(label=_("To"), error_messages={"required": _("Enter the date the report runs to")})
    team = forms.ModelChoiceField(Team.objects.none(), required=False)

    def __init__(self, data: Any = None, *, user: User) -> None:
        super().__init__(data)
        _offer_teams(self, user)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end of the period must be after its start"))
        return data
