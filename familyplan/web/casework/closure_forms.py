"""The forms a lead fills in to close a plan (seed 003), and the manager's sign-off."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from familyplan.web.casework.forms import CleanTextMixin, _area, choices_of
from familyplan.web.casework.models import Closure, Goal


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
    goals_achieved = forms.MultipleChoiceField(
        label=_("Which goals have been achieved?"),
        help_text=_(
            "Tick each goal the family have achieved. They are marked achieved when a manager signs off "
            "the closure and the plan closes."
        ),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    no_goal_achieved_reason = _area(
        _("If no goal has been marked achieved, say why the outcomes have been achieved"),
        rows=2,
        help_text=_("Only when the plan closes because its outcomes were achieved."),
    )
    ongoing_actions = _area(
        _("Ongoing actions for universal services"), help_text=_("For example school or health visiting.")
    )
    family_agreed = forms.BooleanField(
        label=_("The family agree the plan can close"),
        help_text=_("Not asked when the family withdrew consent."),
        required=False,
    )
    taf_agreed = forms.BooleanField(
        label=_("The Team Around the Family agree the plan can close"), required=False
    )

    def __init__(self, *args: Any, open_goals: Sequence[Goal] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if open_goals:
            goals = cast(forms.MultipleChoiceField, self.fields["goals_achieved"])
            goals.choices = [(str(g.pk), g.outcome) for g in open_goals]
        else:
            del self.fields["goals_achieved"]  # nothing left open to achieve

    def add_problems(self, problems: Mapping[str, object]) -> None:
        for name, message in problems.items():
            if name not in self.errors:  # a question is told one thing at a time
                self.add_error(name if name in self.fields else None, str(message))


class SignOffForm(CleanTextMixin, forms.Form):
    comment = _area(
        _("Your comment"),
        rows=3,
        help_text=_("Needed if you return the closure to the lead practitioner: say what they need to do."),
    )

    def add_problems(self, problems: Mapping[str, object]) -> None:
        for name, message in problems.items():
            self.add_error(name if name in self.fields else None, str(message))
