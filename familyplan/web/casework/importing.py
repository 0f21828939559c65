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
from familyplan.web.casework.interchange import family_from_model, plan_from_model, to_model
from familyplan.web.casework.models import (
    Family,
    ImportRecord,
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


def _stored(family: Family, plan: m.Plan, by: User, today: dt.date) -> None:
    stored = plan_from_model(family, plan, by, today)
    plan_score_refresh(stored.pk)


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
        family = family_from_model(result.plan, path.stem, by)
        _stored(family, result.plan, by, today)
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
        family = family_from_model(plans[-1], str(data.get("family_name") or path.stem), by)
        family.reference = str(data.get("reference", ""))[:50]
        family.save(update_fields=["reference"])
        for plan in plans:
            _stored(family, plan, by, timezone.localdate())
        audit.record(
            "create",
            object_type="transfer",
            object_id=family.pk,
            family_id=family.pk,
            detail={"file": path.name, "earlier_history": data.get("history", [])},
            user=by,
        )
    return family
