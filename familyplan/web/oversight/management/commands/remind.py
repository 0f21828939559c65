"""`familyplan remind`: the daily reminder emails (run it from cron or a systemd timer).

Settings that cannot work (a malformed GOV.UK Notify key, a key without a template, a base
URL that is not an address) are refused before anything is sent, with exit code 2. Each
reminder not sent is listed with a one-line reason and the rest still go; the run ends with
a summary, and exits 1 if any reminder was not sent.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from rich.console import Console

from familyplan.web.accounts.commands import day_given, refuse
from familyplan.web.oversight.reminders import ReminderConfigError, send_reminders


class Command(BaseCommand):
    help = (
        "Email leads about reviews due within 7 days or overdue, and owners about overdue actions. "
        "Run it daily from cron or a systemd timer. Email goes through GOV.UK Notify if it is set up "
        "(FAMILYPLAN_NOTIFY_API_KEY, FAMILYPLAN_NOTIFY_TEMPLATE_ID), else the configured email backend; "
        "links start with FAMILYPLAN_BASE_URL."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--today", help="The date to remind about, YYYY-MM-DD.")

    def handle(self, *args: Any, today: str | None, **options: Any) -> None:
        try:
            summary = send_reminders(day_given(today))
        except ReminderConfigError as error:
            raise refuse(str(error)) from error
        console = Console(highlight=False)
        for who, reason in summary.failed:
            console.print(f"Not sent to {who}: {reason}", markup=False)
        for name in summary.no_email:
            console.print(
                f"No email address for {name}: add one to their account to remind them.", markup=False
            )
        console.print(
            f"Sent {len(summary.sent)} reminder(s); {len(summary.failed)} not sent."
            + (f" {len(summary.no_email)} without an email address." if summary.no_email else ""),
            markup=False,
        )
        if summary.failed:
            raise refuse("", code=1)  # each one not sent is listed above
