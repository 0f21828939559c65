"""The review form: the meeting, then progress on every action and a score for every goal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from types import SimpleNamespace
from typing import Any, cast

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from familyplan.web.casework.forms import CleanTextMixin, UKDateField, _area, _text, choices_of
from familyplan.web.casework.models import Action, FamilyMember, Goal, Plan, ProgressNote
from familyplan.web.casework.presentation import action_named, goal_named
from familyplan.web.conflicts import Conflict, conflict_of
from familyplan.web.reviews.models import Review
from familyplan.web.reviews.rules import ActionUpdate, GoalUpdate, review_problems

SCORE_HELP = _("0 means things are as bad as they could be, 10 means the goal has been reached.")


# The service's name for a part of the review, where it differs from the form's field.
_FIELD_OF_PROBLEM = {"attendees": "attendees_taf"}


class ReviewForm(CleanTextMixin, forms.Form):
    date = UKDateField(
        label=_("Date of the review"), error_messages={"required": _("Enter the date of the review")}
    )
    kind = forms.ChoiceField(
        label=_("How was the review held?"),
        choices=Review.Kind.choices,
        widget=forms.RadioSelect,
        initial=Review.Kind.MEETING,
    )
    attendees_taf = forms.MultipleChoiceField(
        label=_("Who took part?"),
        help_text=_("Tick everyone who took part, at the meeting or by sending their update."),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    attendees_other = _area(
        _("Anyone else who took part"), help_text=_("One person a line, with their role."), rows=2
    )
    apologies = _area(_("Apologies"), help_text=_("One person a line."), rows=2)
    child_views = _area(_("The child's views"), help_text=_("In their own words."))
    child_views_missing_reason = _area(_("If you do not have the child's views, say why"), rows=2)
    child_views_gathered_before = forms.BooleanField(
        label=_("The child could not attend, so their views were gathered before the review"), required=False
    )
    child_told_outcome = forms.BooleanField(
        label=_("The child has been told the outcome of the review"), required=False
    )
    contingency_reviewed = forms.BooleanField(label=_("The contingency plan was looked at"), required=False)
    contingency_note = _area(_("What was said about the contingency plan?"), rows=2)
    notes = _area(_("Anything else from the review"))
    next_review_date = UKDateField(
        label=_("Date of the next review"),
        example=42,
        error_messages={"required": _("Enter the date of the next review")},
    )
    next_review_reason = _area(
        _("If the next review is later than the review cycle, say why"),
        rows=2,
        help_text=_("Your manager will see this."),
    )

    # The fields kept on the review as they are; attendees are made from the ticks and the others.
    REVIEW_FIELDS = (
        "date",
        "kind",
        "apologies",
        "child_views",
        "child_views_missing_reason",
        "child_views_gathered_before",
        "child_told_outcome",
        "contingency_reviewed",
        "contingency_note",
        "notes",
        "next_review_date",
        "next_review_reason",
    )

    def __init__(
        self,
        *args: Any,
        goals: list[Goal],
        actions: list[Action],
        people: list[str],
        updates: Mapping[int, ProgressNote] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.goals, self.actions = goals, actions
        # Each action's latest update sent in since the last review, shown beside it.
        self.updates = updates or {}
        cast(forms.MultipleChoiceField, self.fields["attendees_taf"]).choices = [(p, p) for p in people]
        # Goal by goal, each goal's actions and then its scores, as the page asks them, so that
        # the error summary lists problems in the order a person meets them.
        for goal in goals:
            for action in actions:
                if action.goal_id == goal.pk:
                    self._action_fields(action)
            self._goal_fields(goal)
        for action in actions:
            if action.goal_id not in {goal.pk for goal in goals}:
                self._action_fields(action)
        # The page asks these after the goals and actions: the fields follow, so that the error
        # summary lists problems in the order a person meets them.
        for name in self.REVIEW_FIELDS[self.REVIEW_FIELDS.index("child_views") :]:
            self.fields[name] = self.fields.pop(name)

    def _action_fields(self, action: Action) -> None:
        progress = _area(_("Progress since the last review"), rows=2)
        if action.pk in self.updates:
            # The latest update sent in is shown above the field, and read out with it.
            progress.widget.attrs["aria-describedby"] = f"update-{action.pk}"
        self.fields[f"progress_{action.pk}"] = progress
        self.fields[f"status_{action.pk}"] = forms.ChoiceField(
            label=_("Status"), choices=choices_of(Action, "status"), initial=action.status
        )
        # The version of the action the person saw (familyplan.web.versioning).
        self.fields[f"version_{action.pk}"] = forms.IntegerField(
            widget=forms.HiddenInput, required=False, initial=action.version
        )

    def _goal_fields(self, goal: Goal) -> None:
        outcome = goal_named(goal.outcome)
        for who in ("family", "practitioners"):
            # Named, as a form with several goals has several scores that could be wrong.
            wrong = (
                _("Enter the family's score for %(goal)s, from 0 to 10")
                if who == "family"
                else _("Enter the practitioners' score for %(goal)s, from 0 to 10")
            )
            # Django fills the limit messages with their limit ("%(limit_value)s"), so a "%" in the
            # goal is doubled there to stay one; the message for a word in place of a number is not filled.
            at_limit = wrong % {"goal": outcome.replace("%", "%%")}
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
                    "min_value": at_limit,
                    "max_value": at_limit,
                    "invalid": wrong % {"goal": outcome},
                },
            )
        self.fields[f"no_score_{goal.pk}"] = _text(_("If there is no score, say why"), required=False)
        self.fields[f"achieved_{goal.pk}"] = forms.BooleanField(
            label=_("This goal has been achieved"), required=False
        )
        self.fields[f"goal_version_{goal.pk}"] = forms.IntegerField(
            widget=forms.HiddenInput, required=False, initial=goal.version
        )

    def updates_on_finished(self) -> list[ProgressNote]:
        """Updates sent in on actions the review no longer asks about (done or stopped since)."""
        return [note for pk, note in self.updates.items() if pk not in {a.pk for a in self.actions}]

    def day_sent(self) -> dt.date | None:
        """The date of the review as sent, when it could be read."""
        if not self.is_bound:
            return None
        self.is_valid()  # cleans the form, once
        day = self.cleaned_data.get("date")
        return day if isinstance(day, dt.date) else None

    def review_fields(self) -> dict[str, Any]:
        data = self.cleaned_data
        fields = {name: data[name] for name in self.REVIEW_FIELDS}
        ticked = list(data.get("attendees_taf") or [])
        fields["attendees"] = "\n".join([*ticked, *Plan.lines(data.get("attendees_other", ""))])
        return fields

    def action_updates(self) -> list[ActionUpdate]:
        data = self.cleaned_data
        return [
            ActionUpdate(a, data[f"progress_{a.pk}"], data[f"status_{a.pk}"], data[f"version_{a.pk}"])
            for a in self.actions
        ]

    def goal_updates(self) -> list[GoalUpdate]:
        data = self.cleaned_data
        return [
            GoalUpdate(
                g,
                data[f"family_{g.pk}"],
                data[f"practitioners_{g.pk}"],
                data[f"achieved_{g.pk}"],
                data[f"no_score_{g.pk}"],
                data[f"goal_version_{g.pk}"],
            )
            for g in self.goals
        ]

    def add_problems(self, problems: dict[str, Any]) -> None:
        """Show the service's refusals beside the parts of the form they concern: a part that
        already shows an error of its own keeps that one, so it is not told two things at once."""
        for part, message in problems.items():
            name = _FIELD_OF_PROBLEM.get(part, part)
            if name.startswith("score_"):
                goal = name.removeprefix("score_")
                # The link leads to the score still to give: the practitioners' when the family's is in.
                family_given = self.cleaned_data.get(f"family_{goal}") is not None
                name = ("practitioners_" if family_given else "family_") + goal
                if f"practitioners_{goal}" in self.errors or f"family_{goal}" in self.errors:
                    continue  # one of the goal's scores already says what is wrong
            if name in self.errors:
                continue
            self.add_error(name if name in self.fields else None, message)

    def guidance_problems(self, plan: Plan, today: dt.date) -> dict[str, Any]:
        """What the guidance would still refuse in the parts that were filled in well, so a form
        sent back for one wrong field shows everything left to do at once, not in two rounds."""
        data = self.cleaned_data
        fields = {name: data.get(name) for name in self.REVIEW_FIELDS}
        ticked = list(data.get("attendees_taf") or [])
        fields["attendees"] = "\n".join([*ticked, *Plan.lines(data.get("attendees_other") or "")])
        actions = [ActionUpdate(a, data.get(f"progress_{a.pk}") or "", a.status) for a in self.actions]
        goals = [
            GoalUpdate(
                g,
                data.get(f"family_{g.pk}"),
                data.get(f"practitioners_{g.pk}"),
                False,
                data.get(f"no_score_{g.pk}") or "",
            )
            for g in self.goals
        ]
        return review_problems(plan=plan, fields=fields, actions=actions, goals=goals, today=today)

    def goal_groups(self) -> list[dict[str, Any]]:
        """Each goal with its own actions under it, in the plan's order: each action once."""
        return [
            {
                "goal": g,
                "family": self[f"family_{g.pk}"],
                "practitioners": self[f"practitioners_{g.pk}"],
                "no_score": self[f"no_score_{g.pk}"],
                "achieved": self[f"achieved_{g.pk}"],
                "actions": [
                    {
                        "action": a,
                        "progress": self[f"progress_{a.pk}"],
                        "status": self[f"status_{a.pk}"],
                        "update": self.updates.get(a.pk),
                    }
                    for a in self.actions
                    if a.goal_id == g.pk
                ],
            }
            for g in self.goals
        ]


