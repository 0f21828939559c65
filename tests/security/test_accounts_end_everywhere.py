"""A forgotten password reset by email, an account deactivated, and an administrator ending a
person's sessions: each signs the person out everywhere and ends their API tokens."""

from __future__ import annotations

import re

from django.contrib.auth.models import Permission
from django.core import mail
from django.test import Client

from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.security import redact_location
from tests.people import make_user, signed_in
from tests.security.test_account_security import api_answers, still_signed_in, token_for

NEW_PASSWORD = "a-brand-new-password-42"


def with_email(user: User) -> User:
    user.email = f"{user.username}@council.example"
    user.save()
    return user


def reset_link_sent() -> str:
    assert len(mail.outbox) == 1
    return re.search(r"https?://[^\s]+(/sign-in/reset/[^\s]+/)", mail.outbox[0].body)[1]  # type: ignore[index]


def test_a_forgotten_password_is_reset_by_email_and_ends_every_session_and_token(lead: User) -> None:
    with_email(lead)
    elsewhere, token = signed_in(lead), token_for(lead)
    browser = Client()

    sent = browser.post("/sign-in/reset/", {"email": "lead@council.example"}, follow=True)
    form = browser.get(reset_link_sent(), follow=True)
    done = browser.post(
        form.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )

    assert "Check your email" in sent.content.decode()
    assert "Choose a new password" in form.content.decode()
    assert "Your password has been changed" in done.content.decode()
    assert not still_signed_in(elsewhere)
    assert api_answers(token) == 401
    assert Client().post("/sign-in/", {"username": "lead", "password": NEW_PASSWORD}).status_code == 302


def test_an_unknown_address_gets_the_same_answer_and_no_email(db) -> None:
    sent = Client().post("/sign-in/reset/", {"email": "nobody@council.example"}, follow=True)

    assert "Check your email" in sent.content.decode()
    assert mail.outbox == []


def test_the_reset_page_says_what_is_wrong_in_an_error_summary(db) -> None:
    page = Client().post("/sign-in/reset/", {"email": "not an address"}).content.decode()

    assert "There is a problem" in page
    assert (
        '<a href="#id_email">Enter an email address in the correct format, like name@example.com</a>' in page
    )
    assert '<label class="govuk-label' in page


def test_a_reset_link_works_once(lead: User) -> None:
    with_email(lead)
    Client().post("/sign-in/reset/", {"email": "lead@council.example"})
    link = reset_link_sent()
    first = Client()
    form = first.get(link, follow=True)
    first.post(form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    again = Client().get(link, follow=True)

    assert "This link does not work" in again.content.decode()


def test_a_reset_token_never_reaches_the_log() -> None:
    line = redact_location('"GET /sign-in/reset/MQ/cf3x-4b1e0a2c9d/ HTTP/1.1" 302')

    assert line == '"GET /sign-in/reset/MQ/[token-removed]/ HTTP/1.1" 302'
    assert redact_location("/sign-in/reset/MQ/set-password/") == "/sign-in/reset/MQ/set-password/"


def test_deactivating_an_account_ends_its_sessions_and_tokens_for_good(lead: User) -> None:
    elsewhere, token = signed_in(lead), token_for(lead)

    lead.is_active = False
    lead.save()
    lead.is_active = True
    lead.save()

    assert not still_signed_in(elsewhere)
    assert api_answers(token) == 401


def test_an_administrator_ends_a_persons_sessions_and_tokens(lead: User) -> None:
    admin = signed_in(make_user("admin", role=User.Role.ADMINISTRATOR))
    laptop, token = signed_in(lead), token_for(lead)

    people = admin.get("/people/").content.decode()
    confirm = admin.get(f"/people/{lead.pk}/end-sessions/").content.decode()
    ended = admin.post(f"/people/{lead.pk}/end-sessions/", follow=True).content.decode()

    assert "Lead Tester" in people
    assert "End all their sessions" in confirm
    assert "1 session" in confirm
    assert "Lead Tester has been signed out of 1 session(s), and their API tokens no longer work." in ended
    assert not still_signed_in(laptop)
    assert api_answers(token) == 401
    assert still_signed_in(admin)


def test_only_an_administrator_can_end_someone_elses_sessions(lead: User, manager: User) -> None:
    laptop = signed_in(lead)

    refused = signed_in(manager).post(f"/people/{lead.pk}/end-sessions/")
    listing = signed_in(manager).get("/people/")

    assert refused.status_code == 403
    assert listing.status_code == 403
    assert still_signed_in(laptop)


def an_administrator_on_the_admin_site() -> tuple[User, Client]:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    admin.is_staff = admin.is_superuser = True
    admin.save()
    return admin, signed_in(admin)


def test_deactivating_several_accounts_on_the_admin_site_ends_each_ones_sessions_and_tokens(
    lead: User, manager: User
) -> None:
    admin, site = an_administrator_on_the_admin_site()
    lead_laptop, lead_token = signed_in(lead), token_for(lead)
    manager_laptop, manager_token = signed_in(manager), token_for(manager)

    answer = site.post(
        "/admin/accounts/user/",
        {"action": "deactivate", "_selected_action": [lead.pk, manager.pk, admin.pk]},
        follow=True,
    ).content.decode()

    assert "2 account(s) deactivated: their sessions and API tokens have ended." in answer
    assert "Your own account stays active." in answer
    assert not still_signed_in(lead_laptop)
    assert not still_signed_in(manager_laptop)
    assert (api_answers(lead_token), api_answers(manager_token)) == (401, 401)
    assert still_signed_in(site)
    assert list(User.objects.filter(is_active=False).order_by("pk")) == [lead, manager]
    assert AuditEvent.objects.filter(object_type="user", object_id=str(lead.pk), user=admin).exists()


def test_accounts_deactivated_in_bulk_by_any_code_end_their_sessions_and_tokens_for_good(
    lead: User, manager: User
) -> None:
    lead_laptop, lead_token = signed_in(lead), token_for(lead)
    manager_laptop, manager_token = signed_in(manager), token_for(manager)

    User.objects.filter(pk=lead.pk).update(is_active=False)
    manager.is_active = False
    User.objects.bulk_update([manager], ["is_active"])
    User.objects.filter(pk__in=[lead.pk, manager.pk]).update(is_active=True)

    assert not still_signed_in(lead_laptop)
    assert not still_signed_in(manager_laptop)
    assert (api_answers(lead_token), api_answers(manager_token)) == (401, 401)


def test_a_bulk_change_that_keeps_accounts_active_leaves_their_sessions_alone(lead: User) -> None:
    laptop, token = signed_in(lead), token_for(lead)

    User.objects.filter(pk=lead.pk).update(job_title="Senior Family Support Worker", is_active=True)

    assert still_signed_in(laptop)
    assert api_answers(token) == 200


def test_only_an_administrator_deactivates_accounts_on_the_admin_site(lead: User, manager: User) -> None:
    # Staff who may change accounts on the admin site, without being an administrator.
    manager.is_staff = True
    manager.save()
    manager.user_permissions.set(Permission.objects.filter(codename__in=["view_user", "change_user"]))
    laptop = signed_in(lead)

    answer = signed_in(manager).post(
        "/admin/accounts/user/", {"action": "deactivate", "_selected_action": [lead.pk]}, follow=True
    )

    assert "Only an administrator can" in answer.content.decode()
    assert still_signed_in(laptop)
    assert User.objects.get(pk=lead.pk).is_active
