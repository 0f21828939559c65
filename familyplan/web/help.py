"""The practitioner's guide (docs/), served inside the app as help pages."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import markdown
from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from familyplan.web.accounts import permissions

DOCS = Path(settings.PROJECT_DIR) / "docs"
_CLASSES = {
    "h1": "govuk-heading-l",
    "h2": "govuk-heading-m",
    "h3": "govuk-heading-s",
    "p": "govuk-body",
    "ul": "govuk-list govuk-list--bullet",
    "ol": "govuk-list govuk-list--number",
    "a": "govuk-link",
    "table": "govuk-table",
    "th": "govuk-table__header",
    "td": "govuk-table__cell",
    "code": "app-code",
}


def _scrolling(table: re.Match[str]) -> str:
    """A guide's table in a region of its own that scrolls sideways on a phone, named by its
    columns for screen readers and reachable by keyboard, so the page itself never scrolls."""
    columns = ", ".join(
        re.sub(r"<[^>]*>", "", head).strip() for head in re.findall(r"<th\b[^>]*>(.*?)</th>", table[0])
    )
    label = escape(gettext("Table: %(columns)s") % {"columns": unescape(columns)})
    return f'<div class="app-table-scroll" role="region" aria-label="{label}" tabindex="0">{table[0]}</div>'


def _govuk(html: str) -> str:
    for tag, css in _CLASSES.items():
        html = re.sub(rf"<{tag}(?=[ >])", f'<{tag} class="{css}"', html)
    html = re.sub(r"<table\b.*?</table>", _scrolling, html, flags=re.S)
    html = re.sub(r'src="images/([a-z0-9-]+\.png)"', r'src="/help/images/\1" class="app-guide-image"', html)
    # Links between guide pages point at the help pages, not the files.
    return re.sub(r'href="([a-z0-9-]+)\.md(#[^"]*)?"', lambda m: f'href="/help/{m[1]}/{m[2] or ""}"', html)


@permissions.signed_in
@permissions.asks(permissions.SIGNED_IN)
def help_page(request: HttpRequest, page: str) -> HttpResponse:
    if not re.fullmatch(r"[a-z0-9-]+", page) or not (DOCS / f"{page}.md").is_file():
        raise Http404
    text = (DOCS / f"{page}.md").read_text(encoding="utf-8")
    html = markdown.markdown(text, extensions=["tables", "fenced_code"])
    title = next((line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("# ")), "Help")
    return render(request, "help.html", {"title": title, "body": mark_safe(_govuk(html))})


@permissions.signed_in
@permissions.asks(permissions.SIGNED_IN)
def help_image(request: HttpRequest, name: str) -> FileResponse:
    path = DOCS / "images" / name
    if not re.fullmatch(r"[a-z0-9-]+\.png", name) or not path.is_file():
        raise Http404
    return FileResponse(path.open("rb"), content_type="image/png")
