"""A new person choosing their first password from the link they were emailed is asked to create
it, and is not told about sessions and API tokens they never had; someone resetting a password
they have used is still told that every other session and token ends."""

from __future__ import annotations

import html
import re

from django.core import mail
from django.test import Client

from familyplan.web.accounts.models import User
from tests.people import PASSWORD, make_user, signed_in
from tests.web.test_adding_people_and_changing_their_access import NEW_PASSWORD, NEWCOMER


def an_administrator() -> Client:
    return signed_in(make_user("admin", role=User.Role.ADMINISTRATOR))


def test_a_new_person_creating_their_first_password_is_not_told_of_sessions_and_tokens(
    db, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        an_administrator().post("/people/new/", NEWCOMER)
    link = re.search(r"https?://[^\s]+(/sign-in/reset/[^\s]+/)", mail.outbox[0].body)[1]  # type: ignore[index]
    browser = Client()

    page = browser.get(link, follow=True)
    done = browser.post(
        page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )

    first = html.unescape(page.content.decode())
    assert "Create your password" in first
    assert "signed out everywhere" not in first
    assert "API tokens" not in first
    finished = html.unescape(done.content.decode())
    assert "Your password has been created" in finished
    assert "API tokens" not in finished
    assert (
        Client().post("/sign-in/", {"username": "rhian.price", "password": NEW_PASSWORD}).status_code == 302
    )


def test_someone_who_has_signed_in_before_is_told_a_new_password_signs_them_out_everywhere(
    lead: User, django_capture_on_commit_callbacks
) -> None:
    lead.email = "lead@council.example"
    lead.save()
    Client().post("/sign-in/", {"username": "lead", "password": PASSWORD})
    browser = Client()
    with django_capture_on_commit_callbacks(execute=True):
        browser.post("/sign-in/reset/", {"email": "lead@council.example"})
    link = re.search(r"https?://[^\s]+(/sign-in/reset/[^\s]+/)", mail.outbox[-1].body)[1]  # type: ignore[index]

    page = html.unescape(browser.get(link, follow=True).content.decode())

    assert "Choose a new password" in page
    assert "you are signed out everywhere, and your API tokens stop working" in page
