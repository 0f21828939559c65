"""The rule guide in docs/ is written from the catalogue and lists every rule."""

from __future__ import annotations

from pathlib import Path

from familyplan.smart import default_catalogue
from familyplan.smart.guide import rules_markdown

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "checker.md"


def test_the_guide_in_docs_is_up_to_date_with_the_catalogue() -> None:
    assert GUIDE.read_text(encoding="utf-8") == rules_markdown(default_catalogue())


def test_the_guide_has_a_section_for_every_rule() -> None:
    text = rules_markdown(default_catalogue())

    for rule_id in default_catalogue().rules:
        assert f"### `{rule_id}`" in text
