"""Adding a person: every problem is named at once and in the service's own words (a username
taken, one too long, a role written as initials)."""

from __future__ import annotations

import html

from django.test import Client

from familyplan.web.accounts.models import User
from tests.people import make_user, signed_in
from tests.web.test_adding_people_and_changing_their_access import NEWCOMER
from tests.web.test_messages_say_which_field import errors_of


def errors(response) -> list[str]:
    return errors_of(html.unescape(response.content.decode()))


def an_administrator() -> Client:
    return signed_in(make_user("admin", role=User.Role.ADMINISTRATOR))


def test_a_username_taken_is_named_with_the_other_problems_at_once(db) -> None:
    make_user("rhian.price")

    response = an_administrator().post(
        "/people/new/", {**NEWCOMER, "first_name": "", "email": "not-an-address"}
    )

    assert errors(response) == [
        "Someone already has the username rhian.price. Choose another",
        "Enter their first name",
        "Enter an email address in the correct format, like name@example.com",
    ]


def test_a_username_too_long_is_named_in_plain_words(db) -> None:
    response = an_administrator().post("/people/new/", {**NEWCOMER, "username": "r" * 200})

    assert errors(response) == ["Username must be 150 characters or fewer; it has 200"]
    assert "Ensure this value" not in response.content.decode()


def test_a_role_written_as_initials_is_asked_for_in_full(db) -> None:
    admin = an_administrator()

    known = admin.post("/people/new/", {**NEWCOMER, "job_title": "FSW"})
    unknown = admin.post("/people/new/", {**NEWCOMER, "job_title": "HOY"})
    in_full = admin.post("/people/new/", {**NEWCOMER, "job_title": "Family Support Worker (FSW)"})

    assert errors(known) == ['Write the role in full: "Family Support Worker", not FSW']
    assert errors(unknown) == ['Write the role in full, for example "Family Support Worker", not HOY']
    assert in_full.status_code == 302
    assert User.objects.get(username="rhian.price").job_title == "Family Support Worker (FSW)"


def test_someone_whose_role_was_saved_as_initials_can_still_be_deactivated(db) -> None:
    person = make_user("sam", email="sam@council.example", job_title="HV")
    fields = {**NEWCOMER, "email": "sam@council.example", "job_title": "HV"}
    fields.pop("username")

    response = an_administrator().post(f"/people/{person.pk}/", fields)  # "active" left unticked

    assert response.status_code == 302
    person.refresh_from_db()
    assert not person.is_active
