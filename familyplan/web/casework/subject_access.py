"""Subject access: everything held about one person, in date order, with where each part came from.

Other people in the family are not the requester's to see: their names are
replaced in the text, as a council's disclosure officer would redact them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from django.db.models import CharField, Model, Q, TextField
from django.utils import timezone
from django.utils.text import capfirst

from familyplan.web.casework.models import FamilyMember

REDACTED = "[another person]"


@dataclass(frozen=True)
class Entry:
    date: str
    source: str
    text: str


def _redactor(member: FamilyMember) -> Any:
    others = [m.name for m in member.family.members.all() if m.pk != member.pk]
    others += [n.name for n in member.family.network.all()]
    names = sorted(
        {part for name in others for part in [name, *name.split()] if len(part) > 2}, key=len, reverse=True
    )
    own = {member.name, *member.name.split()}
    names = [n for n in names if n not in own]
    if not names:
        return lambda text: text
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    return lambda text: pattern.sub(REDACTED, text)


def _terms(member: FamilyMember) -> list[str]:
    """How records name the person: their full name, first name, and (for an adult) how they are
    related, as practitioners write it ("Mum will walk Ben to school")."""
    terms = [member.name, member.name.split()[0]]
    relationship = member.relationship.strip()
    if relationship and not member.is_child and len(relationship.split()) == 1 and len(relationship) > 2:
        terms.append(relationship)
    return terms


def _mentions(text: str, member: FamilyMember) -> bool:
    return any(re.search(rf"\b{re.escape(term)}\b", text, re.IGNORECASE) for term in _terms(member))


def _record_entry(member: FamilyMember) -> Entry:
    return Entry(
        date=member.family.created_at.date().isoformat(),
        source="Family member record",
        text=(
            f"Name: {member.name}. Relationship: {member.relationship}. "
            f"Date of birth: {member.date_of_birth or 'not recorded'}. "
            f"Involved in the plan: {'yes' if member.involved_in_plan else 'no'}"
            f"{'. Reason: ' + member.reason_not_involved if member.reason_not_involved else ''}"
            f"{'. Views and wishes: ' + member.views if member.views else ''}."
        ),
    )


# How records are named to the person reading their disclosure, where the model's own name
# would not say it (the rest use the model's verbose name: "goal", "service gap").
_RECORD_NAMES = {
    "tafmember": "Team Around the Family member",
    "supervisionnote": "management oversight",
    "networkmember": "support network member",
}
# Fields read by _review_entries, which says what they mean for the person (she took part, ...).
_READ_APART = {
    ("review", "attendees"),
    ("review", "apologies"),
    ("review", "child_views"),
    *(("viewssubmission", f) for f in ("name", "going_well", "worried_about", "would_like")),
}
_DATE_FIELDS = (
    "date",
    "recorded_on",
    "submitted_at",
    "requested_at",
    "returned_at",
    "started_on",
    "created_at",
)


@dataclass
class _Record:
    """A record held about the family, where it sits in the family's file, and its date."""

    obj: Model
    where: str
    date: str


def _family_records(family: Model) -> list[_Record]:
    """Every record reached from the family through the models' own relations.

    Found from the models, not listed here, so a record or field added later is searched
    for the person without anyone remembering to add it.
    """
    home = _Record(family, "Family record", family.created_at.date().isoformat())  # type: ignore[attr-defined]
    records = [home]
    for parent in records:  # grows as it goes: each record's own records are read after it
        for relation in parent.obj._meta.related_objects:
            if relation.hidden or relation.field is not _home_field(relation.related_model):
                continue  # an action is filed under its goal, not under the person who owns it
            children = _children(parent.obj, relation)
            for number, child in enumerate(children, 1):
                name = _RECORD_NAMES.get(child._meta.model_name or "", str(child._meta.verbose_name))
                where = f"{parent.where}, {name}" + ("" if relation.one_to_one else f" {number}")
                if child._meta.model_name == "plan":
                    where = f"Plan {child.pk}"
                records.append(_Record(child, where, _date_of(child) or parent.date))
    return records


def _home_field(model: Any) -> Any:
    """The record a record is filed under: its first link to another (a goal's plan, an action's goal)."""
    return next(f for f in model._meta.concrete_fields if f.many_to_one or f.one_to_one)


def _children(obj: Model, relation: Any) -> list[Model]:
    if relation.one_to_one:
        child = getattr(obj, relation.get_accessor_name(), None)
        return [child] if child is not None else []
    return list(getattr(obj, relation.get_accessor_name()).all())


def _date_of(obj: Model) -> str:
    for name in _DATE_FIELDS:
        value = getattr(obj, name, None)
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
    return ""


def _free_text(obj: Model) -> Iterator[tuple[str, str]]:
    """Each field a person writes into (not a choice, a code or a hash), with its label."""
    for field in obj._meta.concrete_fields:
        if not isinstance(field, (CharField, TextField)) or field.choices or field.name.endswith("hash"):
            continue
        if (obj._meta.model_name, field.name) in _READ_APART:
            continue
        value = getattr(obj, field.name)
        if value:
            label = re.sub(r"\s*\(one [^)]*\)$", "", str(field.verbose_name))
            yield capfirst(label), str(value)


def _written_entries(member: FamilyMember) -> Iterator[Entry]:
    """Whatever anyone wrote that names the person, field by field, in every record of the family."""
    for record in _family_records(member.family):
        if record.obj == member:
            continue  # her own record is given whole by _record_entry
        lines = [
            f"{label} {text}" if label.endswith("?") else f"{label}: {text}"
            for label, text in _free_text(record.obj)
            if _mentions(text, member)
        ]
        if lines:
            yield Entry(record.date, record.where, "\n".join(lines))


def _review_entries(plan: Any, member: FamilyMember) -> Iterator[Entry]:
    for number, review in enumerate(plan.reviews.all(), 1):
        on, day = f"Plan {plan.pk}, review {number}", review.date.isoformat()
        if any(_mentions(line, member) for line in review.attendees.splitlines()):
            yield Entry(day, f"{on}, who took part", f"{member.name} took part in the review.")
        if any(_mentions(line, member) for line in review.apologies.splitlines()):
            yield Entry(day, f"{on}, apologies", f"{member.name} sent apologies.")
        if review.child_views and (member.is_child or _mentions(review.child_views, member)):
            yield Entry(day, f"{on}, child's views", review.child_views)
    given_by_them = Q(name__iexact=member.name) | Q(name__iexact=member.name.split()[0])
    for submission in plan.views_submissions.all():
        text = " ".join(
            t for t in (submission.going_well, submission.worried_about, submission.would_like) if t
        )
        if submission in plan.views_submissions.filter(given_by_them):
            yield Entry(submission.submitted_at.date().isoformat(), "Views given through a link", text)
        elif _mentions(text, member):
            yield Entry(submission.submitted_at.date().isoformat(), f"Views given by {submission.name}", text)


def subject_access(member: FamilyMember) -> dict[str, Any]:
    redact = _redactor(member)
    family = member.family
    entries = [_record_entry(member), *_written_entries(member)]
    for plan in family.plans.all():
        entries += _review_entries(plan, member)
    entries = [Entry(e.date, e.source, redact(e.text)) for e in entries]
    entries.sort(key=lambda e: e.date)
    return {
        "person": member.name,
        "family_reference": family.reference,
        "produced_on": timezone.localdate().isoformat(),
        "note": f"Names of other people are replaced with {REDACTED}.",
        "entries": [asdict(e) for e in entries],
    }
