"""Every view and change is on the audit trail, and tampering with it is found."""

from __future__ import annotations

import pytest
from django.db import connection
from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework.models import Plan
from tests.people import signed_in


def test_opening_a_plan_is_recorded_with_who_and_from_where(lead: User, plan: Plan) -> None:
    signed_in(lead).get(f"/plans/{plan.pk}/", REMOTE_ADDR="10.1.2.3")

    event = AuditEvent.objects.filter(action="view", object_type="plan").last()
    assert event.user == lead
    assert event.object_id == str(plan.pk)
    assert event.family_id == plan.family_id
    assert event.ip_address == "10.1.2.3"


def test_a_change_keeps_what_it_was_before_and_after(lead: User, plan: Plan) -> None:
    signed_in(lead).post(
        f"/plans/{plan.pk}/contingency/", {"contingency": "Grandma Pat will help.", "version": plan.version}
    )

    event = AuditEvent.objects.filter(action="update", object_type="plan").last()
    assert event.detail["changes"]["contingency"] == {"before": "", "after": "Grandma Pat will help."}


def test_a_failed_sign_in_is_recorded_without_the_password(db, client) -> None:
    client.post("/sign-in/", {"username": "someone", "password": "secret-guess-123"})

    event = AuditEvent.objects.get(action="sign_in_failed")
    assert event.detail == {"username": "someone"}
    assert "secret-guess-123" not in str(event.detail)


def test_an_intact_trail_verifies(lead: User, plan: Plan) -> None:
    signed_in(lead).get(f"/plans/{plan.pk}/")

    result = CliRunner().invoke(app, ["audit", "verify"])

    assert result.exit_code == 0
    assert "The audit trail is intact" in result.stdout


def test_tampering_with_an_audit_row_makes_verify_fail(lead: User, plan: Plan) -> None:
    signed_in(lead).get(f"/plans/{plan.pk}/")
    event = AuditEvent.objects.filter(action="view").last()
    with connection.cursor() as cursor:  # straight to the database, as an intruder would
        cursor.execute("UPDATE audit_auditevent SET username = %s WHERE id = %s", ["someone-else", event.pk])

    result = CliRunner().invoke(app, ["audit", "verify"])

    assert result.exit_code == 1
    assert f"entry {event.pk}: its contents were changed after it was written" in result.stdout


def test_deleting_an_audit_row_makes_verify_fail(lead: User, plan: Plan) -> None:
    signed_in(lead).get(f"/plans/{plan.pk}/")
    first = AuditEvent.objects.order_by("id").first()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE id = %s", [first.pk])

    result = CliRunner().invoke(app, ["audit", "verify"])

    assert result.exit_code == 1
    assert "the entry before it was changed or removed" in result.stdout


def test_audit_entries_cannot_be_changed_through_the_application(lead: User, plan: Plan) -> None:
    event = AuditEvent.objects.first()
    event.username = "x"

    with pytest.raises(PermissionError, match="cannot be changed"):
        event.save()


def test_a_manager_sees_who_has_looked_at_a_family_in_their_team(
    lead: User, manager: User, plan: Plan
) -> None:
    signed_in(lead).get(f"/plans/{plan.pk}/")

    page = signed_in(manager).get(f"/families/{plan.family_id}/who-has-looked/")

    assert page.status_code == 200
    assert "Lead Tester" in page.content.decode()
    assert "Looked at the plan" in page.content.decode()


def test_the_lead_cannot_see_the_access_record(lead: User, plan: Plan) -> None:
    assert signed_in(lead).get(f"/families/{plan.family_id}/who-has-looked/").status_code == 403
