"""Forms for families and plans, with the checks a practitioner would expect on bad input."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from familyplan.plan import limits
from familyplan.plan.models import SHORT_TEXT_CHARS
from familyplan.plan.parsing import MONTHS
from familyplan.smart import Context, check_statement, known_names
from familyplan.web.casework import rules
from familyplan.web.casework.date_examples import with_dates
from familyplan.web.casework.date_input import DateOfBirthField
from familyplan.web.casework.family_names import FamilyNameMixin, family_name_field
from familyplan.web.casework.models import Action
from familyplan.web.casework.owners import FAMILY_NAMES_APART, Owner, owner_choices
from familyplan.web.clean_text import CleanTextMixin as CleanTextMixin
from familyplan.web.conflicts import VersionMixin as VersionMixin

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def _enter_the(label: StrOrPromise) -> str:
    """What to say when a date is left out, from its label: "End date" asks "Enter the end date",
    "Date of the supervision" "Enter the date of the supervision". A label that is not the date's
    name ("From", a question) needs a message of its own."""
    name = str(label)
    if not name[:2].isupper():  # an acronym keeps its capitals
        name = name[:1].lower() + name[1:]
    return gettext("Enter the %(date)s") % {"date": name}


enter_the = lazy(_enter_the, str)


_WRITTEN_OUT = re.compile(
    r"\s*(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+([a-z]+)\.?,?\s+(\d{4})\s*", re.IGNORECASE
)


def written_out(value: str) -> str:
    """A date written with its month's name, as people write one ("3 March 2015", "3rd Sept
    2015"), in the digits a date field reads (3/3/2015); anything else as it came."""
    found = _WRITTEN_OUT.fullmatch(value)
    month = MONTHS.get(found[2].lower()) if found else None
    return f"{found[1]}/{month}/{found[3]}" if found and month else value


class UKDateField(forms.DateField):
    """A date written day first. ``example`` is the date the hint gives, in days from today:
    0 for a day that has come (a review held), later for one to come, earlier for a birthday."""

    widget = forms.DateInput(format="%d/%m/%Y")

    def __init__(self, *args: Any, example: int = 0, **kwargs: Any) -> None:
        kwargs.setdefault("help_text", with_dates(_("For example, %(day)s"), day=example))
        kwargs["error_messages"] = {
            "invalid": with_dates(_("Enter a real date, day first, for example %(day)s"), day=example),
            # Named, as every other field's message is: a form may ask for two dates.
            "required": enter_the(kwargs.get("label", _("date"))),
            **kwargs.get("error_messages", {}),
        }
        kwargs.setdefault("input_formats", ["%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d"])
        super().__init__(*args, **kwargs)

    def to_python(self, value: Any) -> dt.date | None:
        day = super().to_python(written_out(value) if isinstance(value, str) else value)
        if day is not None and not dt.date(1900, 1, 1) <= day <= dt.date(2100, 12, 31):
            raise ValidationError(_("Enter a date between 1900 and 2100"))
        return day


def ask(form: forms.Form, problems: Mapping[str, Any]) -> None:
    """Show the rules' problems (casework.rules) beside their fields; a field already refused for
    its own reason (left empty, say) keeps just that one."""
    for name, message in problems.items():
        if name not in form.errors:
            form.add_error(name if name in form.fields else None, str(message))


class SmartForm(CleanTextMixin, forms.Form):
    """A form whose statements are checked against the SMART guidance when submitted."""

    smart_fields: dict[str, str] = {}

    def family_knows(self) -> frozenset[str]:
        """The names the family knows its own people by, for a who cell (none by default)."""
        return frozenset()

    @cached_property
    def smart_findings(self) -> dict[str, list[Any]]:
        """The checker on each statement sent, only when the form is shown again (a saved one is not)."""
        from familyplan.web.council.services import catalogue

        found: dict[str, list[Any]] = {}
        if self.is_bound:
            rules = catalogue()
            context = Context()
            if self.smart_fields.get("how") == "action":
                who = self.data.get(self.add_prefix("who"), "") or self.data.get(
                    self.add_prefix("person"), ""
                )
                context = Context(who=str(who), when=str(self.data.get(self.add_prefix("when"), "")))
            knows = Context(family_knows=self.family_knows())
            today = day_to_judge_dates(str(self.data.get(self.add_prefix("status"), "")))
            for name, kind in self.smart_fields.items():
                text = str(self.data.get(self.add_prefix(name), ""))
                found[name] = (
                    check_statement(
                        text,
                        kind,
                        today=today,
                        catalogue=rules,
                        context=context if kind == "action" else knows if kind == "who" else Context(),
                    )
                    if text.strip()
                    else []
                )
        return found