class ViewsLinkForm(CleanTextMixin, forms.Form):
    person = forms.ChoiceField(
        label=_("Who is the link for?"),
        required=False,
        help_text=_("Choosing a child from the family means what they send counts as the child's views."),
    )
    for_name = _text(
        _("Or write who the link is for"),
        required=False,
        help_text=_("For someone not on the family's record, for example Mum, for Tobi."),
    )

    def __init__(self, *args: Any, members: Sequence[FamilyMember] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.members = {str(m.pk): m for m in members}
        person = cast(forms.ChoiceField, self.fields["person"])
        person.choices = [("", _("Choose a family member")), *((k, str(m)) for k, m in self.members.items())]

    def clean(self) -> dict[str, Any]:
        """The link is for one person: chosen from the family's record or written, never both."""
        data = super().clean()
        member = self.members.get(data.get("person") or "")
        written = str(data.get("for_name") or "").strip()
        if member is not None and written:
            self.add_error("for_name", _("Choose a family member or write a name, not both"))
        elif member is None and not written:
            self.add_error("person", _("Choose who the link is for, or write their name"))
        return {"for_member": member, "for_name": written}


def actions_asked(data: QueryDict) -> set[int]:
    """The actions a review form sent asked progress on (by their fields' names)."""
    return {int(pk) for name in data if (pk := name.removeprefix("progress_")) != name and pk.isdigit()}


def review_conflict(form: ReviewForm, changed: list[Action | Goal]) -> Conflict:
    """Each action or goal someone else changed while the review was written: theirs and yours."""
    rows = []
    saved: object
    for record in changed:
        if isinstance(record, Goal):
            name, saved = f"achieved_{record.pk}", record.status == "achieved"
            label = _("Achieved: %(goal)s") % {"goal": goal_named(record.outcome)}
        else:
            name, saved = f"status_{record.pk}", record.status
            label = _("Status of %(action)s") % {"action": action_named(record.how)}
        saved_values = SimpleNamespace(**{name: saved})
        rows += conflict_of("", form, saved_values, [name], form.cleaned_data, {name: str(label)}).rows
    return Conflict(what=str(_("actions or goals in this plan")), rows=rows)


def after_review_conflict(data: QueryDict, changed: list[Action | Goal]) -> QueryDict:
    """What the person sent, now based on the versions someone else saved."""
    data = data.copy()
    for record in changed:
        data[f"{'goal_' if isinstance(record, Goal) else ''}version_{record.pk}"] = str(record.version)
    return data
