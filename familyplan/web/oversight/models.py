"""Management oversight recorded against a plan (seed 002: evidence of management oversight)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from familyplan.web.casework.models import Plan


class SupervisionNote(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="supervision")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    # The manager's name as another council recorded it, for a note that came in with a transfer.
    by_name = models.CharField(max_length=200, blank=True)
    date = models.DateField()
    text = models.TextField("what was discussed, and what must happen next")

    class Meta:
        ordering = ["-date", "-id"]

    def __str__(self) -> str:
        return f"Supervision on {self.date:%d/%m/%Y}"
