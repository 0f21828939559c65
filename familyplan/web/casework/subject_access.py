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

from django.db.models import Q

from familyplan.web.casework.models import Action, FamilyMember

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


def _mentions(text: str, member: FamilyMember) -> bool:
    first = member.name.split()[0]
    return bool(re.search(rf"\b{re.escape(first)}\b", text, re.IGNORECASE))


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


def _goal_entries(plan: Any, member: FamilyMember) -> Iterator[Entry]:
    started = plan.started_on.isoformat()
    for goal_number, goal in enumerate(plan.goals.all(), 1):
        if _mentions(goal.outcome, member):
            yield Entry(started, f"Plan {plan.pk}, goal {goal_number}", goal.outcome)
        action: Action
        for action_number, action in enumerate(goal.actions.all(), 1):
            where = f"Plan {plan.pk}, goal {goal_number}, action {action_number}"
            if _mentions(f"{action.how} {action.who}", member):
                yield Entry(started, where, f"{action.how} (who: {action.who}; when: {action.when})")
            for note in action.progress.all():
                if _mentions(note.text, member):
                    yield Entry(note.date.isoformat(), f"{where}, progress", note.text)


def _review_entries(plan: Any, member: FamilyMember) -> Iterator[Entry]:
    for review in plan.reviews.all():
        on = f"Review on {review.date:%d/%m/%Y}"
        if member.is_child and review.child_views:
            yield Entry(review.date.isoformat(), f"{on}, child's views", review.child_views)
        if review.notes and _mentions(review.notes, member):
            yield Entry(review.date.isoformat(), f"{on}, notes", review.notes)
    given_by_them = Q(name__iexact=member.name) | Q(name__iexact=member.name.split()[0])
    for submission in plan.views_submissions.filter(given_by_them):
        text = " ".join(
            t for t in (submission.going_well, submission.worried_about, submission.would_like) if t
        )
        yield Entry(submission.submitted_at.date().isoformat(), "Views given through a link", text)


def subject_access(member: FamilyMember) -> dict[str, Any]:
    redact = _redactor(member)
    family = member.family
    entries = [_record_entry(member)]
    for plan in family.plans.all():
        entries += _goal_entries(plan, member)
        entries += _review_entries(plan, member)
    entries = [Entry(e.date, e.source, redact(e.text)) for e in entries]
    entries.sort(key=lambda e: e.date)
    return {
        "person": member.name,
        "family_reference": family.reference,
        "produced_on": dt.date.today().isoformat(),
        "note": f"Names of other people are replaced with {REDACTED}.",
        "entries": [asdict(e) for e in entries],
    }
