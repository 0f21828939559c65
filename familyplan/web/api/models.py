"""API tokens: each is shown once and only its hash is kept."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from familyplan.web.expiring import Expiring


class ApiToken(Expiring):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    key_hash = models.CharField(max_length=64, unique=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"API token for {self.user}"


class IdempotentRequest(models.Model):
    """A POST sent with an Idempotency-Key, and the answer it had: a retry gets the same answer."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=200)
    # What was asked (method, path and body), so the same key sent with another request is refused.
    fingerprint = models.CharField(max_length=64)
    status = models.PositiveSmallIntegerField(default=0)
    body = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="one_answer_per_key")]

    def __str__(self) -> str:
        return f"Idempotency key {self.key}"
