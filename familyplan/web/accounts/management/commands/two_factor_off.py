"""`familyplan two-factor-off USERNAME`: for someone who has lost their phone (audited)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from rich.console import Console

from familyplan.web.accounts import two_factor
from familyplan.web.accounts.commands import user_named


class Command(BaseCommand):
    help = "Turn off someone's two-factor sign-in when they have lost their phone (audited)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username", help="Whose two-factor sign-in to turn off.")

    def handle(self, *args: Any, username: str, **options: Any) -> None:
        user = user_named(username, where="two-factor-off")
        if two_factor.turn_off(user, how="by an administrator, from the command line"):
            Console().print(
                f"Two-factor sign-in is off for {username}. They can now set it up again.", highlight=False
            )
        else:
            Console().print(
                f"{username} did not have two-factor sign-in turned on. Nothing has changed.", highlight=False
            )
