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


def _goal_entries(plan: Any, member: FamilyMember) -> Iterator[Entry]:
    started = plan.started_on.isoformat()
    for goal_number, goal in enumerate(plan.goals.all(), 1):
        if _mentions(f"{goal.outcome} {goal.measure_of_success} {goal.need}", member):
            text = "\n".join(t for t in (goal.outcome, goal.measure_of_success) if t)
            yield Entry(started, f"Plan {plan.pk}, goal {goal_number}", text)
        action: Action
        for action_number, action in enumerate(goal.actions.all(), 1):
            where = f"Plan {plan.pk}, goal {goal_number}, action {action_number}"
            if _mentions(f"{action.how} {action.who}", member):
                yield Entry(started, where, f"{action.how} (who: {action.who}; when: {action.when})")
            for note in action.progress.all():
                if _mentions(note.text, member):
                    yield Entry(note.date.isoformat(), f"{where}, progress", note.text)


PLAN_TEXTS = (
    ("reason", "reason for the plan"),
    ("worries", "what we are worried about"),
    ("strengths", "what is working well"),
    ("needs", "needs"),
    ("aspirations", "the family's hopes"),
    ("identity_and_diversity", "identity and diversity"),
    ("contingency", "contingency plan"),
    ("next_steps", "next steps"),
    ("family_views", "the family's views"),
)


def _plan_entries(plan: Any, member: FamilyMember) -> Iterator[Entry]:
    """The plan's own text, its interim safety plan, service gaps, supervision and closure."""
    started = plan.started_on.isoformat()
    for field, label in PLAN_TEXTS:
        text = getattr(plan, field)
        if text and _mentions(text, member):
            yield Entry(started, f"Plan {plan.pk}, {label}", text)
    interim = getattr(plan, "interim", None)
    if interim is not None and _mentions(f"{interim.issue} {interim.actions}", member):
        yield Entry(started, f"Plan {plan.pk}, interim safety plan", f"{interim.issue}\n{interim.actions}")
    for gap in plan.service_gaps.all():
        if _mentions(f"{gap.support_needed} {gap.risk}", member):
            yield Entry(
                gap.recorded_on.isoformat(),
                f"Plan {plan.pk}, service gap",
                f"{gap.support_needed}\n{gap.risk}",
            )
    for note in plan.supervision.all():
        if _mentions(note.text, member):
            yield Entry(note.date.isoformat(), f"Plan {plan.pk}, management oversight", note.text)
    closure = getattr(plan, "closure", None)
    if closure is not None and _mentions(f"{closure.summary} {closure.ongoing_actions}", member):
        text = "\n".join(t for t in (closure.summary, closure.ongoing_actions) if t)
        yield Entry(closure.requested_at.date().isoformat(), f"Plan {plan.pk}, closure", text)


def _review_entries(plan: Any, member: FamilyMember) -> Iterator[Entry]:
    for review in plan.reviews.all():
        on, day = f"Review on {review.date:%d/%m/%Y}", review.date.isoformat()
        if any(_mentions(line, member) for line in review.attendees.splitlines()):
            yield Entry(day, f"{on}, who took part", f"{member.name} took part in the review.")
        if any(_mentions(line, member) for line in review.apologies.splitlines()):
            yield Entry(day, f"{on}, apologies", f"{member.name} sent apologies.")
        if review.child_views and (member.is_child or _mentions(review.child_views, member)):
            yield Entry(day, f"{on}, child's views", review.child_views)
        for field, label in (("contingency_note", "contingency plan"), ("notes", "notes")):
            text = getattr(review, field)
            if text and _mentions(text, member):
                yield Entry(day, f"{on}, {label}", text)
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
    entries = [_record_entry(member)]
    for plan in family.plans.all():
        entries += _plan_entries(plan, member)
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
