"""What a keyboard or screen reader user meets on the pages: forms sent where they came from, fields
tied to what describes them, links that say where they go, headings to move between."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from familyplan.web.accounts.models import User
from tests.people import signed_in

TEMPLATES = Path(__file__).resolve().parents[2] / "familyplan" / "web" / "templates"


def text(response) -> str:
    assert response.status_code == 200
    return html.unescape(response.content.decode())


@pytest.mark.parametrize(
    "template", sorted(str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.html")), ids=str
)
def test_every_form_says_where_it_is_sent(template: str) -> None:
    """A form with no action is sent to the page's address with its #fragment (after "Skip to main
    content", #main-content): the browser then jumps there, and focus leaves the error summary."""
    forms = re.findall(r"<form\b[^>]*>", (TEMPLATES / template).read_text())

    assert [form for form in forms if "action=" not in form] == []


def test_a_dashboard_filter_in_error_is_shown_open_and_the_title_says_there_is_an_error(
    manager: User,
) -> None:
    page = text(signed_in(manager).get("/oversight/?started_from=31/02/2027"))
    fine = text(signed_in(manager).get("/oversight/?started_from=01/02/2027"))

    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Error: Oversight dashboard" in page
    assert '<details class="govuk-details" open>' in page
    assert page.index('class="govuk-error-summary"') < page.index("<h1")
    assert '<a href="#id_started_from">' in page
    assert "<title>Oversight dashboard" in fine
    assert '<details class="govuk-details">' in fine
