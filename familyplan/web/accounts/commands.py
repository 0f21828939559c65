"""What the apps' management commands share: refusing with a plain reason, people named on the line."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import CommandError

from familyplan.plan.parsing import day_or_today

# A file or a value that cannot be used: the same exit code as the checker's unreadable file.
EXIT_UNUSABLE = 2


def refuse(message: str, code: int = EXIT_UNUSABLE) -> CommandError:
    """The error to raise: `familyplan` prints the reason on one line and exits with ``code``."""
    return CommandError(message, returncode=code)


def day_given(value: str | None) -> dt.date:
    try:
        return day_or_today(value)
    except ValueError as error:
        raise refuse(str(error)) from None


def user_named(username: str, where: str = "--as") -> Any:
    from familyplan.web.accounts.models import User

    user = User.objects.filter(username=username, is_active=True).first()
    if user is None:
        raise refuse(f"{where}: no active user called '{username}'")
    return user
