"""What a keyboard or screen reader user meets on the pages: forms sent where they came from, fields
tied to what describes them, links that say where they go, headings to move between."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "familyplan" / "web" / "templates"


@pytest.mark.parametrize(
    "template", sorted(str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.html")), ids=str
)
def test_every_form_says_where_it_is_sent(template: str) -> None:
    """A form with no action is sent to the page's address with its #fragment (after "Skip to main
    content", #main-content): the browser then jumps there, and focus leaves the error summary."""
    forms = re.findall(r"<form\b[^>]*>", (TEMPLATES / template).read_text())

    assert [form for form in forms if "action=" not in form] == []
