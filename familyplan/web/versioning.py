"""No lost edits: the one scheme every record people edit goes through.

Each edited record (a plan, goal, action, family member, interim safety plan, the council
settings) carries a ``version``, raised by every save. A form carries the version the person
opened it at. Saving starts with one conditional ``UPDATE ... SET version = version + 1 WHERE
id = ... AND version = <opened at>`` inside the saving transaction: of two saves made from the
same version exactly one changes a row, on SQLite (writers queue, ``BEGIN IMMEDIATE``) and on
PostgreSQL (the second waits for the first's row lock, then finds the version moved) alike. The
other gets StaleVersionError holding the record as it now stands, to show both versions.

A record that does not exist yet is at version 0: two people adding the one interim safety
plan of a plan, or the council's settings, cannot overwrite each other either.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.db import models
from django.db.models import F

R = TypeVar("R", bound=models.Model)

NOT_YET_SAVED = 0


class Versioned(models.Model):
    """A record people edit: its ``version`` is raised on every save, so two people editing it at
    once cannot overwrite each other (see claim)."""

    version = models.PositiveIntegerField(default=1)

    class Meta:
        abstract = True


class StaleVersionError(Exception):
    """Someone else saved the record since this person opened it; ``current`` is what they saved."""

    def __init__(self, current: Any) -> None:
        self.current = current
        super().__init__("Someone else changed this while you were editing it.")


def version_of(record: models.Model | None) -> int:
    """The version a form opened on this record carries (0 when there is no record yet)."""
    return int(getattr(record, "version", NOT_YET_SAVED)) if record is not None else NOT_YET_SAVED


def claim(record: R, version: int | None) -> R:
    """Take the record for this save if it is still at ``version``; else raise StaleVersionError.

    Call inside the saving transaction, before changing anything. The record is read again, so
    what the caller changes and audits is what was saved at that version. ``None`` (a form
    from before versions were carried) counts as stale: nothing is overwritten unseen.
    """
    manager = type(record)._default_manager
    claimed = version is not None and manager.filter(pk=record.pk, version=version).update(
        version=F("version") + 1
    )
    if not claimed:
        raise StaleVersionError(manager.get(pk=record.pk))
    record.refresh_from_db()
    return record


def claim_new(model: type[R], version: int | None, **lookup: Any) -> R | None:
    """For a record of which there is at most one (``lookup``): the existing one, claimed, or
    None if there is still none and the person opened the form when there was none."""
    existing = model._default_manager.filter(**lookup).first()
    if existing is None:
        return None
    if version == NOT_YET_SAVED:
        raise StaleVersionError(existing)
    return claim(existing, version)