def day_to_judge_dates(status: str) -> dt.date | None:
    """Today, so a date typed that has already passed is said before saving; none for work marked
    done or stopped, whose dates are history."""
    return None if status in ("done", "stopped") else timezone.localdate()


def choices_of(model: Any, name: str) -> list[tuple[Any, Any]]:
    """A model field's choices (labels still to be translated), for a form field."""
    return list(model._meta.get_field(name).flatchoices)


def _text(
    label: StrOrPromise, max_length: int = SHORT_TEXT_CHARS, required: bool = True, **kwargs: Any
) -> forms.CharField:
    return forms.CharField(label=label, max_length=max_length, required=required, **kwargs)


def _area(label: StrOrPromise, required: bool = False, rows: int = 4, **kwargs: Any) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        # As long as a field of an imported plan may be, so a plan brought in can be edited here.
        max_length=limits.current().field_chars,
        widget=forms.Textarea(attrs={"rows": rows}),
        **kwargs,
    )


def _relationship(label: StrOrPromise, examples: StrOrPromise, if_empty: StrOrPromise) -> forms.CharField:
    """How someone is related to the family, with examples, and what to say when it is left out."""
    return _text(label, help_text=examples, error_messages={"required": if_empty})


def needed_area(label: StrOrPromise, if_empty: StrOrPromise, rows: int = 4, **kwargs: Any) -> forms.CharField:
    """A text area that must be filled in, and what to say when it is not."""
    return _area(label, required=True, rows=rows, error_messages={"required": if_empty}, **kwargs)


class FamilyForm(CleanTextMixin, FamilyNameMixin):
    family_name = family_name_field()
    reference = _text(_("Case reference (optional)"), max_length=50, required=False)
    address_area = _text(_("Area (optional)"), required=False, help_text=_("For example the town or ward."))


class PersonForm(CleanTextMixin, forms.Form):
    """Someone in the family's life, known by name: a member of the family or of its network."""

    name = _text(_("Name"), error_messages={"required": _("Enter the person's name")})


class MemberForm(PersonForm):
    relationship = _relationship(
        _("Relationship"),
        _("For example Mum, Dad, son, stepdaughter."),
        _("Enter how they are related to the family, for example Mum"),
    )
    date_of_birth = DateOfBirthField(label=_("Date of birth (optional)"), required=False)
    is_child = forms.BooleanField(label=_("This is a child or young person"), required=False)
    involved_in_plan = forms.BooleanField(
        label=_("Involved in making the plan"), required=False, initial=True
    )
    reason_not_involved = _area(_("If they are not involved, why not?"))
    views = _area(_("Their views and wishes, in their own words"))

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        # Seed 002: a father's absence from planning needs a clear reason recorded; so does anyone's.
        ask(self, rules.member_problems(data, correcting="reason" in self.fields))
        return data


class MemberCorrectionForm(MemberForm, VersionMixin):
    reason = needed_area(
        _("Why is this being corrected?"),
        _("Say why the record is being corrected"),
        rows=2,
        help_text=_("For example: date of birth was entered wrongly. This is kept in the audit trail."),
    )


