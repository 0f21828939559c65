"""The review form: the meeting, then progress on every action and a score for every goal."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from familyplan.web.casework.forms import CleanTextMixin, UKDateField, _area, _text, choices_of
from familyplan.web.casework.models import Action, Goal
from familyplan.web.reviews.models import Review

SCORE_HELP = _("0 means things are as bad as they could be, 10 means the goal has been reached.")


class ReviewForm(CleanTextMixin, forms.Form):
    date = UKDateField(label=_("Date of the review"))
    kind = forms.ChoiceField(
        label=_("How was the review held?"),
        choices=Review.Kind.choices,
        widget=forms.RadioSelect,
        initial=Review.Kind.MEETING,
    )
    attendees = _area(_("Who took part?"), help_text=_("One person a line, with their role."))
    apologies = _area(_("Apologies"), help_text=_("One person a line."))
    child_views = _area(_("The child's views"), help_text=_("In their own words."))
    child_views_gathered_before = forms.BooleanField(
        label=_("The child could not attend, so their views were gathered before the review"), required=False
    )
    child_told_outcome = forms.BooleanField(
        label=_("The child has been told the outcome of the review"), required=False
    )
    contingency_reviewed = forms.BooleanField(label=_("The contingency plan was looked at"), required=False)
    contingency_note = _area(_("What was said about the contingency plan?"), rows=2)
    notes = _area(_("Anything else from the review"))
    next_review_date = UKDateField(label=_("Date of the next review"))

    def __init__(self, *args: Any, goals: list[Goal], actions: list[Action], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.goals, self.actions = goals, actions
        for action in actions:
            self.fields[f"progress_{action.pk}"] = _area(
                _("Progress on: %(action)s") % {"action": action.how}, rows=2
            )
            self.fields[f"status_{action.pk}"] = forms.ChoiceField(
                label=_("Status of: %(action)s") % {"action": action.how},
                choices=choices_of(Action, "status"),
                initial=action.status,
            )
        for goal in goals:
            for who in ("family", "practitioners"):
                self.fields[f"{who}_{goal.pk}"] = forms.IntegerField(
                    label=(
                        _("Score from the family (0 to 10)")
                        if who == "family"
                        else _("Score from the practitioners (0 to 10)")
                    ),
                    min_value=0,
                    max_value=10,
                    required=False,
                    error_messages={
                        "min_value": _("Enter a score from 0 to 10"),
                        "max_value": _("Enter a score from 0 to 10"),
                        "invalid": _("Enter a score from 0 to 10, as a whole number"),
                    },
                )
            self.fields[f"achieved_{goal.pk}"] = forms.BooleanField(
                label=_("This goal has been achieved"), required=False
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        day, next_day = data.get("date"), data.get("next_review_date")
        if day and next_day and next_day <= day:
            self.add_error("next_review_date", _("The next review must be after this one"))
        if data.get("child_views_gathered_before") and not data.get("child_views"):
            self.add_error(
                "child_views", _("Write down the child's views that were gathered before the review")
            )
        return data

    def action_rows(self) -> list[dict[str, Any]]:
        return [
            {"action": a, "progress": self[f"progress_{a.pk}"], "status": self[f"status_{a.pk}"]}
            for a in self.actions
        ]

    def goal_rows(self) -> list[dict[str, Any]]:
        return [
            {
                "goal": g,
                "family": self[f"family_{g.pk}"],
                "practitioners": self[f"practitioners_{g.pk}"],
                "achieved": self[f"achieved_{g.pk}"],
            }
            for g in self.goals
        ]


class ViewsLinkForm(CleanTextMixin, forms.Form):
    for_name = _text(
        _("Who is the link for?"),
        help_text=_("The parent or young person's name."),
        error_messages={"required": _("Enter the name of the person the link is for")},
    )
