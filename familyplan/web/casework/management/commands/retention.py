"""`familyplan retention --dry-run | --apply`: closed records past the retention period."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from rich.console import Console

from familyplan.web.accounts.commands import refuse
from familyplan.web.casework.retention import due_for_removal, remove


class Command(BaseCommand):
    help = "Closed records past the retention period: list them, or remove them (audited)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be removed; change nothing."
        )
        parser.add_argument("--apply", action="store_true", help="Remove the records listed by --dry-run.")
        parser.add_argument("--years", type=int, help="Years to keep closed records (default: the setting).")

    def handle(self, *args: Any, dry_run: bool, apply: bool, years: int | None, **options: Any) -> None:
        if dry_run == apply:
            raise refuse("say either --dry-run (to list) or --apply (to remove)")
        period = years if years is not None else settings.RETENTION_YEARS
        if period < 1:
            raise refuse("--years must be 1 or more")
        to_remove, held = due_for_removal(period)
        console = Console()
        for item in to_remove:
            console.print(
                f"{item.family} (reference {item.family.reference or 'none'}), "
                f"closed {item.closed_on:%d/%m/%Y}"
            )
        for item in held:
            console.print(f"{item.family} (legal hold: kept), closed {item.closed_on:%d/%m/%Y}")
        if apply:
            removed = remove(to_remove, period)
            console.print(
                f"Removed {removed.families} family record(s) closed more than {period} years ago; "
                f"personal data removed from {removed.audit_entries_redacted} audit trail entries "
                "(the entries stay, and the chain still verifies)."
            )
        else:
            console.print(f"{len(to_remove)} family record(s) would be removed. Nothing has been changed.")
