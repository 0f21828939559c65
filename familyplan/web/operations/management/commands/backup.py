"""`familyplan backup PATH`: back up the database and check the copy."""

from __future__ import annotations

from pathlib import Path

from familyplan.web.operations.backup import backup
from familyplan.web.operations.commands import BackupFileCommand


class Command(BackupFileCommand):
    help = "Back up the database (SQLite online backup, or pg_dump), and check the copy."
    path_help = "Where to write the backup (a new file)."

    def run(self, path: Path) -> str:
        return f"Backed up to {backup(path)} and checked."
