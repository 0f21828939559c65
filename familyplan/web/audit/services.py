"""Adding to the audit trail, and checking that nobody has changed it.

Each entry keeps a digest (SHA-256) of its contents, and a link: an HMAC, with a key
that is not in the database, over the link before it and its own digest. Someone who
can change the database but not read the server's settings cannot recompute the
links, so a changed entry, or a rewritten chain, is found. As each entry is committed
its link is also appended to a checkpoint file outside the database (a council ships
it away, e.g. with syslog), so removing the newest entries is found too.

Retention removes the personal data in a family's entries and keeps their digests:
the chain still verifies, and says which entries were redacted.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from familyplan.web.audit.context import current_actor
from familyplan.web.audit.models import AuditEvent, AuditHead

GENESIS = "0" * 64
REDACTED = {"redacted": "personal data removed under the retention policy"}
checkpoint_log = logging.getLogger("familyplan.audit.checkpoint")


def _content(event: AuditEvent) -> str:
    return json.dumps(
        {
            "at": event.at.isoformat(),
            "user": event.user_id,
            "username": event.username,
            "action": event.action,
            "object_type": event.object_type,
            "object_id": event.object_id,
            "family_id": event.family_id,
            "detail": event.detail,
            "ip": event.ip_address,
        },
        sort_keys=True,
        default=str,
    )


def digest(event: AuditEvent) -> str:
    """The digest of an entry's contents (everything but its place in the chain)."""
    return hashlib.sha256(_content(event).encode()).hexdigest()


def _key() -> bytes:
    return str(settings.AUDIT_KEY).encode()


def link(previous: str, content_digest: str) -> str:
    """An entry's place in the chain: keyed, so only this service can make one."""
    return hmac.new(_key(), f"{previous}:{content_digest}".encode(), hashlib.sha256).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def snapshot(instance: models.Model, fields: list[str] | None = None) -> dict[str, Any]:
    """The values of a record's own fields, ready to store as 'before' or 'after'."""
    names = fields or [f.attname for f in instance._meta.concrete_fields]
    return {name: _plain(getattr(instance, name)) for name in names}


def checkpoint_file() -> Path | None:
    where = getattr(settings, "AUDIT_CHECKPOINTS", "")
    return Path(where) if where else None


def write_checkpoint(event_id: int, chain_hash: str) -> None:
    """Append the chain's newest link to the checkpoint file (and the log) outside the database."""
    line = f"{event_id} {chain_hash}"
    checkpoint_log.info("audit checkpoint %s", line)
    path = checkpoint_file()
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="ascii") as handle:
            handle.write(line + "\n")
    except OSError:
        checkpoint_log.exception("The audit checkpoint file %s cannot be written", path)


@dataclass(frozen=True)
class Entry:
    """One thing to put on the trail."""

    object_type: str = ""
    object_id: object = ""
    family_id: int | None = None
    detail: dict[str, Any] | None = None


def _who(user: Any) -> Any:
    user = user if user is not None else current_actor.get().user
    if user is not None and not getattr(user, "is_authenticated", False):
        return None
    return user


@transaction.atomic
def record_all(action: str, entries: list[Entry], *, user: Any = None) -> list[AuditEvent]:
    """Put several entries on the trail in one go: the chain is locked once and the entries are
    written together, so a list of sixty families costs a few queries, not hundreds."""
    if not entries:
        return []
    actor = current_actor.get()
    user = _who(user)
    head, _ = AuditHead.objects.select_for_update().get_or_create(pk=1)
    previous = head.last_hash
    at = timezone.now()
    events = []
    for entry in entries:
        event = AuditEvent(
            at=at,
            user=user,
            username=getattr(user, "username", "") or "",
            action=action,
            object_type=entry.object_type,
            object_id=str(entry.object_id),
            family_id=entry.family_id,
            detail=json.loads(json.dumps(entry.detail or {}, default=str)),
            ip_address=actor.ip_address,
            previous_hash=previous,
        )
        event.content_digest = digest(event)
        event.hash = previous = link(previous, event.content_digest)
        events.append(event)
    if len(events) == 1:
        events[0].save()
    else:
        AuditEvent.objects.bulk_create(events)
    AuditHead.objects.filter(pk=1).update(last_hash=previous)
    newest = events[-1]
    transaction.on_commit(lambda: write_checkpoint(newest.pk, newest.hash))
    return events


def record(
    action: str,
    *,
    object_type: str = "",
    object_id: object = "",
    family_id: int | None = None,
    detail: dict[str, Any] | None = None,
    user: Any = None,
) -> AuditEvent:
    return record_all(action, [Entry(object_type, object_id, family_id, detail)], user=user)[0]


