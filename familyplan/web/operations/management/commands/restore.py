"""`familyplan restore PATH`: put a backup back in place of the database."""

from __future__ import annotations

from pathlib import Path

from familyplan.web.operations.backup import restore
from familyplan.web.operations.commands import BackupFileCommand


class Command(BackupFileCommand):
    help = "Put a backup back in place of the database. Stop the web server first."
    path_help = "A backup made by `familyplan backup`."

    def run(self, path: Path) -> str:
        restore(path)
        return f"Restored from {path}."
