"""An administrator adds the people who sign in, without ever knowing their password, and changes
what they may do; every change is in the audit trail, and nobody else can do either."""

from __future__ import annotations

import html
import re

from django.core import mail
from django.test import Client

from familyplan.web.accounts.models import Team, User
from familyplan.web.audit.models import AuditEvent
from tests.people import make_user, signed_in

NEW_PASSWORD = "a-long-chosen-password-7"
NEWCOMER = {
    "username": "rhian.price",
    "first_name": "Rhian",
    "last_name": "Price",
    "email": "rhian.price@council.example",
    "job_title": "Young Carers Worker",
    "agency": "Carers Trust Wales",
    "role": User.Role.PRACTITIONER,
    "team": "",
}


def text(response) -> str:
    return html.unescape(response.content.decode())


def test_a_new_person_chooses_their_own_password_from_the_link_emailed_to_them(
    db, django_capture_on_commit_callbacks
) -> None:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    client = signed_in(admin)

    assert "Add a person" in text(client.get("/people/"))
    with django_capture_on_commit_callbacks(execute=True):
        added = client.post("/people/new/", NEWCOMER, follow=True)

    person = User.objects.get(username="rhian.price")
    assert "A link to choose a password has gone to rhian.price@council.example" in text(added)
    assert person.job_title == "Young Carers Worker"
    assert person.role == User.Role.PRACTITIONER
    assert len(mail.outbox) == 1
    assert "Your username is rhian.price" in mail.outbox[0].body
    link = re.search(r"https?://[^\s]+(/sign-in/reset/[^\s]+/)", mail.outbox[0].body)[1]  # type: ignore[index]
    browser = Client()
    form = browser.get(link, follow=True)
    browser.post(form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert (
        Client().post("/sign-in/", {"username": "rhian.price", "password": NEW_PASSWORD}).status_code == 302
    )
    made = AuditEvent.objects.get(action=AuditEvent.Action.CREATE, object_type="user", object_id=person.pk)
    assert "password" not in str(made.detail)


def test_a_username_or_email_address_already_taken_is_refused_by_name(
    db, django_capture_on_commit_callbacks
) -> None:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    make_user("Rhian.Price", email="someone@council.example")
    make_user("other", email="RHIAN.PRICE@council.example")

    with django_capture_on_commit_callbacks(execute=True):
        refused = signed_in(admin).post("/people/new/", NEWCOMER)

    assert refused.status_code == 200
    assert "Someone already has the username rhian.price" in text(refused)
    assert "Someone already has an account with this email address" in text(refused)
    assert "govuk-error-summary" in text(refused)
    assert mail.outbox == []


def test_an_administrator_moves_someone_to_a_team_and_makes_them_its_manager(db) -> None:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    north = Team.objects.create(name="North")
    person = make_user("sam", email="sam@council.example")
    fields = {**NEWCOMER, "email": "sam@council.example", "role": User.Role.MANAGER, "team": north.pk}
    fields.pop("username")

    signed_in(admin).post(f"/people/{person.pk}/", {**fields, "is_active": "on"})

    person.refresh_from_db()
    assert person.role == User.Role.MANAGER
    assert person.team == north
    changed = AuditEvent.objects.get(action=AuditEvent.Action.UPDATE, object_type="user", object_id=person.pk)
    assert changed.detail["changes"]["role"] == {"before": "practitioner", "after": "manager"}


def test_someone_who_leaves_is_deactivated_and_signed_out(db) -> None:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    person = make_user("sam", email="sam@council.example")
    elsewhere = signed_in(person)
    fields = {**NEWCOMER, "email": "sam@council.example"}
    fields.pop("username")

    signed_in(admin).post(f"/people/{person.pk}/", fields)  # "active" left unticked

    person.refresh_from_db()
    assert not person.is_active
    assert elsewhere.get("/account/").status_code != 200


def test_an_administrator_cannot_take_away_their_own_access(db) -> None:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR, email="admin@council.example")
    fields = {**NEWCOMER, "email": "admin@council.example", "role": User.Role.PRACTITIONER, "is_active": "on"}
    fields.pop("username")

    refused = signed_in(admin).post(f"/people/{admin.pk}/", fields)

    admin.refresh_from_db()
    assert admin.role == User.Role.ADMINISTRATOR
    assert "You cannot change your own access" in text(refused)


