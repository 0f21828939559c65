"""`familyplan backup` and `familyplan restore` on PostgreSQL (pg_dump and pg_restore)."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection
from typer.testing import CliRunner

from familyplan.casework.models import Family
from familyplan.cli import app

runner = CliRunner()
# Run in the PostgreSQL pass of `make test`; the SQLite pass has its own backup tests.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres_only]


@pytest.fixture
def on_postgresql() -> None:
    assert connection.vendor == "postgresql"


def test_a_backup_restores_the_data_as_it_was(tmp_path: Path, lead, on_postgresql) -> None:
    Family.objects.create(family_name="Before", created_by=lead)
    result = runner.invoke(app, ["backup", str(tmp_path / "backup.dump")])
    Family.objects.create(family_name="After", created_by=lead)

    restored = runner.invoke(app, ["restore", str(tmp_path / "backup.dump")])

    assert result.exit_code == 0, result.output
    assert "checked" in result.stdout
    assert restored.exit_code == 0, restored.output
    assert sorted(Family.objects.values_list("family_name", flat=True)) == ["Before"]
    # New records after a restore carry on from the restored numbering, with no clash.
    assert Family.objects.create(family_name="Later", created_by=lead).pk


def test_a_backup_never_overwrites_another(tmp_path: Path, on_postgresql, db) -> None:
    existing = tmp_path / "backup.dump"
    existing.write_text("earlier backup")

    result = runner.invoke(app, ["backup", str(existing)])

    assert result.exit_code == 2
    assert "already exists" in result.stderr
    assert existing.read_text() == "earlier backup"


def test_a_damaged_backup_is_refused_and_the_data_left_alone(tmp_path: Path, lead, on_postgresql) -> None:
    Family.objects.create(family_name="Kept", created_by=lead)
    good = tmp_path / "good.dump"
    assert runner.invoke(app, ["backup", str(good)]).exit_code == 0
    damaged = tmp_path / "damaged.dump"
    damaged.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])

    result = runner.invoke(app, ["restore", str(damaged)])

    assert result.exit_code == 2
    assert "damaged.dump" in result.stderr
    assert list(Family.objects.values_list("family_name", flat=True)) == ["Kept"]


def test_the_password_is_never_on_the_command_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db
) -> None:
    import subprocess

    seen: list[tuple[list[str], dict[str, str]]] = []
    real_run = subprocess.run

    def watch(command: list[str], **kwargs):
        seen.append((command, kwargs["env"]))
        return real_run(command, **kwargs)

    monkeypatch.setitem(connection.settings_dict, "PASSWORD", "s3cret-password")
    monkeypatch.setattr(subprocess, "run", watch)
    runner.invoke(app, ["backup", str(tmp_path / "backup.dump")])

    assert seen
    for command, environment in seen:
        assert not any("s3cret-password" in part for part in command)
        assert environment["PGPASSWORD"] == "s3cret-password"
