"""Reading the council's settings where they take effect, and changing them on the record."""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml
from django.conf import settings as django_settings
from django.db import IntegrityError, transaction

from familyplan.plan.models import OUTCOME_LABELS
from familyplan.plan.reviews import ReviewCycles, proposed_next_review, review_cycles
from familyplan.smart import Catalogue, default_catalogue
from familyplan.web.accounts import permissions
from familyplan.web.audit import services as audit
from familyplan.web.council.models import CouncilSettings
from familyplan.web.council.signals import settings_changed
from familyplan.web.versioning import NOT_YET_SAVED, StaleVersionError, claim_new

_catalogues: dict[tuple[Any, ...], Catalogue] = {}


def current() -> CouncilSettings:
    found = CouncilSettings.objects.filter(pk=1).first()
    return found or CouncilSettings(pk=1, council_name=django_settings.COUNCIL_NAME)


def outcome_choices(council: CouncilSettings | None = None) -> list[tuple[str, str]]:
    """The ten headline outcomes: stable codes, with the council's wording where it has its own."""
    labels = (council or current()).outcome_labels or {}
    return [(code.value, labels.get(code.value) or label) for code, label in OUTCOME_LABELS.items()]


def outcome_label(code: str, council: CouncilSettings | None = None) -> str:
    return dict(outcome_choices(council)).get(code, "")


def cycles(council: CouncilSettings | None = None) -> ReviewCycles:
    """The council's review cycles, in the one form every rule and query reads them in."""
    c = council or current()
    return review_cycles(
        early_help_weeks=c.early_help_weeks,
        early_help_latest_weeks=c.early_help_latest_weeks,
        my_plan_weeks=c.my_plan_weeks,
        interim_days=c.interim_days,
    )


def next_review_after(day: dt.date, plan_type: str, council: CouncilSettings | None = None) -> dt.date:
    return proposed_next_review(day, plan_type, cycles(council))


def catalogue_from(text: str) -> Catalogue:
    """The rule catalogue with the council's checker settings (YAML) applied, or SettingsError."""
    data = yaml.safe_load(text) if text.strip() else {}
    if not isinstance(data, dict):
        from familyplan.smart import SettingsError

        raise SettingsError("the checker settings must be keys and values, for example 'disabled: [rule-id]'")
    return default_catalogue().with_settings(data)


def catalogue() -> Catalogue:
    """The catalogue in force, worked out once for each version of the settings."""
    c = current()
    c_cycles = cycles(c)
    key = (c.pk or 0, c.checker_settings, tuple(sorted(c_cycles.items())))
    if key not in _catalogues:
        _catalogues.clear()
        _catalogues[key] = catalogue_from(c.checker_settings).with_review_cycles(c_cycles)
    return _catalogues[key]


def version_opened(council: CouncilSettings) -> int:
    """The version a settings form opened on ``council`` carries: 0 before the first save."""
    return NOT_YET_SAVED if council._state.adding else council.version


@transaction.atomic
def settings_save(*, by: Any, version: int | None, **fields: Any) -> CouncilSettings:
    """Save the settings from ``version``; StaleVersionError if someone else saved them since."""
    permissions.require(by, permissions.SETTINGS)
    council = claim_new(CouncilSettings, version, pk=1)
    before = audit.snapshot(council) if council else None
    adding = council is None
    council = council or CouncilSettings(pk=1)
    for name, value in fields.items():
        setattr(council, name, value)
    council.updated_by = by
    try:
        with transaction.atomic():
            council.save(force_insert=adding)
    except IntegrityError as error:
        # Two administrators saving the very first settings at the same moment: one is kept.
        raise StaleVersionError(CouncilSettings.objects.get(pk=1)) from error
    audit.record_change(council, before, family_id=None, user=by)
    settings_changed.send(sender=CouncilSettings)
    return council