class NetworkForm(PersonForm):
    relationship = _relationship(
        _("Relationship to the family"),
        _("For example grandmother, neighbour, family friend."),
        _("Enter how they know the family"),
    )
    how_they_help = _area(_("How do they help?"))
    contact = _text(_("Contact details (optional)"), required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        ask(self, rules.network_problems(data))
        return data


class TafForm(CleanTextMixin, forms.Form):
    name = _text(_("Name"), error_messages={"required": _("Enter the practitioner's name")})
    role = _text(
        _("Role, written in full"),
        help_text=_("For example Health Visitor, not HV."),
        error_messages={"required": _("Enter their role, written in full")},
    )
    agency = _text(_("Agency"), error_messages={"required": _("Enter the agency they work for")})
    contact = _text(_("Contact details (optional)"), required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        ask(self, rules.taf_problems(data))
        return data


class VersionedForm(SmartForm, VersionMixin):
    pass


class PlanAboutForm(VersionedForm):
    reason = _area(
        _("Why is there a plan?"), help_text=_("What the assessment found, in words the family would use.")
    )
    worries = _area(_("What are we worried about?"), help_text=_("One worry a line."))
    strengths = _area(_("What is working well?"), help_text=_("One strength a line."))
    needs = _area(_("What needs to happen?"), help_text=_("One need a line. Every need must have a goal."))
    aspirations = _area(_("What would the family see or notice if things were different?"))
    identity_and_diversity = _area(
        _("Identity and diversity"), help_text=_("What the assessment found, and how the plan answers it.")
    )
    next_steps = _area(_("Next steps"), help_text=_("The immediate next actions."))
    family_views = _area(_("The family's views"))


class ContingencyForm(VersionedForm):
    smart_fields = {"contingency": "contingency"}
    contingency = _area(
        _("What will happen if the plan does not work?"),
        required=True,
        help_text=_("Start with who in the family's own network will help."),
        error_messages={"required": _("Enter the contingency plan")},
    )


class ActionForm(VersionedForm):
    smart_fields = {"how": "action", "who": "who", "when": "when"}
    how = needed_area(
        _("How will this happen?"),
        _("Enter what will happen"),
        rows=3,
        help_text=_("What will be done, how, how often and where."),
    )
    person = forms.ChoiceField(label=_("Who will do this?"), required=False)
    who = _text(
        _("Or write who will do this"),
        max_length=500,
        required=False,
        help_text=_("A named person and their role, for example Mrs March (Head of Year 6)."),
    )
    when = _text(
        _("When will we do this?"),
        max_length=500,
        help_text=with_dates(
            _("A specific date (%(day)s), or how often with a review date: Every day (review %(review)s)."),
            day=28,
            review=42,
        ),
        error_messages={"required": _("Enter when this will happen")},
    )
    status = forms.ChoiceField(label=_("Status"), choices=choices_of(Action, "status"), initial="not_started")
    # The names of the family and its network, for the live check of a written "who" (which
    # posts the whole form): "Ben" needs no role when the plan lists Ben in the family.
    family_knows_names = forms.CharField(widget=forms.HiddenInput, required=False, max_length=10_000)

    def __init__(self, *args: Any, owners: Iterable[Owner] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.owners = {owner.key: owner for owner in owners}
        person = cast(forms.ChoiceField, self.fields["person"])
        person.choices = [("", "Choose a person"), *owner_choices(self.owners.values())]
        self.initial["family_knows_names"] = FAMILY_NAMES_APART.join(
            o.family_name for o in self.owners.values() if o.family_name
        )

    def family_knows(self) -> frozenset[str]:
        return known_names(o.family_name for o in self.owners.values() if o.family_name)

    def clean(self) -> dict[str, Any]:
        """Someone chosen from the list owns the action by their record (``taf_member`` for a
        practitioner), and their name and role become its words; otherwise the words written."""
        data = super().clean()
        owner = self.owners.get(data.get("person") or "")
        ask(self, rules.owner_problems(chosen=owner is not None, written=data.get("who") or ""))
        data["taf_member"] = owner.taf_member if owner else None
        if owner:
            data["who"] = owner.label
        ask(self, rules.action_problems(data, when_before=self.initial.get("when")))
        return data


class ProgressForm(CleanTextMixin, forms.Form):
    text = needed_area(_("What has happened since the last review?"), _("Enter what has happened"), rows=4)
    status = forms.ChoiceField(label=_("Status"), choices=choices_of(Action, "status"))


class InterimForm(CleanTextMixin, VersionMixin):
    issue = needed_area(_("What is the immediate worry?"), rules.INTERIM_NEEDED["issue"])
    actions = needed_area(
        _("What will keep the child safe until the full plan is in place?"),
        rules.INTERIM_NEEDED["actions"],
    )
    end_date = UKDateField(
        label=_("End date"),
        example=7,
        help_text=with_dates(_("Interim plans last days, not weeks. For example, %(day)s"), day=7),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        ask(self, rules.interim_problems(data, timezone.localdate()))
        return data


class ServiceGapForm(CleanTextMixin, forms.Form):
    kind_of_service = _text(
        _("Kind of service"),
        help_text=_("For example speech and language therapy."),
        error_messages={"required": rules.GAP_NEEDED["kind_of_service"]},
    )
    support_needed = needed_area(
        _("What support is needed but not available?"), rules.GAP_NEEDED["support_needed"]
    )
    risk = needed_area(_("What risk does this pose to the child and family?"), rules.GAP_NEEDED["risk"])


class ServiceGapCorrectForm(ServiceGapForm, VersionMixin):
    """A recorded gap corrected: two people correcting it at once see each other's words."""
