"""Someone signed in who may not use the admin site gets the service's own refusal page there,
saying they do not have access and whom to ask, and nothing about the admin site; someone signed
out signs in on the service's own sign-in page."""

from __future__ import annotations

import html

import pytest

from familyplan.web.accounts.models import User
from tests.people import make_user, signed_in

ADMIN_PAGES = ["/admin/", "/admin/login/", "/admin/casework/family/", "/admin/accounts/user/1/change/"]


@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_a_practitioner_is_told_they_do_not_have_access_and_to_ask_their_manager(
    lead: User, path: str
) -> None:
    response = signed_in(lead).get(path)

    assert response.status_code == 403
    page = html.unescape(response.content.decode())
    assert "You cannot do this" in page
    assert "You do not have access to this page." in page
    assert "If you think you should be able to, ask your team manager." in page
    assert "govuk-service-navigation" in page
    for about_the_admin_site in ("Django", "administration", "Log in", 'type="password"', "/admin/"):
        assert about_the_admin_site not in page


def test_a_manager_is_told_to_ask_an_administrator(manager: User) -> None:
    page = html.unescape(signed_in(manager).get("/admin/").content.decode())

    assert "You do not have access to this page." in page
    assert "If you think you should be able to, ask an administrator." in page


@pytest.mark.parametrize("path", ["/admin/", "/admin/casework/family/"])
def test_someone_signed_out_signs_in_on_the_services_own_page(db, path: str) -> None:
    from django.test import Client

    response = Client().get(path)

    assert response.status_code == 302
    assert response["Location"].startswith("/sign-in/?next=")


def test_staff_still_reach_the_admin_site(db) -> None:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    admin.is_staff = True
    admin.save()

    response = signed_in(admin).get("/admin/")

    assert response.status_code == 200
    assert "Site administration" in response.content.decode()