def record_change(
    instance: models.Model, before: dict[str, Any] | None, *, family_id: int | None, user: Any = None
) -> AuditEvent:
    after = snapshot(instance)
    old = before or {}
    changed = {k: {"before": old.get(k), "after": v} for k, v in after.items() if old.get(k) != v}
    return record(
        AuditEvent.Action.CREATE if before is None else AuditEvent.Action.UPDATE,
        object_type=instance._meta.model_name or "",
        object_id=instance.pk,
        family_id=family_id,
        detail={"changes": changed},
        user=user,
    )


def record_account(action: str, account_id: object, detail: dict[str, Any], user: Any = None) -> AuditEvent:
    """Something that happened to a person's account: signing in, two-factor sign-in, the password,
    their sessions. ``user`` is who did it, when it was not the person themselves."""
    return record(action, object_type="user", object_id=account_id, detail=detail, user=user)


M = TypeVar("M", bound=models.Model)


def record_save(instance: M, fields: Mapping[str, Any], *, family_id: int | None, user: Any) -> M:
    """Write ``fields`` to a record, save it, and put the change on the trail (a record not saved
    before is put there as made)."""
    before = snapshot(instance) if instance.pk is not None else None
    for name, value in fields.items():
        setattr(instance, name, value)
    instance.save()
    record_change(instance, before, family_id=family_id, user=user)
    return instance


def record_deletion(instance: models.Model, *, family_id: int | None, user: Any) -> AuditEvent:
    """A record about to be deleted, with what it held (retention redacts it with the family's)."""
    return record(
        AuditEvent.Action.DELETE,
        object_type=instance._meta.model_name or "",
        object_id=instance.pk,
        family_id=family_id,
        detail={"before": snapshot(instance)},
        user=user,
    )


def redact_family(family_id: int) -> int:
    """Remove the personal data (before and after values, free text) from a family's entries,
    keeping their digests so the chain still verifies. How many entries were redacted."""
    return AuditEvent.objects.filter(family_id=family_id, redacted=False).update(
        detail=REDACTED, redacted=True
    )


@dataclass(frozen=True)
class ChainProblem:
    event_id: int
    reason: str


@dataclass
class Verified:
    entries: int = 0
    redacted: int = 0
    checkpoints: int = 0


def _entry_problems(event: AuditEvent, previous: str) -> Iterator[str]:
    if event.previous_hash != previous:
        yield "the entry before it was changed or removed"
    if not event.redacted and digest(event) != event.content_digest:
        yield "its contents were changed after it was written"
    if not hmac.compare_digest(link(event.previous_hash, event.content_digest), event.hash):
        yield "its place in the chain was not made by this service (the chain was rewritten)"


def verify(checkpoints: Path | None = None, summary: Verified | None = None) -> Iterator[ChainProblem]:
    """Every place the chain is broken: an entry changed, removed, rewritten or put in out of order,
    or newer entries removed since a checkpoint was written outside the database."""
    summary = summary if summary is not None else Verified()
    previous = GENESIS
    for event in AuditEvent.objects.order_by("id").iterator():
        summary.entries += 1
        summary.redacted += event.redacted
        for reason in _entry_problems(event, previous):
            yield ChainProblem(event.pk, reason)
        previous = event.hash
    head = AuditHead.objects.filter(pk=1).first()
    if head is not None and head.last_hash != previous:
        yield ChainProblem(0, "the newest entries were removed")
    yield from _checkpoint_problems(checkpoints or checkpoint_file(), summary)


def _checkpoint_problems(path: Path | None, summary: Verified) -> Iterator[ChainProblem]:
    """The newest checkpoint must still be in the trail, unchanged. (Every entry before it is
    then vouched for by the keyed chain.)"""
    if path is None or not path.exists():
        return
    newest: tuple[int, str, int] | None = None
    with path.open(encoding="ascii", errors="replace") as lines:
        for number, line in enumerate(lines, start=1):
            parts = line.split()
            if len(parts) != 2 or not parts[0].isdigit():
                yield ChainProblem(0, f"checkpoint line {number} of {path} cannot be read")
                continue
            summary.checkpoints += 1
            if newest is None or int(parts[0]) > newest[0]:
                newest = (int(parts[0]), parts[1], number)
    if newest is None:
        return
    event_id, chain_hash, number = newest
    stored = AuditEvent.objects.filter(pk=event_id).values_list("hash", flat=True).first()
    if stored is None:
        yield ChainProblem(
            event_id, f"it is in the checkpoints (line {number} of {path}) but no longer in the trail"
        )
    elif not hmac.compare_digest(stored, chain_hash):
        yield ChainProblem(
            event_id, f"it differs from its checkpoint (line {number} of {path}): it was rewritten"
        )
