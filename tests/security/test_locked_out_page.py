"""After too many wrong passwords the person meets a page of the service, not a bare line: it says
how long signing in is locked and who can unlock it, and shows nothing of the username typed."""

from __future__ import annotations

import datetime as dt

from django.test import Client, override_settings

from familyplan.web.accounts.models import User
from tests.people import PASSWORD, make_user


def locked_out(client: Client, username: str):
    for _ in range(10):
        client.post("/sign-in/", {"username": username, "password": "a-wrong-guess-1"})
    return client.post("/sign-in/", {"username": username, "password": PASSWORD})


def test_too_many_wrong_passwords_show_how_long_the_lock_lasts_and_who_can_lift_it(db) -> None:
    make_user("priya.okafor")
    client = Client()

    response = locked_out(client, "priya.okafor")

    page = response.content.decode()
    assert response.status_code == 429
    assert response["Retry-After"] == "300"
    assert "You entered the wrong password too many times" in page
    assert "from this computer or network for 5 minutes. Try again after that." in page
    assert "ask an administrator to unlock your account" in page
    assert "govuk-main-wrapper" in page
    assert "govuk-footer" in page
    assert "priya" not in page.casefold()
    assert "_auth_user_id" not in client.session


def test_the_page_follows_the_lock_set_for_the_council(lead: User) -> None:
    with override_settings(AXES_COOLOFF_TIME=dt.timedelta(hours=2)):
        response = locked_out(Client(), "lead")

    assert "for 2 hours. Try again after that." in response.content.decode()
    assert response["Retry-After"] == "7200"
