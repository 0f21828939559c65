"""Bringing plans in from files, and whole family records from another council.

Each file is imported in one transaction: it comes in whole or not at all. A
file already imported (same content) is recognised by its hash and skipped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone
from pydantic import ValidationError

from familyplan.formats import ReadError, RowProblem, read_plan
from familyplan.formats.jsonyaml import describe_validation_error
from familyplan.plan import models as m
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework.models import (
    Action,
    Closure,
    Family,
    FamilyMember,
    Goal,
    ImportRecord,
    InterimSafetyPlan,
    NetworkMember,
    Plan,
    ProgressNote,
    ServiceGap,
    TafMember,
)
from familyplan.web.casework.services import plan_score_refresh

TRANSFER_FORMAT = "familyplan-transfer/1"


@dataclass
class FileResult:
    path: Path
    status: str  # "imported", "already imported" or "failed"
    family: Family | None = None
    reason: str = ""
    problems: list[RowProblem] = field(default_factory=list)


def _lines(items: list[str]) -> str:
    return "\n".join(items)


def _fit(model: Any, values: dict[str, Any]) -> dict[str, Any]:
    """Values cut to the lengths the database holds, so a long name never fails a whole import."""
    fitted = dict(values)
    for name, value in values.items():
        limit = getattr(model._meta.get_field(name), "max_length", None)
        if isinstance(value, str) and limit:
            fitted[name] = value[:limit]
    return fitted


def _family_from(plan: m.Plan, name: str, by: User) -> Family:
    family = Family.objects.create(family_name=(plan.family_name or name)[:200], team=by.team, created_by=by)
    for member in plan.family_members:
        FamilyMember.objects.create(family=family, **_fit(FamilyMember, member.model_dump()))
    for person in plan.support_network:
        NetworkMember.objects.create(family=family, **_fit(NetworkMember, person.model_dump()))
    lead_taken = False
    for practitioner in plan.practitioners:
        fields = _fit(TafMember, practitioner.model_dump())
        fields["is_lead"] = fields["is_lead"] and not lead_taken  # one lead for each family
        lead_taken = lead_taken or fields["is_lead"]
        TafMember.objects.create(family=family, **fields)
    if not lead_taken:
        # Someone has to lead: the person importing, until the team agrees otherwise.
        TafMember.objects.create(
            family=family,
            user=by,
            name=by.display_name,
            role=by.job_title or "Lead practitioner",
            agency=by.agency or "",
            is_lead=True,
        )
    return family


def _plan_into(family: Family, plan: m.Plan, by: User, today: dt.date) -> Plan:
    stored = Plan.objects.create(
        family=family,
        plan_type=plan.plan_type.value,
        status=Plan.Status.CLOSED if plan.closure else Plan.Status.LIVE,
        started_on=plan.started_on or today,
        reason=plan.reason,
        worries=_lines(plan.worries),
        strengths=_lines(plan.strengths),
        needs=_lines(plan.needs),
        aspirations=plan.aspirations,
        identity_and_diversity=plan.identity_and_diversity,
        contingency=plan.contingency,
        next_steps=plan.next_steps,
        family_views=plan.family_views,
        next_review_date=plan.next_review_date,
        created_by=by,
    )
    goals = []
    for g, goal in enumerate(plan.goals):
        stored_goal = Goal.objects.create(
            plan=stored,
            order=g,
            outcome=goal.outcome,
            measure_of_success=goal.measure_of_success,
            supporting_families_outcome=goal.supporting_families_outcome.value
            if goal.supporting_families_outcome
            else "",
            need=goal.need,
            term=goal.term if goal.term in ("short", "medium", "long") else "",
            status=goal.status.value,
        )
        goals.append(stored_goal)
        for a, action in enumerate(goal.actions):
            stored_action = Action.objects.create(
                goal=stored_goal,
                order=a,
                how=action.how,
                who=action.who,
                when=action.when,
                due_date=action.due_date,
                recurrence=action.recurrence,
                review_date=action.review_date,
                status=action.status.value,
            )
            ProgressNote.objects.bulk_create(
                ProgressNote(action=stored_action, date=note.date or stored.started_on, text=note.text)
                for note in action.progress
            )
    for review in plan.reviews:
        # Reviews belong to the reviews app, above casework: made through the plan's own relation.
        stored_review = stored.reviews.create(
            date=review.date,
            kind=review.kind if review.kind in ("meeting", "collated") else "meeting",
            attendees=_lines(review.attendees),
            apologies=_lines(review.apologies),
            contingency_reviewed=review.contingency_reviewed,
            notes=review.notes,
            next_review_date=review.next_review_date or review.date,
            recorded_by=by,
        )
        for s in review.scaling:
            if s.goal_index < len(goals):
                stored_review.scores.create(
                    goal=goals[s.goal_index], family_score=s.family, practitioner_score=s.practitioners
                )
    if plan.interim_safety_plan and plan.interim_safety_plan.end_date:
        interim = plan.interim_safety_plan
        InterimSafetyPlan.objects.create(
            plan=stored, issue=interim.issue, actions=interim.actions, end_date=interim.end_date
        )
    for gap in plan.service_gaps:
        ServiceGap.objects.create(
            plan=stored,
            kind_of_service="",
            support_needed=gap.support_needed,
            risk=gap.risk,
            coordinator_told_on=gap.coordinator_told_on,
        )
    if plan.closure:
        Closure.objects.create(
            plan=stored,
            reason=plan.closure.reason.value,
            summary=plan.closure.summary,
            ongoing_actions=plan.closure.ongoing_actions,
            family_agreed=plan.closure.family_agreed,
            taf_agreed=plan.closure.taf_agreed,
            requested_by=by,
            signed_off_at=timezone.now(),
        )
    plan_score_refresh(stored.pk)
    return stored


def import_file(path: Path, by: User, today: dt.date | None = None) -> FileResult:
    today = today or timezone.localdate()
    try:
        content = path.read_bytes()
    except OSError as error:
        return FileResult(path, "failed", reason=f"cannot read it ({error.strerror})")
    digest = hashlib.sha256(content).hexdigest()
    earlier = ImportRecord.objects.filter(content_hash=digest).first()
    if earlier is not None:
        return FileResult(
            path, "already imported", family=earlier.family, reason=f"same content as {earlier.file_name}"
        )
    try:
        result = read_plan(path, today=today)
    except ReadError as error:
        return FileResult(path, "failed", reason=error.reason)
    if not result.plan.goals and not result.plan.family_members:
        return FileResult(
            path, "failed", reason="it holds no goals and no family members", problems=result.problems
        )
    with transaction.atomic():
        family = _family_from(result.plan, path.stem, by)
        _plan_into(family, result.plan, by, today)
        ImportRecord.objects.create(content_hash=digest, file_name=path.name, family=family)
        audit.record(
            "create",
            object_type="import",
            object_id=family.pk,
            family_id=family.pk,
            detail={"file": path.name},
            user=by,
        )
    return FileResult(path, "imported", family=family, problems=result.problems)


def files_in(paths: list[Path]) -> list[Path]:
    """The files to import: each file named, and every readable file in each folder named."""
    from familyplan.formats import SUPPORTED

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
        else:
            found.append(path)
    return found


# --- Transfer between councils ---------------------------------------------------------------


def transfer_document(family: Family) -> dict[str, Any]:
    """A family's whole record as one file: every plan with its reviews and progress, and its history."""
    from familyplan.web.audit.models import AuditEvent
    from familyplan.web.casework.interchange import to_model
    from familyplan.web.casework.selectors import plan_parts

    plans = [
        to_model(p).model_dump(mode="json")
        for p in plan_parts().filter(family=family).order_by("started_on", "id")
    ]
    history = [
        {"at": e.at.isoformat(), "what": f"{e.get_action_display()} {e.object_type}", "by": e.username}
        for e in AuditEvent.objects.filter(family_id=family.pk).exclude(action="view").order_by("id")
    ]
    return {
        "format": TRANSFER_FORMAT,
        "family_name": family.family_name,
        "reference": family.reference,
        "plans": plans,
        "history": history,
    }


def transfer_import(path: Path, by: User) -> Family:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ReadError(path, f"not a transfer file ({error})") from error
    if not isinstance(data, dict) or data.get("format") != TRANSFER_FORMAT:
        raise ReadError(path, f"not a transfer file (expected format {TRANSFER_FORMAT})")
    try:
        plans = [m.Plan.model_validate(p) for p in data.get("plans", [])]
    except ValidationError as error:
        raise ReadError(
            path, f"a plan in it does not fit the plan format: {describe_validation_error(error)}"
        ) from error
    if not plans:
        raise ReadError(path, "it holds no plans")
    with transaction.atomic():
        family = _family_from(plans[-1], str(data.get("family_name") or path.stem), by)
        family.reference = str(data.get("reference", ""))[:50]
        family.save(update_fields=["reference"])
        for plan in plans:
            _plan_into(family, plan, by, timezone.localdate())
        audit.record(
            "create",
            object_type="transfer",
            object_id=family.pk,
            family_id=family.pk,
            detail={"file": path.name, "earlier_history": data.get("history", [])},
            user=by,
        )
    return family
