"""`familyplan audit verify`: check the audit trail's hash chain."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.console import Console

from familyplan.web.audit.models import AuditEvent
from familyplan.web.audit.services import verify


class Command(BaseCommand):
    help = "The audit trail of who saw and changed records."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser(
            "verify",
            help="Check the hash chain: exit 1 and say where, if any entry was changed or removed.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        problems = list(verify())
        console = Console()
        if problems:
            for problem in problems[:20]:
                where = f"entry {problem.event_id}" if problem.event_id else "the end of the trail"
                console.print(f"[bold red]Broken:[/] {where}: {problem.reason}", highlight=False)
            raise CommandError("", returncode=1)  # each break is listed above
        console.print(f"The audit trail is intact ({AuditEvent.objects.count()} entries).", highlight=False)
