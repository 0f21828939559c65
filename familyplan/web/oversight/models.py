"""Management oversight recorded against a plan (seed 002: evidence of management oversight)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from familyplan.web.casework.models import Plan, ServiceGap


class SupervisionNote(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="supervision")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    # The manager's name as another council recorded it, for a note that came in with a transfer.
    by_name = models.CharField(max_length=500, blank=True)
    date = models.DateField()
    text = models.TextField("what was discussed, and what must happen next")

    class Meta:
        ordering = ["-date", "-id"]

    def __str__(self) -> str:
        return f"Supervision on {self.date:%d/%m/%Y}"


class DataNotification(models.Model):
    """Seed 001: a gap in provision and the risk it poses, on the DATA Notification form, which the
    early help coordinator receives and forwards to the Director of Children's Services."""

    gap = models.OneToOneField(ServiceGap, on_delete=models.CASCADE, related_name="data_notification")
    location = models.CharField("where the family lives (area or location)", max_length=500)
    kind_of_service = models.CharField("kind of service", max_length=500)
    support_needed = models.TextField("support that is needed but not available")
    risk = models.TextField("the risk this poses to the child and family")
    discussed_with_coordinator_on = models.DateField(
        "discussed with the early help coordinator on", null=True, blank=True
    )
    raise_with_lspb = models.BooleanField(
        "should it be raised as a risk through the Local Safeguarding Partnership Board?", default=False
    )
    lspb_reason = models.TextField("why, or why not", blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    submitted_at = models.DateTimeField(auto_now_add=True)
    forwarded_to_dcs_on = models.DateField(
        "forwarded to the Director of Children's Services on", null=True, blank=True
    )

    class Meta:
        ordering = ["-submitted_at", "-id"]

    def __str__(self) -> str:
        return f"DATA notification: {self.kind_of_service}"
