"""A council's own settings: its name, procedures, review cycles, outcome wording and checker words."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from familyplan.web.versioning import Versioned


class CouncilSettings(Versioned):
    """One row: the settings in force. Changes are on the audit trail."""

    council_name = models.CharField(max_length=200, default="")
    contact_line = models.CharField(
        _("contact line"),
        max_length=300,
        blank=True,
        help_text=_("Shown on every page and on the family's copy."),
    )
    procedures_url = models.URLField(_("link to the council's online procedures"), blank=True)
    early_help_weeks = models.PositiveSmallIntegerField(
        _("Early Help family plan: next review proposed after (weeks)"), default=6
    )
    early_help_latest_weeks = models.PositiveSmallIntegerField(
        _("Early Help family plan: review overdue after (weeks)"), default=8
    )
    my_plan_weeks = models.PositiveSmallIntegerField(_("My Plan: review every (weeks)"), default=6)
    interim_days = models.PositiveSmallIntegerField(_("Interim safety plan: review every (days)"), default=7)
    outcome_labels = models.JSONField(default=dict, blank=True)
    checker_settings = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"Settings for {self.council_name or 'the council'}"
