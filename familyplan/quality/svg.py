"""The opening of every chart drawn as SVG, in the quality report file and on the pages alike."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape


def figures_described(rows: Iterable[tuple[object, int]]) -> str:
    """A bar chart's figures as one line of text, for people who cannot see the bars."""
    return "; ".join(f"{label}: {value}" for label, value in rows)


def chart_start(
    chart_id: str,
    title: str,
    description: str,
    *,
    css_class: str,
    width: int,
    height: int,
    sized: bool = False,
) -> list[str]:
    """An SVG element labelled by its title and described, as screen readers need; the caller closes it."""
    size = f' width="{width}" height="{height}"' if sized else ""
    return [
        f'<svg class="{css_class}" viewBox="0 0 {width} {height}"{size} role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
    ]
