"""`familyplan audit verify`: check the audit trail's keyed hash chain and its checkpoints;
`familyplan audit checkpoint`: write the chain's newest link outside the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.console import Console

from familyplan.web.audit.models import AuditEvent
from familyplan.web.audit.services import Verified, checkpoint_file, verify, write_checkpoint


class Command(BaseCommand):
    help = "The audit trail of who saw and changed records."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        check = actions.add_parser(
            "verify",
            help="Check the keyed hash chain and the checkpoints written outside the database: exit 1 "
            "and say where, if any entry was changed, rewritten or removed.",
        )
        check.add_argument(
            "--checkpoints",
            type=Path,
            default=None,
            help="The checkpoint file to check against (default: FAMILYPLAN_AUDIT_CHECKPOINTS), e.g. a "
            "copy shipped off the server.",
        )
        actions.add_parser(
            "checkpoint",
            help="Append the chain's newest link to the checkpoint file (for example from cron).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        console = Console()
        if options["action"] == "checkpoint":
            newest = AuditEvent.objects.order_by("-id").values_list("pk", "hash").first()
            if newest is None:
                console.print("The audit trail is empty: nothing to write.", highlight=False)
                return
            write_checkpoint(*newest)
            console.print(f"Checkpoint written: entry {newest[0]} to {checkpoint_file()}.", highlight=False)
            return
        summary = Verified()
        problems = list(verify(options.get("checkpoints"), summary))
        if problems:
            for problem in problems[:20]:
                where = f"entry {problem.event_id}" if problem.event_id else "the end of the trail"
                console.print(f"[bold red]Broken:[/] {where}: {problem.reason}", highlight=False)
            raise CommandError("", returncode=1)  # each break is listed above
        console.print(
            f"The audit trail is intact ({summary.entries} entries, {summary.redacted} redacted under "
            f"retention; {summary.checkpoints} checkpoints outside the database).",
            highlight=False,
        )
