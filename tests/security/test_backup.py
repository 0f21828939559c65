"""`familyplan backup` and `familyplan restore`: a checked copy that puts the data back.

These run in both passes of `make test`: SQLite's online backup, then pg_dump and pg_restore.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from django.db import connection
from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.web.casework.models import Family

runner = CliRunner()
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def backup_file(tmp_path: Path) -> Path:
    return tmp_path / ("backup.sqlite3" if connection.vendor == "sqlite" else "backup.dump")


def test_a_backup_restores_the_data_as_it_was(backup_file: Path, lead) -> None:
    Family.objects.create(family_name="Before", created_by=lead)
    result = runner.invoke(app, ["backup", str(backup_file)])
    Family.objects.create(family_name="After", created_by=lead)

    restored = runner.invoke(app, ["restore", str(backup_file)])

    assert result.exit_code == 0, result.output
    assert "checked" in result.stdout
    assert restored.exit_code == 0, restored.output
    assert sorted(Family.objects.values_list("family_name", flat=True)) == ["Before"]
    # New records after a restore carry on from the restored numbering, with no clash.
    assert Family.objects.create(family_name="Later", created_by=lead).pk


def test_a_backup_never_overwrites_another(backup_file: Path, db) -> None:
    backup_file.write_text("earlier backup")

    result = runner.invoke(app, ["backup", str(backup_file)])

    assert result.exit_code == 2
    assert "already exists" in result.stderr
    assert backup_file.read_text() == "earlier backup"


def test_a_damaged_backup_is_refused_and_the_data_left_alone(backup_file: Path, lead) -> None:
    Family.objects.create(family_name="Kept", created_by=lead)
    assert runner.invoke(app, ["backup", str(backup_file)]).exit_code == 0
    whole = backup_file.read_bytes()
    damaged = backup_file.with_name("damaged" + backup_file.suffix)
    damaged.write_bytes(whole[: len(whole) // 2])

    result = runner.invoke(app, ["restore", str(damaged)])

    assert result.exit_code == 2
    assert damaged.name in result.stderr
    assert list(Family.objects.values_list("family_name", flat=True)) == ["Kept"]


@pytest.mark.postgres_only
def test_the_database_password_is_never_on_a_command_line(
    monkeypatch: pytest.MonkeyPatch, backup_file: Path, db
) -> None:
    seen: list[tuple[list[str], dict[str, str]]] = []
    real_run = subprocess.run

    def watch(command: list[str], **kwargs):
        seen.append((command, kwargs["env"]))
        return real_run(command, **kwargs)

    monkeypatch.setitem(connection.settings_dict, "PASSWORD", "s3cret-password")
    monkeypatch.setattr(subprocess, "run", watch)
    runner.invoke(app, ["backup", str(backup_file)])

    assert [command[0] for command, _ in seen] == ["pg_dump", "pg_restore"]
    for command, environment in seen:
        assert not any("s3cret-password" in part for part in command)
        assert environment["PGPASSWORD"] == "s3cret-password"


def test_a_backup_of_a_database_in_wal_mode_is_one_file_with_nothing_left_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database on a server runs with a write-ahead log; its backup must still be a single
    file that can be copied or moved alone, and a restore must leave nothing beside it."""
    import sqlite3

    from familyplan.web.operations import backup as operations

    live = sqlite3.connect(tmp_path / "live.sqlite3")
    live.execute("PRAGMA journal_mode=WAL")
    live.execute("CREATE TABLE django_migrations (id INTEGER PRIMARY KEY)")
    live.commit()
    monkeypatch.setattr(operations, "_live_sqlite", lambda: live)
    target = tmp_path / "backups" / "monday.sqlite3"

    operations.backup(target)
    operations.restore(target)

    assert [p.name for p in target.parent.iterdir()] == ["monday.sqlite3"]
    live.close()
