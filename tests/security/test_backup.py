"""`familyplan backup` and `familyplan restore`: a checked copy that puts the data back."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection
from typer.testing import CliRunner

from familyplan.casework.models import Family
from familyplan.cli import app

runner = CliRunner()
# The embedded database's own backup; the PostgreSQL run leaves these out (pg_dump does that job there).
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.sqlite_only]


@pytest.fixture
def on_sqlite() -> None:
    assert connection.vendor == "sqlite"


def test_a_backup_restores_the_data_as_it_was(tmp_path: Path, lead, on_sqlite) -> None:
    Family.objects.create(family_name="Before", created_by=lead)
    result = runner.invoke(app, ["backup", str(tmp_path / "backup.sqlite3")])
    Family.objects.create(family_name="After", created_by=lead)

    restored = runner.invoke(app, ["restore", str(tmp_path / "backup.sqlite3")])

    assert result.exit_code == 0, result.stdout
    assert "checked" in result.stdout
    assert restored.exit_code == 0, restored.stdout
    assert sorted(Family.objects.values_list("family_name", flat=True)) == ["Before"]


def test_a_backup_never_overwrites_another(tmp_path: Path, on_sqlite, db) -> None:
    existing = tmp_path / "backup.sqlite3"
    existing.write_text("earlier backup")

    result = runner.invoke(app, ["backup", str(existing)])

    assert result.exit_code == 2
    assert "already exists" in result.stderr
    assert existing.read_text() == "earlier backup"


def test_a_damaged_backup_is_refused_and_the_data_left_alone(tmp_path: Path, lead, on_sqlite) -> None:
    Family.objects.create(family_name="Kept", created_by=lead)
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)

    result = runner.invoke(app, ["restore", str(damaged)])

    assert result.exit_code == 2
    assert "damaged.sqlite3" in result.stderr
    assert list(Family.objects.values_list("family_name", flat=True)) == ["Kept"]
