"""Writes about people's accounts that are more than a session: deactivating accounts.

Deactivating an account ends its sessions and API tokens however it is done: one account saved
(accounts.signals), many at once through a queryset (``User.objects``' own ``update`` and
``bulk_update``), or here, by an administrator for several people at once (the admin site's action).
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import QuerySet

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent


@transaction.atomic
def people_deactivate(*, people: QuerySet[User], by: User) -> list[User]:
    """An administrator deactivates these accounts (people leaving); their sessions and API tokens end
    with them. Never the administrator's own account. The people deactivated."""
    permissions.require(by, permissions.PEOPLE_MANAGE)
    leaving = list(people.filter(is_active=True).exclude(pk=by.pk))
    User.objects.filter(pk__in=[person.pk for person in leaving]).update(is_active=False)
    for person in leaving:
        audit.record(
            AuditEvent.Action.UPDATE,
            object_type="user",
            object_id=person.pk,
            detail={"changes": {"is_active": {"before": True, "after": False}}},
            user=by,
        )
    return leaving
