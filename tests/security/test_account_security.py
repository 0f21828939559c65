"""A changed password or two-factor sign-in ends every other session and API token; a person
sees their API tokens and revokes them, on a page and through the API."""

from __future__ import annotations

from django.core.cache import cache
from django.test import Client
from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.web.accounts.models import User
from tests.people import PASSWORD, code_for, signed_in

NEW_PASSWORD = "a-brand-new-password-42"


def token_for(user: User, password: str = PASSWORD, code: str | None = None) -> str:
    cache.clear()
    asked = {"username": user.username, "password": password} | ({"code": code} if code else {})
    response = Client().post("/api/auth/token", asked, content_type="application/json")
    return str(response.json()["token"])


def api_answers(token: str) -> int:
    return Client().get("/api/families", HTTP_AUTHORIZATION=f"Bearer {token}").status_code


def still_signed_in(client: Client) -> bool:
    return client.get("/account/").status_code == 200


def test_changing_the_password_ends_every_other_session_and_token(lead: User) -> None:
    here, elsewhere = signed_in(lead), signed_in(lead)
    token = token_for(lead)

    response = here.post(
        "/account/password/",
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )

    assert "You have been signed out everywhere else" in response.content.decode()
    assert still_signed_in(here)
    assert not still_signed_in(elsewhere)
    assert api_answers(token) == 401
    assert api_answers(token_for(lead, NEW_PASSWORD)) == 200


def test_a_wrong_old_password_changes_nothing(lead: User) -> None:
    here, elsewhere = signed_in(lead), signed_in(lead)

    response = here.post(
        "/account/password/",
        {"old_password": "not-it-at-all", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.status_code == 200
    assert still_signed_in(elsewhere)
    lead.refresh_from_db()
    assert lead.check_password(PASSWORD)


def test_turning_two_factor_sign_in_on_ends_every_other_session_and_token(lead: User) -> None:
    here, elsewhere = signed_in(lead), signed_in(lead)
    token = token_for(lead)
    here.get("/account/two-factor/set-up/")
    device = lead.totpdevice_set.get()

    here.post("/account/two-factor/set-up/", {"code": code_for(device)})

    assert still_signed_in(here)
    assert not still_signed_in(elsewhere)
    assert api_answers(token) == 401


def test_turning_two_factor_sign_in_off_ends_every_other_session_and_token(lead: User) -> None:
    here = signed_in(lead)
    here.get("/account/two-factor/set-up/")
    here.post("/account/two-factor/set-up/", {"code": code_for(lead.totpdevice_set.get())})
    elsewhere = Client()
    elsewhere.post("/sign-in/", {"username": "lead", "password": PASSWORD})
    elsewhere.post("/sign-in/code/", {"code": code_for(lead.totpdevice_set.get())})
    assert still_signed_in(elsewhere)
    token = token_for(lead, code=code_for(lead.totpdevice_set.get()))
    assert api_answers(token) == 200

    here.post("/account/two-factor/turn-off/", {"code": code_for(lead.totpdevice_set.get())})

    assert still_signed_in(here)
    assert not still_signed_in(elsewhere)
    assert api_answers(token) == 401


def test_an_administrator_turning_it_off_for_a_lost_phone_ends_all_sessions(lead: User) -> None:
    here = signed_in(lead)
    here.get("/account/two-factor/set-up/")
    here.post("/account/two-factor/set-up/", {"code": code_for(lead.totpdevice_set.get())})

    result = CliRunner().invoke(app, ["two-factor-off", "lead"])

    assert result.exit_code == 0, result.stdout
    assert not still_signed_in(here)


def test_a_token_is_listed_and_revoked_on_the_account_page(lead: User) -> None:
    token, other = token_for(lead), token_for(lead)
    client = signed_in(lead)
    page = client.get("/account/api-tokens/").content.decode()
    assert page.count("Revoke") >= 2
    listed = Client().get("/api/auth/tokens", HTTP_AUTHORIZATION=f"Bearer {token}").json()
    this_one = next(t["id"] for t in listed if t["this_one"])

    client.post("/account/api-tokens/", {"token": this_one})

    assert api_answers(token) == 401
    assert api_answers(other) == 200


def test_a_token_is_revoked_through_the_api_and_no_one_revokes_anothers(lead: User, manager: User) -> None:
    mine, theirs = token_for(lead), token_for(manager)
    their_id = Client().get("/api/auth/tokens", HTTP_AUTHORIZATION=f"Bearer {theirs}").json()[0]["id"]
    my_id = Client().get("/api/auth/tokens", HTTP_AUTHORIZATION=f"Bearer {mine}").json()[0]["id"]

    refused = Client().delete(f"/api/auth/tokens?id={their_id}", HTTP_AUTHORIZATION=f"Bearer {mine}")
    revoked = Client().delete(f"/api/auth/tokens?id={my_id}", HTTP_AUTHORIZATION=f"Bearer {mine}")

    assert refused.status_code == 404
    assert api_answers(theirs) == 200
    assert revoked.status_code == 204
    assert api_answers(mine) == 401
