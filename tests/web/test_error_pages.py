"""Refused, missing and failed pages are the service's own pages: they say what happened and
lead somewhere, and they show nothing of the record asked for."""

from __future__ import annotations

from django.test import RequestFactory
from django.views.defaults import server_error

from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Family, Plan
from tests.people import signed_in


def test_a_refusal_says_why_and_leads_back_to_the_families(lead: User, family: Family) -> None:
    response = signed_in(lead).get(f"/families/{family.pk}/legal-hold/")

    assert response.status_code == 403
    page = response.content.decode()
    assert "You cannot do this" in page
    assert 'href="/">Go to the families you work with' in page
    assert "govuk-service-navigation" in page


def test_a_missing_page_does_not_echo_what_was_asked_for(lead: User, plan: Plan) -> None:
    response = signed_in(lead).get(f"/plans/{plan.pk + 1000}/?name=Nowak-secret")

    assert response.status_code == 404
    page = response.content.decode()
    assert "Page not found" in page
    assert "Nowak-secret" not in page
    assert "govuk-service-navigation" in page


def test_a_failure_page_shows_no_detail(db) -> None:
    response = server_error(RequestFactory().get("/plans/1/"))

    assert response.status_code == 500
    page = response.content.decode()
    assert "Sorry, there is a problem with the service" in page
    assert "Traceback" not in page


def test_a_refused_manager_is_told_to_ask_an_administrator_not_their_team_manager(
    manager: User, lead: User
) -> None:
    refused_manager = signed_in(manager).get("/data-notifications/")
    refused_practitioner = signed_in(lead).get("/data-notifications/")

    assert refused_manager.status_code == refused_practitioner.status_code == 403
    to_manager = refused_manager.content.decode()
    assert "If you think you should be able to, ask an administrator." in to_manager
    assert "ask your team manager" not in to_manager
    assert (
        "If you think you should be able to, ask your team manager." in refused_practitioner.content.decode()
    )
