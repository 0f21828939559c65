"""A session ends after 30 minutes without use. Someone writing in a page is kept signed in while
they type, and someone whose session has ended is told so, on the sign-in page or (for a page's
own requests) by the page they are writing in, which keeps what they wrote."""

from __future__ import annotations

import datetime as dt

from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Plan
from tests.people import signed_in

SIGNED_OUT = "You have been signed out. This happens after 30 minutes without using the service"


def run_out(client: Client) -> None:
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() - dt.timedelta(minutes=1)
    )


def test_a_page_sent_after_the_session_ran_out_leads_to_sign_in_saying_why(lead: User, plan: Plan) -> None:
    client = signed_in(lead)
    run_out(client)

    response = client.post(f"/plans/{plan.pk}/about/", {"reason": "Ben is missing school."}, follow=True)

    assert response.redirect_chain[-1][0] == f"/sign-in/?next=/plans/{plan.pk}/about/"
    assert SIGNED_OUT in response.content.decode()


def test_someone_who_signed_out_is_not_told_their_session_ran_out(lead: User, plan: Plan) -> None:
    client = signed_in(lead)
    client.post("/sign-out/")

    response = client.get(f"/plans/{plan.pk}/", follow=True)

    assert response.redirect_chain[-1][0] == f"/sign-in/?next=/plans/{plan.pk}/"
    assert "You have been signed out" not in response.content.decode()


def test_a_smart_check_after_the_session_ran_out_is_refused_rather_than_answered_with_the_sign_in_page(
    lead: User,
) -> None:
    client = signed_in(lead)
    run_out(client)

    response = client.post(
        "/check/",
        {"kind": "action", "field": "how", "how": "Mum will support Ben."},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 401
    assert b"Sign in" not in response.content


def test_asking_whether_someone_is_still_here_keeps_their_session_going(lead: User) -> None:
    client = signed_in(lead)
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() + dt.timedelta(minutes=2)
    )

    response = client.get("/account/still-here/")

    assert response.status_code == 204
    kept_until = Session.objects.get(session_key=client.session.session_key).expire_date
    assert kept_until > timezone.now() + dt.timedelta(minutes=29)


def test_asking_whether_someone_is_still_here_after_the_session_ran_out_says_it_has_ended(
    lead: User,
) -> None:
    client = signed_in(lead)
    run_out(client)

    response = client.get("/account/still-here/")

    assert response.status_code == 401
    assert not Session.objects.filter(expire_date__gt=timezone.now()).exists()
