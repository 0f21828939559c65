"""`familyplan backup PATH`: back up the database and check the copy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from rich.console import Console

from familyplan.web.accounts.commands import refuse
from familyplan.web.operations.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database (SQLite online backup, or pg_dump), and check the copy."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="Where to write the backup (a new file).")

    def handle(self, *args: Any, path: Path, **options: Any) -> None:
        try:
            written = backup(path)
        except BackupError as error:
            raise refuse(str(error)) from error
        Console().print(f"Backed up to {written} and checked.", highlight=False)
