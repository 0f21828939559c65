"""Adding to the audit trail, and checking that nobody has changed it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from familyplan.web.audit.context import current_actor
from familyplan.web.audit.models import AuditEvent, AuditHead


def _canonical(event: AuditEvent) -> str:
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
            "previous": event.previous_hash,
        },
        sort_keys=True,
        default=str,
    )


def _hash(event: AuditEvent) -> str:
    return hashlib.sha256(_canonical(event).encode()).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def snapshot(instance: models.Model, fields: list[str] | None = None) -> dict[str, Any]:
    """The values of a record's own fields, ready to store as 'before' or 'after'."""
    names = fields or [f.attname for f in instance._meta.concrete_fields]
    return {name: _plain(getattr(instance, name)) for name in names}


@transaction.atomic
def record(
    action: str,
    *,
    object_type: str = "",
    object_id: object = "",
    family_id: int | None = None,
    detail: dict[str, Any] | None = None,
    user: Any = None,
) -> AuditEvent:
    actor = current_actor.get()
    user = user if user is not None else actor.user
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    head, _ = AuditHead.objects.select_for_update().get_or_create(pk=1)
    event = AuditEvent(
        at=timezone.now(),
        user=user,
        username=getattr(user, "username", "") or "",
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        family_id=family_id,
        detail=json.loads(json.dumps(detail or {}, default=str)),
        ip_address=actor.ip_address,
        previous_hash=head.last_hash,
    )
    event.hash = _hash(event)
    event.save()
    AuditHead.objects.filter(pk=1).update(last_hash=event.hash)
    return event


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


@dataclass(frozen=True)
class ChainProblem:
    event_id: int
    reason: str


def verify() -> Iterator[ChainProblem]:
    """Every place the chain is broken: an entry changed, removed or put in out of order."""
    previous = "0" * 64
    for event in AuditEvent.objects.order_by("id").iterator():
        if event.previous_hash != previous:
            yield ChainProblem(event.pk, "the entry before it was changed or removed")
        if _hash(event) != event.hash:
            yield ChainProblem(event.pk, "its contents were changed after it was written")
        previous = event.hash
    head = AuditHead.objects.filter(pk=1).first()
    if head is not None and head.last_hash != previous:
        yield ChainProblem(0, "the newest entries were removed")
