"""The goal form: what the family want to achieve, the outcome it answers, who it is for and
whether it still applies."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from familyplan.web.casework import rules
from familyplan.web.casework.forms import VersionedForm, _area, _text, ask, choices_of
from familyplan.web.casework.models import OUTCOME_CHOICES, Goal


class GoalForm(VersionedForm):
    smart_fields = {"outcome": "outcome"}
    outcome = _area(
        _("What do we want to achieve?"),
        required=True,
        rows=3,
        help_text=_(
            "Say what will be different for the child, in the family's words, and how you will know."
        ),
        error_messages={"required": _("Enter what you want to achieve")},
    )
    supporting_families_outcome = forms.ChoiceField(
        label=_("Supporting Families outcome"),
        choices=[("", "Choose an outcome"), *OUTCOME_CHOICES],
        error_messages={"required": _("Choose the Supporting Families outcome this goal answers")},
    )
    measure_of_success = _area(_("How will we know it has worked?"), rows=2)
    need = _text(_("Which need does this answer? (optional)"), max_length=1000, required=False)
    term = forms.ChoiceField(
        label=_("Is this a short, medium or long-term goal?"),
        required=False,
        choices=[("", "Not set"), *choices_of(Goal, "term")],
    )

    status = forms.ChoiceField(
        label=_("Status"),
        choices=choices_of(Goal, "status"),
        required=False,
        help_text=_(
            "Stop a goal that no longer applies: it stays on the plan's record, marked stopped. "
            "A goal is marked achieved at a review, or when the plan closes."
        ),
    )

    children = forms.MultipleChoiceField(
        label=_("Which children is this goal for? (optional)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The checker uses their dates of birth to see whether a child turns 18 during the plan."),
    )

    def __init__(
        self, *args: Any, status_before: str | None = None, children: Iterable[str] = (), **kwargs: Any
    ) -> None:
        from familyplan.web.council.services import outcome_choices

        super().__init__(*args, **kwargs)
        names = list(children)
        if names:
            cast(forms.MultipleChoiceField, self.fields["children"]).choices = [(n, n) for n in names]
        else:
            del self.fields["children"]  # a family with no child recorded yet
        cast(forms.ChoiceField, self.fields["supporting_families_outcome"]).choices = [
            ("", "Choose an outcome"),
            *outcome_choices(),
        ]
        self.status_before = status_before
        if status_before is None:
            del self.fields["status"]  # a new goal is open

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if "status" in self.fields and not data.get("status"):
            data["status"] = self.status_before
        ask(self, rules.goal_problems(data, status_before=self.status_before))
        return data
