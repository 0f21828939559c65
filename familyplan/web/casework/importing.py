"""Bringing plans in from files, and whole family records from another council.

Each file is imported in one transaction: it comes in whole or not at all. A
family already here is recognised by its reference, and a plan already imported by
the hash of its file and by a fingerprint of its content (the same plan as .docx
and as .xlsx): it is refused with the reason, never imported twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone
from pydantic import ValidationError

from familyplan.formats import ReadError, RowProblem, read_plan
from familyplan.formats.jsonyaml import describe_validation_error
from familyplan.plan import models as m
from familyplan.plan.fingerprint import earlier_fingerprints, fingerprint
from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework.interchange import family_from_model, plan_from_model, to_model
from familyplan.web.casework.models import (
    Family,
    ImportRecord,
    TafMember,
)
from familyplan.web.casework.references import ASK_WHO_CAN_SEE, import_refusal, reference_in_use
from familyplan.web.casework.services import plan_score_refresh

TRANSFER_FORMAT = "familyplan-transfer/1"
_log = logging.getLogger("familyplan.import")


@dataclass
class FileResult:
    path: Path
    status: str  # "imported", "would import", "already imported" or "failed"
    family: Family | None = None
    reason: str = ""
    problems: list[RowProblem] = field(default_factory=list)
    goals: int = 0
    actions: int = 0
    family_name: str = ""  # in a dry run, the family that would be made (it is not kept)


def _stored(family: Family, plan: m.Plan, by: User, today: dt.date, notes: list[RowProblem]) -> None:
    stored = plan_from_model(family, plan, by, today, notes)
    plan_score_refresh(stored.pk)


def _named(plan: m.Plan, path: Path) -> m.Plan:
    """A file without a family name gives the family its own name (nowak.docx, nowak.xlsx: "nowak")."""
    return plan.model_copy(update={"family_name": plan.family_name or path.stem})


def _named_by_its_file(plan: m.Plan, path: Path) -> list[RowProblem]:
    """What to say when the family is named after the file, as a file with no family name is."""
    if plan.family_name.strip():
        return []
    reason = (
        f"no family name: the file's name, '{path.stem}', is used; correct it on the family's details page"
    )
    return [RowProblem("family", reason)]


def _seen_before(digest: str, plan: m.Plan, path: Path, by: User) -> tuple[Family | None, str] | None:
    """The family this plan is already in, and how it was recognised; None if it is new. A family
    ``by`` may not see is not named, nor the file it came in with (a file is often named after
    the family): only that the plan is here, and whom to ask."""
    if (in_use := reference_in_use(plan.family_reference, by)) is not None:
        return in_use.family, import_refusal(in_use)
    named = _named(plan, path)
    known = [digest, fingerprint(named), *earlier_fingerprints(named)]
    for record in ImportRecord.objects.filter(content_hash__in=known).select_related("family"):
        if record.family is not None and not permissions.can(by, permissions.FAMILY_VIEW, record.family):
            return None, f"the same plan is already in the council: {ASK_WHO_CAN_SEE}"
        how = "same content as" if record.content_hash == digest else "the same plan as"
        return record.family, f"{how} {record.file_name}"
    return None


def _batch_keys(digest: str, plan: m.Plan, path: Path) -> list[str]:
    """What recognises a plan again, as _seen_before looks for it: its reference, its bytes and
    its fingerprint (now and as earlier versions made it)."""
    named = _named(plan, path)
    reference = [f"reference:{plan.family_reference}"] if plan.family_reference else []
    return [*reference, digest, fingerprint(named), *earlier_fingerprints(named)]


def _batch_reasons(keys: list[str], path: Path) -> dict[str, str]:
    reasons = {}
    for key in keys:
        if key.startswith("reference:"):
            reasons[key] = f"a family with reference {key.partition(':')[2]} comes in with {path.name}"
        else:
            reasons[key] = f"the same plan as {path.name}"
    return reasons


def make_visible(family: Family, by: User, notes: list[RowProblem] | None = None) -> None:
    """The person importing can open the family and work on its plan.

    A lead named in the file who has no account here could never change the plan, nor could
    the person importing it (unless they manage the team or administer the service): the
    importer then leads, and the lead the file names stays in the Team Around the Family, as
    the report says, until the team agrees otherwise.
    """
    notes = [] if notes is None else notes
    if not permissions.can(by, permissions.PLAN_CHANGE, family):
        named = family.taf.filter(is_lead=True, user__isnull=True).first()
        if named is not None:
            named.is_lead = False
            named.save(update_fields=["is_lead"])
            notes.append(
                RowProblem(
                    f"practitioner {named.name}",
                    "named as lead but has no account here: kept in the Team Around the Family, "
                    "and the person importing it leads, so that the plan can be worked on",
                )
            )
        if not family.taf.filter(user=by).update(is_lead=True):
            TafMember.first_lead(family, by)
    if not family.taf.filter(user=by).exists():
        family.taf.create(
            user=by,
            name=by.display_name,
            role=by.job_title or "Imported the record",
            agency=by.agency or "",
            is_lead=False,
        )


def import_file(
    path: Path,
    by: User,
    today: dt.date | None = None,
    dry_run: bool = False,
    batch: dict[str, str] | None = None,
) -> FileResult:
    """One file in, whole or not at all; with ``dry_run``, only what would happen.

    ``batch``, in a dry run: what the files before this one in the same batch would have
    brought in, so that a file repeating one of them is found as the import would find it.
    A file that meets a fault of this program is reported as failed, with nothing of it kept,
    and the files after it still come in: one file must not stop a council's batch.
    """
    try:
        return _import_file(path, by, today or timezone.localdate(), dry_run, batch)
    except Exception as error:  # reported for this file alone; the batch goes on
        # Where the fault is, for whoever maintains the service; never the file's content.
        frames = traceback.extract_tb(error.__traceback__)[-3:]
        where = ", ".join(f"{Path(f.filename).name}:{f.lineno}" for f in frames)
        _log.error("a file could not be imported: %s at %s", type(error).__name__, where)
        reason = (
            f"nothing from it was imported: the program met a fault ({type(error).__name__} at "
            f"{where}); tell whoever looks after Family Plan"
        )
        return FileResult(path, "failed", reason=reason)


def _import_file(
    path: Path, by: User, today: dt.date, dry_run: bool, batch: dict[str, str] | None
) -> FileResult:
    try:
        result = read_plan(path, today=today)
        content = path.read_bytes()  # measured by read_plan before this
    except ReadError as error:
        return FileResult(path, "failed", reason=error.reason)
    except OSError as error:
        return FileResult(path, "failed", reason=f"cannot read it ({error.strerror})")
    plan = result.plan
    digest = hashlib.sha256(content).hexdigest()
    goals, actions = len(plan.goals), len(plan.actions)
    if (earlier := _seen_before(digest, plan, path, by)) is not None:
        return FileResult(
            path, "already imported", family=earlier[0], reason=earlier[1], goals=goals, actions=actions
        )
    keys = _batch_keys(digest, plan, path)
    if batch is not None and (repeated := next((batch[k] for k in keys if k in batch), None)):
        return FileResult(path, "already imported", reason=repeated, goals=goals, actions=actions)
    if not plan.goals and not plan.family_members:
        return FileResult(
            path, "failed", reason="it holds no goals and no family members", problems=result.problems
        )
    notes = _named_by_its_file(plan, path)
    with transaction.atomic():
        family = family_from_model(plan, path.stem, by, notes)
        make_visible(family, by, notes)
        if dry_run:
            # Written and taken back: a dry run finds what the database would change, as an import would.
            plan_from_model(family, plan, by, today, notes)
            transaction.set_rollback(True)
            if batch is not None:
                batch.update(_batch_reasons(keys, path))
            problems = result.problems + result.notes + notes
            return FileResult(
                path,
                "would import",
                problems=problems,
                goals=goals,
                actions=actions,
                family_name=family.family_name,
            )
        _stored(family, plan, by, today, notes)
        ImportRecord.objects.create(content_hash=digest, file_name=path.name, family=family)
        ImportRecord.objects.create(
            content_hash=fingerprint(_named(plan, path)), file_name=path.name, family=family
        )
        audit.record(
            "create",
            object_type="import",
            object_id=family.pk,
            family_id=family.pk,
            detail={"file": path.name},
            user=by,
        )
    problems = result.problems + result.notes + notes
    return FileResult(path, "imported", family=family, problems=problems, goals=goals, actions=actions)


def import_batch(
    files: list[Path],
    by: User,
    today: dt.date | None = None,
    dry_run: bool = False,
    advance: Callable[[], object] = lambda: None,
) -> list[FileResult]:
    """Files in order, each whole or not at all, each in a transaction of its own. A dry run
    remembers what each file would bring in, so that a file repeating an earlier one of the
    same batch is found as the import itself would find it."""
    batch: dict[str, str] | None = {} if dry_run else None
    results = []
    for path in files:
        results.append(import_file(path, by, today, dry_run=dry_run, batch=batch))
        advance()
    return results


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


def transfer_import(path: Path, by: User, notes: list[RowProblem] | None = None) -> Family:
    """A family's whole record from another council, as a new family; ``notes`` gets what the
    database keeps otherwise than the file has it (as an import's report says)."""
    notes = [] if notes is None else notes
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
    reference = str(data.get("reference") or "") or plans[-1].family_reference
    family_name = str(data.get("family_name") or path.stem)
    if len(reference) > 50 or len(family_name) > 500:
        raise ReadError(path, "its family reference is over 50 characters, or its family name over 500")
    if (in_use := reference_in_use(reference, by)) is not None:
        raise ReadError(path, f"{import_refusal(in_use)}: not imported again")
    with transaction.atomic():
        family = family_from_model(plans[-1], family_name, by, notes)
        family.reference = reference
        family.save(update_fields=["reference"])
        make_visible(family, by, notes)
        for number, plan in enumerate(plans, 1):
            plan_notes: list[RowProblem] = []
            _stored(family, plan, by, timezone.localdate(), plan_notes)
            notes += [RowProblem(f"plan {number}, {note.where}", note.reason) for note in plan_notes]
        audit.record(
            "create",
            object_type="transfer",
            object_id=family.pk,
            family_id=family.pk,
            detail={"file": path.name, "earlier_history": data.get("history", [])},
            user=by,
        )
    return family
