"""The lockout page tells someone locked out to ask an administrator; the people page shows who is
locked and lets an administrator unlock them, on the audit trail. Nobody else can."""

from __future__ import annotations

from django.test import Client

from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from tests.people import PASSWORD, make_user, signed_in
from tests.security.test_locked_out_page import locked_out


def test_an_administrator_sees_the_lock_and_lifts_it(db) -> None:
    priya = make_user("priya.okafor")
    admin = make_user("alex", role=User.Role.ADMINISTRATOR)
    assert locked_out(Client(), "priya.okafor").status_code == 429
    client = signed_in(admin)

    people = client.get("/people/").content.decode()
    assert "Signing in locked" in people
    assert f"/people/{priya.pk}/unlock/" in people
    assert (
        "Locked after too many wrong passwords" in client.get(f"/people/{priya.pk}/unlock/").content.decode()
    )

    client.post(f"/people/{priya.pk}/unlock/")

    assert "Signing in locked" not in client.get("/people/").content.decode()
    again = Client().post("/sign-in/", {"username": "priya.okafor", "password": PASSWORD})
    assert again.status_code == 302
    assert AuditEvent.objects.filter(
        object_type="user", object_id=str(priya.pk), detail={"sign_in": "unlocked"}
    ).exists()


def test_someone_who_does_not_manage_people_cannot_unlock(lead: User) -> None:
    priya = make_user("priya.okafor")
    locked_out(Client(), "priya.okafor")

    response = signed_in(lead).post(f"/people/{priya.pk}/unlock/")

    assert response.status_code == 403
    assert locked_out(Client(), "priya.okafor").status_code == 429
