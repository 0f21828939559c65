"""Two-factor sign-in: a manager turns it on, and from then on a password alone opens nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from tests.people import PASSWORD, code_for, signed_in

pytestmark = pytest.mark.django_db


def wrong_code(device: TOTPDevice) -> str:
    return f"{(int(code_for(device)) + 1) % 1_000_000:06d}"


def a_moment_later(device: TOTPDevice) -> None:
    """Time for a person to read the error and type again: past the wait after a wrong code."""
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - dt.timedelta(minutes=10)
    )


def turn_on(user: User) -> TOTPDevice:
    client = signed_in(user)
    client.get("/account/two-factor/set-up/")
    device = TOTPDevice.objects.get(user=user)
    response = client.post("/account/two-factor/set-up/", {"code": code_for(device)})
    assert response.status_code == 302
    return TOTPDevice.objects.get(user=user, confirmed=True)


def password_only(user: User) -> Client:
    client = Client()
    response = client.post("/sign-in/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def test_a_manager_is_asked_to_set_it_up_and_a_wrong_code_does_not_turn_it_on(manager) -> None:
    client = signed_in(manager)
    page = client.get("/account/").content.decode()
    assert "Two-factor sign-in" in page
    assert "Off" in page
    assert "Please set up two-factor sign-in" in page

    page = client.get("/account/two-factor/set-up/").content.decode()
    assert 'src="data:image/svg+xml' in page
    assert 'alt="QR code to add your account to an authenticator app"' in page
    device = TOTPDevice.objects.get(user=manager)
    assert not device.confirmed
    # The key to type in, when the QR code cannot be scanned: base32 in groups of four.
    key = page.split('class="app-setup-key">')[1].split("<")[0]
    assert len(key.replace(" ", "")) == 32

    page = client.post("/account/two-factor/set-up/", {"code": wrong_code(device)}).content.decode()
    assert "There is a problem" in page
    assert "That code is not right" in page
    page = client.post("/account/two-factor/set-up/", {"code": "12ab"}).content.decode()
    assert "Enter the 6-digit code from your authenticator app" in page
    assert not TOTPDevice.objects.filter(user=manager, confirmed=True).exists()

    a_moment_later(device)
    response = client.post("/account/two-factor/set-up/", {"code": code_for(device)}, follow=True)
    assert "Two-factor sign-in is on" in response.content.decode()
    assert TOTPDevice.objects.get(user=manager).confirmed
    event = AuditEvent.objects.filter(object_type="user", object_id=str(manager.pk)).last()
    assert event.detail == {"two_factor_sign_in": "turned on"}
    assert event.username == "manager"


def test_a_practitioner_without_it_signs_in_with_a_password_as_before(lead, plan) -> None:
    client = password_only(lead)
    assert client.get(f"/plans/{plan.pk}/").status_code == 200


def test_with_it_on_a_password_alone_reaches_no_page_and_the_right_code_goes_where_asked(manager, lead, plan):
    device = turn_on(lead)
    client = password_only(lead)
    for path in ["/", f"/plans/{plan.pk}/", f"/families/{plan.family_id}/", "/account/", "/help/index/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/sign-in/code/?next="), path
    page = client.get(f"/sign-in/code/?next=/plans/{plan.pk}/").content.decode()
    assert "Enter the code from your authenticator app" in page
    assert "Smith" not in page  # nothing of any family before the code
    assert 'href="/account/"' not in page  # no menu of pages it cannot open yet

    page = client.post(
        "/sign-in/code/", {"code": wrong_code(device), "next": f"/plans/{plan.pk}/"}
    ).content.decode()
    assert "That code is not right" in page
    failed = AuditEvent.objects.filter(action=AuditEvent.Action.SIGN_IN_FAILED).last()
    assert failed.detail == {"username": "lead", "step": "two-factor code"}
    a_moment_later(device)

    response = client.post("/sign-in/code/", {"code": code_for(device), "next": f"/plans/{plan.pk}/"})
    assert response["Location"] == f"/plans/{plan.pk}/"
    assert client.get(f"/plans/{plan.pk}/").status_code == 200
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.SIGN_IN, detail__step="two-factor code"
    ).exists()


def test_a_code_works_once_and_a_link_elsewhere_is_not_followed(lead) -> None:
    device = turn_on(lead)
    code = code_for(device)
    first = password_only(lead)
    response = first.post("/sign-in/code/", {"code": code, "next": "https://phishing.example/"})
    assert response["Location"] == "/"  # never sent to another site after signing in
    second = password_only(lead)
    page = second.post("/sign-in/code/", {"code": code}).content.decode()
    assert "That code is not right" in page
    assert second.get("/").status_code == 302


def test_guessing_codes_is_slowed_down(lead, monkeypatch: pytest.MonkeyPatch) -> None:
    device = turn_on(lead)
    client = password_only(lead)
    clock = [timezone.now()]
    monkeypatch.setattr(timezone, "now", lambda: clock[0])  # the wait is measured on this clock

    client.post("/sign-in/code/", {"code": wrong_code(device)})
    # Straight after a wrong code, even the right one must wait.
    page = client.post("/sign-in/code/", {"code": code_for(device)}).content.decode()
    assert "Too many wrong codes. Wait 1 second, then enter the newest code." in page
    assert client.get("/").status_code == 302
    clock[0] += dt.timedelta(seconds=1)
    client.post("/sign-in/code/", {"code": wrong_code(device)})
    page = client.post("/sign-in/code/", {"code": code_for(device)}).content.decode()
    assert "Wait 2 seconds" in page  # each wrong code doubles the wait

    clock[0] += dt.timedelta(seconds=3)
    assert client.post("/sign-in/code/", {"code": code_for(device)}).status_code == 302
    assert client.get("/").status_code == 200


def test_an_api_token_needs_the_code_too(lead) -> None:
    device = turn_on(lead)
    client = Client()
    response = client.post(
        "/api/auth/token", {"username": "lead", "password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 401
    assert "two-factor sign-in" in response.json()["detail"]
    response = client.post(
        "/api/auth/token",
        {"username": "lead", "password": PASSWORD, "code": code_for(device)},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["token"]


def test_turning_it_off_needs_a_code_and_an_administrator_can_turn_it_off_for_a_lost_phone(lead) -> None:
    device = turn_on(lead)
    client = password_only(lead)
    client.post("/sign-in/code/", {"code": code_for(device)})
    page = client.post("/account/two-factor/turn-off/", {"code": ""}).content.decode()
    assert "Enter the 6-digit code from your authenticator app" in page
    assert TOTPDevice.objects.filter(user=lead).exists()
    response = client.post("/account/two-factor/turn-off/", {"code": code_for(device)}, follow=True)
    assert "Two-factor sign-in is off" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=lead).exists()
    assert password_only(lead).get("/").status_code == 200

    turn_on(lead)
    result = CliRunner().invoke(app, ["two-factor-off", "lead"])
    assert result.exit_code == 0, result.output
    assert "Two-factor sign-in is off for lead" in result.output
    assert not TOTPDevice.objects.filter(user=lead).exists()
    assert password_only(lead).get("/").status_code == 200
    turned_off = AuditEvent.objects.filter(object_type="user", object_id=str(lead.pk), detail__has_key="how")
    assert [event.detail["how"] for event in turned_off] == [
        "by the person, with a code",
        "by an administrator, from the command line",
    ]

    result = CliRunner().invoke(app, ["two-factor-off", "nobody"])
    assert result.exit_code != 0
    assert "no active user called 'nobody'" in result.output


def test_no_admin_page_shows_someone_else_s_secret(lead) -> None:
    turn_on(lead)
    superuser = User.objects.create_superuser("root", password=PASSWORD)
    client = signed_in(superuser)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/otp_totp/totpdevice/").status_code == 404
