"""Scaling scores over reviews, drawn as SVG on the server (no script, no CDN)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from familyplan.quality.svg import chart_start, figures_described

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

WIDTH, HEIGHT, PAD_LEFT, PAD_BOTTOM, PAD_TOP, PAD_RIGHT = 560, 220, 50, 40, 15, 45
COLOURS = {"family": "#1d70b8", "practitioners": "#d53880"}


@dataclass(frozen=True)
class ScorePoint:
    day: dt.date
    family: int | None
    practitioners: int | None


def _x(i: int, count: int) -> float:
    span = WIDTH - PAD_LEFT - PAD_RIGHT
    return PAD_LEFT + (span / 2 if count == 1 else span * i / (count - 1))


def _y(score: int) -> float:
    return PAD_TOP + (HEIGHT - PAD_TOP - PAD_BOTTOM) * (10 - score) / 10


def scaling_chart(title: StrOrPromise, points: list[ScorePoint], chart_id: str) -> str:
    """An SVG line chart of 0-10 scores by review date, with its title and description for screen readers."""
    description = "; ".join(
        _("%(day)s: family %(family)s, practitioners %(practitioners)s")
        % {
            "day": f"{p.day:%d/%m/%Y}",
            "family": _("not given") if p.family is None else p.family,
            "practitioners": _("not given") if p.practitioners is None else p.practitioners,
        }
        for p in points
    )
    parts = chart_start(chart_id, str(title), description, css_class="app-chart", width=WIDTH, height=HEIGHT)
    for score in (0, 5, 10):
        y = _y(score)
        parts.append(f'<line x1="{PAD_LEFT}" x2="{WIDTH - PAD_RIGHT}" y1="{y}" y2="{y}" stroke="#b1b4b6"/>')
        parts.append(f'<text x="{PAD_LEFT - 8}" y="{y + 5}" text-anchor="end" font-size="14">{score}</text>')
    for i, point in enumerate(points):
        parts.append(
            f'<text x="{_x(i, len(points))}" y="{HEIGHT - 12}" text-anchor="middle" font-size="13">'
            f"{point.day:%d/%m/%y}</text>"
        )
    for series, colour in COLOURS.items():
        coords = [
            (_x(i, len(points)), _y(score))
            for i, p in enumerate(points)
            if (score := getattr(p, series)) is not None
        ]
        if len(coords) > 1:
            path = " ".join(f"{x},{y}" for x, y in coords)
            dash = ' stroke-dasharray="6 4"' if series == "practitioners" else ""
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="3"{dash}/>')
        for x, y in coords:
            shape = (
                f'<circle cx="{x}" cy="{y}" r="5" fill="{colour}"/>'
                if series == "family"
                else f'<rect x="{x - 5}" y="{y - 5}" width="10" height="10" fill="{colour}"/>'
            )
            parts.append(shape)
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(title: StrOrPromise, bars: Sequence[tuple[StrOrPromise, int]], chart_id: str) -> str:
    """A horizontal bar chart, labelled, with its title and description for screen readers. Each
    label is written above its bar, across the whole width: beside it, a long one ("Improved mental
    and physical health") would be cut off, and the chart would have to shrink to show it on a phone."""
    row, width, font = 52, 480, 16
    height = row * len(bars) + 6
    most = max((value for _, value in bars), default=0) or 1
    description = figures_described(bars)
    parts = chart_start(chart_id, str(title), description, css_class="app-chart", width=width, height=height)
    for i, (label, value) in enumerate(bars):
        y = i * row
        length = (width - 50) * value / most
        parts.append(f'<text x="0" y="{y + 18}" font-size="{font}">{escape(str(label))}</text>')
        parts.append(f'<rect x="0" y="{y + 24}" width="{length:.1f}" height="20" fill="#1d70b8"/>')
        parts.append(f'<text x="{length + 6:.1f}" y="{y + 40}" font-size="{font}">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)
