"""At sign-in, note whether this person must also give a two-factor code."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from familyplan.web.accounts import two_factor


@receiver(user_logged_in)
def note_code_needed(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        two_factor.remember_at_sign_in(request, user)
