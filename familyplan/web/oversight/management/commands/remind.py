"""`familyplan remind`: the daily reminder emails (run it from cron or a systemd timer)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from rich.console import Console

from familyplan.web.accounts.commands import day_given
from familyplan.web.oversight.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "Email leads about reviews due within 7 days or overdue, and owners about overdue actions. "
        "Run it daily from cron or a systemd timer. Email goes through the configured backend."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--today", help="The date to remind about, YYYY-MM-DD.")

    def handle(self, *args: Any, today: str | None, **options: Any) -> None:
        sent = send_reminders(day_given(today))
        Console().print(f"Sent {sent} reminder email(s).", highlight=False)
