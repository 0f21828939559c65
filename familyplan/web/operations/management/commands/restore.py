"""`familyplan restore PATH`: put a backup back in place of the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from rich.console import Console

from familyplan.web.accounts.commands import refuse
from familyplan.web.operations.backup import BackupError, restore


class Command(BaseCommand):
    help = "Put a backup back in place of the database. Stop the web server first."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="A backup made by `familyplan backup`.")

    def handle(self, *args: Any, path: Path, **options: Any) -> None:
        try:
            restore(path)
        except BackupError as error:
            raise refuse(str(error)) from error
        Console().print(f"Restored from {path}.", highlight=False)
