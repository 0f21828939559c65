"""What is handed out once and works for a while: an API token, a family's views link.

The secret itself is shown once; only its digest is kept, so a copy of the database gives away
nothing that works. Each stops working when it expires.
"""

from __future__ import annotations

import hashlib

from django.db import models
from django.utils import timezone


def digest(secret: str) -> str:
    """What is kept of a secret, and what a secret presented later is looked up by."""
    return hashlib.sha256(secret.encode()).hexdigest()


class Expiring(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()

    class Meta:
        abstract = True

    @property
    def expired(self) -> bool:
        return self.expires_at < timezone.now()
