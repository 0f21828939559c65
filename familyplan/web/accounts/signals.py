"""At sign-in, note whether this person must also give a two-factor code; when an account is
deactivated (on the admin site, by a command, one at a time or many at once), end its sessions
and API tokens."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from familyplan.web.accounts import sessions, two_factor
from familyplan.web.accounts.models import User, deactivated


@receiver(user_logged_in)
def note_code_needed(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        two_factor.remember_at_sign_in(request, user)


@receiver(pre_save, sender=User)
def note_deactivation(sender: Any, instance: User, update_fields: Any = None, **kwargs: Any) -> None:
    changes_activity = update_fields is None or "is_active" in update_fields
    instance._deactivating = (  # type: ignore[attr-defined]
        changes_activity
        and not instance.is_active
        and User.objects.filter(pk=instance.pk, is_active=True).exists()
    )


@receiver(post_save, sender=User)
def end_sessions_on_deactivation(sender: Any, instance: User, **kwargs: Any) -> None:
    if getattr(instance, "_deactivating", False):
        instance._deactivating = False  # type: ignore[attr-defined]
        sessions.end_on_deactivation(instance)


@receiver(deactivated, sender=User)
def end_sessions_on_bulk_deactivation(sender: Any, people: list[User], **kwargs: Any) -> None:
    for person in people:
        sessions.end_on_deactivation(person)
