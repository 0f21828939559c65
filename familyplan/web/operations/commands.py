"""What the backup and restore commands share: one file named, and a failure told on one line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from rich.console import Console

from familyplan.web.accounts.commands import refuse
from familyplan.web.operations.backup import BackupError


class BackupFileCommand(BaseCommand):
    """A command over one backup file: ``run`` does the work and says what it did."""

    path_help = ""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help=self.path_help)

    def run(self, path: Path) -> str:
        raise NotImplementedError

    def handle(self, *args: Any, path: Path, **options: Any) -> None:
        try:
            done = self.run(path)
        except BackupError as error:
            raise refuse(str(error)) from error
        Console().print(done, highlight=False)