def test_only_an_administrator_adds_or_changes_people(db) -> None:
    manager = make_user("manager", role=User.Role.MANAGER)
    person = make_user("sam")

    assert signed_in(manager).post("/people/new/", NEWCOMER).status_code == 403
    assert (
        signed_in(manager).post(f"/people/{person.pk}/", {"role": User.Role.ADMINISTRATOR}).status_code == 403
    )
    assert not User.objects.filter(username="rhian.price").exists()
    person.refresh_from_db()
    assert person.role == User.Role.PRACTITIONER


def test_an_administrator_adds_a_team_once(db) -> None:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    client = signed_in(admin)

    client.post("/people/teams/new/", {"name": "North  Early Help"})
    again = client.post("/people/teams/new/", {"name": "north early help"})

    assert list(Team.objects.values_list("name", flat=True)) == ["North Early Help"]
    assert "There is already a team called north early help" in text(again)
    assert signed_in(make_user("sam")).post("/people/teams/new/", {"name": "South"}).status_code == 403


def test_an_administrator_cannot_take_over_a_superuser_by_changing_its_email(db) -> None:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    root = User.objects.create_superuser("root", "root@council.example", "a-long-root-password-1")
    fields = {**NEWCOMER, "email": "admin-owned@elsewhere.example", "is_active": "on"}
    fields.pop("username")

    refused = signed_in(admin).post(f"/people/{root.pk}/", fields)

    root.refresh_from_db()
    assert root.email == "root@council.example"
    assert "Only a superuser can change" in text(refused)


def test_the_old_address_is_told_when_an_email_address_changes(
    db, django_capture_on_commit_callbacks
) -> None:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    person = make_user("sam", email="sam@council.example")
    fields = {**NEWCOMER, "email": "sam.new@council.example", "is_active": "on"}
    fields.pop("username")

    with django_capture_on_commit_callbacks(execute=True):
        signed_in(admin).post(f"/people/{person.pk}/", fields)

    assert [m.to for m in mail.outbox] == [["sam@council.example"]]
    assert "changed the email address of your account (sam)" in mail.outbox[0].body


def test_an_account_is_made_even_when_the_welcome_email_cannot_be_sent(
    db, django_capture_on_commit_callbacks, settings
) -> None:
    settings.EMAIL_BACKEND = "tests.web.failing_mail.Backend"
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)

    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in(admin).post("/people/new/", NEWCOMER)

    assert response.status_code == 302
    assert User.objects.filter(username="rhian.price").exists()


def test_a_look_alike_username_is_refused(db) -> None:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)

    refused = signed_in(admin).post("/people/new/", {**NEWCOMER, "username": "\u0430dmin"})

    assert "Use only letters, digits and @ . + - _" in text(refused)
    assert not User.objects.filter(username="\u0430dmin").exists()


def test_deactivating_a_lead_says_their_families_need_a_new_lead(plan, lead: User) -> None:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    lead.email = "lead@council.example"
    lead.save()
    fields = {**NEWCOMER, "email": "lead@council.example"}
    fields.pop("username")

    response = signed_in(admin).post(f"/people/{lead.pk}/", fields, follow=True)  # "active" unticked

    lead.refresh_from_db()
    assert not lead.is_active
    assert "leads 1 family with an open plan. Ask its manager" in text(response)


def test_a_manager_with_no_team_to_oversee_is_refused(db) -> None:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    person = make_user("sam", email="sam@council.example")
    changed = {**NEWCOMER, "email": "sam@council.example", "role": User.Role.MANAGER, "is_active": "on"}
    changed.pop("username")

    added = signed_in(admin).post("/people/new/", {**NEWCOMER, "role": User.Role.MANAGER})
    made_manager = signed_in(admin).post(f"/people/{person.pk}/", changed)

    for refused in (added, made_manager):
        assert "Choose the team this manager oversees" in text(refused)
    assert not User.objects.filter(username="rhian.price").exists()
    person.refresh_from_db()
    assert person.role == User.Role.PRACTITIONER
