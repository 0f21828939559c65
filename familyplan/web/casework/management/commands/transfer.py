"""`familyplan transfer export|import`: a family's whole record, to or from another council."""

from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from rich.console import Console

from familyplan.formats import ReadError, RowProblem
from familyplan.web.accounts.commands import refuse, user_named
from familyplan.web.audit import services as audit
from familyplan.web.casework.importing import transfer_document, transfer_import
from familyplan.web.casework.models import Family


class Command(BaseCommand):
    help = "Move a family's whole record to or from another council."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        export = actions.add_parser(
            "export", help="Write a family's whole record (plans, reviews, progress, history) to one file."
        )
        export.add_argument("family_id", type=int, help="The family's number, as in its page address.")
        export.add_argument("path", type=Path, help="The file to write.")
        export.add_argument(
            "--as",
            dest="as_user",
            help="The username the export is recorded against on the audit trail (else the system's user).",
        )
        take_in = actions.add_parser(
            "import", help="Take in a family's record from another council as a new family, with its history."
        )
        take_in.add_argument("path", type=Path, help="A file written by `familyplan transfer export`.")
        take_in.add_argument(
            "--as", dest="as_user", required=True, help="The username the family is recorded against."
        )

    def handle(self, *args: Any, action: str, path: Path, **options: Any) -> None:
        if action == "export":
            self._export(options["family_id"], path, options.get("as_user"))
        else:
            self._import(path, options["as_user"])

    def _export(self, family_id: int, path: Path, as_user: str | None) -> None:
        operator = user_named(as_user) if as_user else None
        family = Family.objects.filter(pk=family_id).first()
        if family is None:
            raise refuse(f"no family number {family_id}")
        if path.exists():
            raise refuse(f"{path} already exists: choose a new file name")
        path.write_text(json.dumps(transfer_document(family), indent=2, ensure_ascii=False), encoding="utf-8")
        audit.record(
            "export",
            object_type="transfer",
            object_id=family.pk,
            family_id=family.pk,
            detail={"file": path.name, "operator": as_user or getpass.getuser(), "by": "the command line"},
            user=operator,
        )
        Console().print(f"Wrote {family}'s record to {path}.", highlight=False)

    def _import(self, path: Path, as_user: str) -> None:
        user = user_named(as_user)
        notes: list[RowProblem] = []
        try:
            family = transfer_import(path, user, notes)
        except ReadError as error:
            raise refuse(str(error)) from error
        console = Console()
        console.print(
            f"Imported {family} (#{family.pk}) with {family.plans.count()} plan(s).", highlight=False
        )
        for note in notes:
            console.print(f"  {note.where}: {note.reason}", highlight=False, soft_wrap=True)
