"""Forms for the Team Around the Family: a member (linked to their account) and the lead."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts.models import User
from familyplan.web.casework.forms import TafForm
from familyplan.web.casework.models import TafMember


def account_choices() -> list[tuple[str, str]]:
    people = User.objects.filter(is_active=True).order_by("first_name", "last_name", "pk")
    return [
        (str(u.pk), ", ".join(part for part in (u.display_name, u.job_title, u.agency) if part))
        for u in people
    ]


class TafMemberForm(TafForm):
    """A practitioner in the team. The lead changes on its own page, with a check, never by a tick here."""

    account = forms.ChoiceField(
        label=_("Their account here (optional)"),
        required=False,
        help_text=_("Link their account so they can see this family and update the actions given to them."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["account"]).choices = [
            ("", _("No account linked")),
            *account_choices(),
        ]

    def member_fields(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        account = data.pop("account", "")
        data["user"] = User.objects.filter(pk=account, is_active=True).first() if account else None
        return data


class LeadChangeForm(forms.Form):
    to = forms.ChoiceField(
        label=_("Who will be the lead practitioner?"),
        widget=forms.RadioSelect,
        help_text=_("Only people with an account here can lead, so that someone can change the plan."),
        error_messages={"required": _("Choose who will be the lead practitioner")},
    )

    def __init__(self, *args: Any, members: list[TafMember], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [
            (str(m.pk), f"{m.name} ({m.role}, {m.agency})") for m in members if m.user_id and not m.is_lead
        ]
        cast(forms.ChoiceField, self.fields["to"]).choices = choices
        self.can_choose = bool(choices)  # with nobody to choose, the page says what to do first
