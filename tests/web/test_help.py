"""The practitioner's guide is served inside the app, and its rule page lists every rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from familyplan.smart import default_catalogue
from familyplan.web.accounts.models import User
from tests.people import signed_in

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = sorted(p.stem for p in DOCS.glob("*.md"))


@pytest.mark.parametrize("page", PAGES)
def test_every_guide_page_is_a_help_page(lead: User, page: str) -> None:
    response = signed_in(lead).get(f"/help/{page}/")

    assert response.status_code == 200
    assert 'class="govuk-heading-l"' in response.content.decode()


def test_the_help_page_on_findings_lists_every_rule_in_the_catalogue(lead: User) -> None:
    page = signed_in(lead).get("/help/checker/").content.decode()

    missing = [rule for rule in default_catalogue().rules if rule not in page]
    assert missing == []


def test_links_between_guide_pages_work(lead: User) -> None:
    page = signed_in(lead).get("/help/index/").content.decode()

    assert 'href="/help/getting-started/"' in page


def test_an_unknown_help_page_is_not_found(lead: User) -> None:
    assert signed_in(lead).get("/help/nothing-here/").status_code == 404


def test_the_guide_shows_its_pictures_of_the_pages(lead: User) -> None:
    client = signed_in(lead)
    page = client.get("/help/getting-started/").content.decode()
    assert 'src="/help/images/' in page

    picture = client.get("/help/images/plan.png")
    assert picture.status_code == 200
    assert picture["Content-Type"] == "image/png"
    assert b"".join(picture.streaming_content).startswith(b"\x89PNG")


@pytest.mark.parametrize("name", ["nothing.png", "..%2Fsettings.md", "plan.md"])
def test_only_the_guide_pictures_are_served(lead: User, name: str) -> None:
    assert signed_in(lead).get(f"/help/images/{name}").status_code == 404
