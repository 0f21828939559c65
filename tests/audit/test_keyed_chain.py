"""The audit trail holds against someone who can change the database: the chain is keyed with
a secret kept outside it, checkpoints of its newest link are written outside it, and retention
removes a family's personal data from the trail while the chain still verifies."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone
from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import closure, services
from familyplan.web.casework.models import Family, FamilyMember
from tests.people import ask_to_close, signed_in

runner = CliRunner()


@pytest.fixture
def checkpoints(settings, tmp_path: Path) -> Path:
    path = tmp_path / "audit-checkpoints.log"
    settings.AUDIT_CHECKPOINTS = str(path)
    return path


def committed_views(user: User, plan_id: int, times: int, capture) -> None:
    """Page views whose entries are committed, so their checkpoints are written as on a server."""
    client = signed_in(user)
    for _ in range(times):
        with capture(execute=True):
            client.get(f"/plans/{plan_id}/")


def verify_output() -> tuple[int, str]:
    result = runner.invoke(app, ["audit", "verify"], env={"COLUMNS": "200"})
    return result.exit_code, result.stdout


def test_an_entry_changed_with_every_later_hash_recomputed_is_found(lead: User, plan, checkpoints) -> None:
    signed_in(lead).get(f"/plans/{plan.pk}/")
    signed_in(lead).get(f"/plans/{plan.pk}/")
    events = list(AuditEvent.objects.order_by("id"))
    target = events[1]
    # An intruder with the database, and the code, but not the server's key, rewrites the
    # chain from the changed entry on: new digests, new links by the best guess of the recipe.
    previous = events[0].hash
    with connection.cursor() as cursor:
        for event in events[1:]:
            if event.pk == target.pk:
                event.username = "someone-else"
            new_digest = audit.digest(event)
            new_hash = hashlib.sha256(f"{previous}:{new_digest}".encode()).hexdigest()
            cursor.execute(
                "UPDATE audit_auditevent SET username = %s, previous_hash = %s, content_digest = %s, hash = %s "
                "WHERE id = %s",
                [event.username, previous, new_digest, new_hash, event.pk],
            )
            previous = new_hash
        cursor.execute("UPDATE audit_audithead SET last_hash = %s", [previous])

    code, out = verify_output()

    assert code == 1
    assert f"entry {target.pk}: its place in the chain was not made by this service" in out


def test_removing_the_newest_entries_and_moving_the_head_back_is_found(
    lead: User, plan, checkpoints, django_capture_on_commit_callbacks
) -> None:
    committed_views(lead, plan.pk, 6, django_capture_on_commit_callbacks)
    events = list(AuditEvent.objects.order_by("id"))
    kept = events[-4]
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE id > %s", [kept.pk])
        cursor.execute("UPDATE audit_audithead SET last_hash = %s", [kept.hash])

    code, out = verify_output()

    assert code == 1
    assert f"entry {events[-1].pk}: it is in the checkpoints" in out
    assert "but no longer in the trail" in out


def test_checkpoints_are_written_outside_the_database_as_entries_are_committed(
    lead: User, plan, checkpoints, django_capture_on_commit_callbacks
) -> None:
    committed_views(lead, plan.pk, 2, django_capture_on_commit_callbacks)

    newest = AuditEvent.objects.order_by("-id").first()
    assert checkpoints.read_text().splitlines()[-1] == f"{newest.pk} {newest.hash}"
    code, out = verify_output()
    assert code == 0, out
    assert "checkpoints outside the database" in out


def test_an_intact_trail_with_its_checkpoints_verifies(
    lead: User, plan, checkpoints, django_capture_on_commit_callbacks
) -> None:
    committed_views(lead, plan.pk, 3, django_capture_on_commit_callbacks)

    code, out = verify_output()

    assert code == 0, out
    assert "The audit trail is intact" in out


def a_family_closed_long_ago(lead: User, manager: User) -> tuple[Family, list[str]]:
    family = services.family_create(by=lead, family_name="Quillfeather")
    services.person_add(
        model=FamilyMember,
        by=lead,
        family=family,
        name="Oriel Quillfeather",
        relationship="Son",
        date_of_birth=dt.date(2011, 4, 17),
        is_child=True,
    )
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=timezone.localdate()
    )
    services.plan_update(
        by=lead, plan=plan, version=plan.version, contingency="Aunt Marisol Vantreight will collect Oriel."
    )
    ask_to_close(plan, lead, summary="Oriel settled at Greystone Academy with the help of the family.")
    closure.closure_sign_off(plan=plan, by=manager)
    plan.closure.__class__.objects.filter(plan=plan).update(
        signed_off_at=timezone.now() - dt.timedelta(days=365 * 30)
    )
    signed_in(lead).get(f"/plans/{plan.pk}/")
    return family, ["Quillfeather", "Oriel", "2011-04-17", "Marisol", "Greystone Academy"]


def test_retention_leaves_no_personal_data_in_the_trail_and_the_chain_still_verifies(
    lead: User, manager: User, checkpoints
) -> None:
    family, personal = a_family_closed_long_ago(lead, manager)
    before = [json.dumps(e.detail) for e in AuditEvent.objects.filter(family_id=family.pk)]
    assert any(word in text for text in before for word in personal)  # there was something to remove

    applied = runner.invoke(app, ["retention", "--apply", "--years", "25"], env={"COLUMNS": "200"})

    assert applied.exit_code == 0, applied.stdout
    assert "personal data removed from" in applied.stdout
    rows = [
        json.dumps([e.username, e.object_type, e.object_id, e.detail], default=str)
        for e in AuditEvent.objects.all()
    ]
    for word in personal:
        assert not any(word in row for row in rows), word
    code, out = verify_output()
    assert code == 0, out
    assert "redacted under retention" in out
