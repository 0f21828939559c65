"""What the apps' management commands share: refusing with a plain reason, people named on the line."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import CommandError

# A file or a value that cannot be used: the same exit code as the checker's unreadable file.
EXIT_UNUSABLE = 2


def refuse(message: str, code: int = EXIT_UNUSABLE) -> CommandError:
    """The error to raise: `familyplan` prints the reason on one line and exits with ``code``."""
    return CommandError(message, returncode=code)


def day_given(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise refuse(f"--today must be a date written YYYY-MM-DD, not '{value}'") from None


def user_named(username: str, where: str = "--as") -> Any:
    from familyplan.web.accounts.models import User

    user = User.objects.filter(username=username, is_active=True).first()
    if user is None:
        raise refuse(f"{where}: no active user called '{username}'")
    return user
