"""A SQLite database file is put in write-ahead-log mode once, by the first connection a process
opens to it, so pages can be read while a save is written; connections opened afterwards do not ask
again, which in a burst of saves could fail with "database is locked"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from django.db import connections
from django.db.backends.sqlite3.base import DatabaseWrapper

from familyplan.web.operations import write_ahead_log

pytestmark = pytest.mark.django_db


def _opened(path: Path, alias: str) -> DatabaseWrapper:
    settings = {
        **connections["default"].settings_dict,
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
    }
    settings["OPTIONS"] = {"timeout": 20, "init_command": "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"}
    wrapper = DatabaseWrapper(settings, alias=alias)
    wrapper.ensure_connection()
    return wrapper


def test_a_database_file_is_put_in_write_ahead_log_mode_on_its_first_connection(tmp_path: Path) -> None:
    path = tmp_path / "served.sqlite3"
    sqlite3.connect(path).close()  # a new file, in SQLite's default rollback-journal mode
    first = _opened(path, "first")
    try:
        with sqlite3.connect(path) as look:
            assert look.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        first.close()


def test_later_connections_do_not_ask_for_the_mode_again(tmp_path: Path) -> None:
    path = tmp_path / "served.sqlite3"
    _opened(path, "first").close()
    asked: list[str] = []
    second = _opened(path, "second")
    second.connection.set_trace_callback(asked.append)
    write_ahead_log.use_write_ahead_log(sender=None, connection=second)
    second.close()
    assert not any("journal_mode" in statement for statement in asked)
