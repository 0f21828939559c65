"""Backups of the database, and putting one back.

SQLite is copied with its online backup in one step (the incremental backup
starts again on every write and may never finish), then the copy is checked.
PostgreSQL uses pg_dump and pg_restore.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.db import connections


class BackupError(Exception):
    pass


def _live_sqlite() -> sqlite3.Connection | None:
    """The open SQLite connection Django uses, or None on PostgreSQL."""
    connection = connections["default"]
    if connection.vendor != "sqlite":
        return None
    connection.ensure_connection()
    raw: sqlite3.Connection = connection.connection
    return raw


def _check(path: Path) -> None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as copy:
            result = copy.execute("PRAGMA integrity_check").fetchone()[0]
            copy.execute("SELECT count(*) FROM django_migrations").fetchone()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path.name} is not a Family Plan database ({error})") from error
    if result != "ok":
        raise BackupError(f"{path.name} failed its integrity check: {result}")


def _pg_url() -> str:
    db = settings.DATABASES["default"]
    where = f"{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}"
    return f"postgresql://{db['USER']}:{db.get('PASSWORD') or ''}@{where}/{db['NAME']}"


def _run(command: list[str]) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed (Debian package postgresql-client)")
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BackupError(
            f"{command[0]} failed: {done.stderr.strip().splitlines()[-1] if done.stderr else done.returncode}"
        )


def backup(target: Path) -> Path:
    target = target.expanduser().resolve()
    if target.exists():
        raise BackupError(f"{target} already exists: choose a new file name, so no backup is overwritten")
    target.parent.mkdir(parents=True, exist_ok=True)
    live = _live_sqlite()
    if live is None:
        _run(["pg_dump", "--format=custom", f"--file={target}", _pg_url()])
        return target
    partial = target.with_suffix(target.suffix + ".partial")
    with sqlite3.connect(partial) as copy:
        live.backup(copy, pages=-1)
    copy.close()
    _check(partial)
    partial.rename(target)
    return target


def restore(source: Path) -> None:
    source = source.expanduser().resolve()
    if not source.is_file():
        raise BackupError(f"{source} does not exist")
    live = _live_sqlite()
    if live is None:
        connections.close_all()
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", f"--dbname={_pg_url()}", str(source)])
        return
    _check(source)
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as backup_db:
        backup_db.backup(live, pages=-1)
    result = live.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise BackupError(f"the restored database failed its integrity check: {result}")
