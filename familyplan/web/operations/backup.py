"""Backups of the database, and putting one back.

SQLite is copied with its online backup in one step (the incremental backup
starts again on every write and may never finish), then the copy is checked.
PostgreSQL uses pg_dump and pg_restore: the archive is read back before it is kept
or restored, and a restore is one transaction, so a failed one changes nothing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

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
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as copy:
            result = copy.execute("PRAGMA integrity_check").fetchone()[0]
            copy.execute("SELECT count(*) FROM django_migrations").fetchone()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path.name} is not a Family Plan database ({error})") from error
    if result != "ok":
        raise BackupError(f"{path.name} failed its integrity check: {result}")


def _pg_environment() -> dict[str, str]:
    # Connection details go to pg_dump through its environment, never its command line,
    # where anyone on the server could read the password in the list of processes.
    db = connections["default"].settings_dict
    environment = dict(os.environ)
    environment.update(
        PGHOST=str(db.get("HOST") or "localhost"),
        PGPORT=str(db.get("PORT") or 5432),
        PGUSER=str(db.get("USER") or ""),
        PGDATABASE=str(db["NAME"]),
    )
    if db.get("PASSWORD"):
        environment["PGPASSWORD"] = str(db["PASSWORD"])
    return environment


def _run(command: list[str]) -> str:
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed (Debian package postgresql-client)")
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=_pg_environment())
    if done.returncode != 0:
        raise BackupError(
            f"{command[0]} failed: {done.stderr.strip().splitlines()[-1] if done.stderr else done.returncode}"
        )
    return done.stdout


def _check_archive(path: Path) -> None:
    try:
        contents = _run(["pg_restore", "--list", str(path)])
    except BackupError as error:
        raise BackupError(f"{path.name} is not a Family Plan backup ({error})") from error
    if "django_migrations" not in contents:
        raise BackupError(f"{path.name} is not a Family Plan backup (it has no django_migrations table)")


def backup(target: Path) -> Path:
    target = target.expanduser().resolve()
    if target.exists():
        raise BackupError(f"{target} already exists: choose a new file name, so no backup is overwritten")
    target.parent.mkdir(parents=True, exist_ok=True)
    live = _live_sqlite()
    partial = target.with_suffix(target.suffix + ".partial")
    if live is None:
        try:
            _run(["pg_dump", "--format=custom", f"--file={partial}"])
            _check_archive(partial)
        except BackupError:
            partial.unlink(missing_ok=True)
            raise
        partial.rename(target)
        return target
    try:
        with closing(sqlite3.connect(partial)) as copy:
            live.backup(copy, pages=-1)
            # One file, with no write-ahead log beside it, that can be copied or moved alone.
            copy.execute("PRAGMA journal_mode=DELETE")
        _check(partial)
    except (sqlite3.Error, BackupError):
        partial.unlink(missing_ok=True)
        raise
    partial.rename(target)
    return target


def restore(source: Path) -> None:
    source = source.expanduser().resolve()
    if not source.is_file():
        raise BackupError(f"{source} does not exist")
    live = _live_sqlite()
    if live is None:
        _check_archive(source)
        database = str(connections["default"].settings_dict["NAME"])
        connections.close_all()
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                f"--dbname={database}",
                str(source),
            ]
        )
        return
    _check(source)
    with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as backup_db:
        backup_db.backup(live, pages=-1)
    result = live.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise BackupError(f"the restored database failed its integrity check: {result}")
