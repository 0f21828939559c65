"""The plan quality report for the plans a manager can see: the figures of `familyplan quality-report`."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from familyplan.quality.report import GAPS, LETTERS, build_report, summarise_plan
from familyplan.smart import check_plan
from familyplan.smart.findings import LETTER_NAMES
from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.casework import selectors as casework
from familyplan.web.casework.interchange import to_model
from familyplan.web.casework.models import Plan
from familyplan.web.council.services import catalogue as council_catalogue

_DOWNLOADS = {
    "html": ("text/html; charset=utf-8", "html"),
    "json": ("application/json", "json"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
}


def quality_report_for(user: User) -> dict[str, Any]:
    """The report over the live plans ``user`` oversees: their team's, or every plan for an early help
    coordinator or an administrator."""
    today = timezone.localdate()
    catalogue = council_catalogue()  # the council's rules and review cycles, as on the plan pages
    live = casework.plans_overseen_by(user).filter(status=Plan.Status.LIVE)
    summaries = []
    for stored in casework.plan_parts(live).order_by("pk").iterator(chunk_size=200):
        plan = to_model(stored)
        report = check_plan(plan, today=today, catalogue=catalogue)
        team = stored.family.team.name if stored.family.team is not None else ""
        summaries.append(summarise_plan(plan, report, today=today, team=team))
    return build_report(summaries, today=today, catalogue=catalogue, no_team="Families with no team")


def _download(report: dict[str, Any], kind: str) -> HttpResponse:
    from familyplan.quality.html import render_html
    from familyplan.quality.xlsx import write_xlsx

    content_type, suffix = _DOWNLOADS[kind]
    if kind == "html":
        body: bytes = render_html(report).encode("utf-8")
    elif kind == "json":
        body = json.dumps(report, indent=2, ensure_ascii=False).encode("utf-8")
    else:
        buffer = io.BytesIO()
        write_xlsx(report, buffer)
        body = buffer.getvalue()
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="plan-quality-{report["made_on"]}.{suffix}"'
    return response


@permissions.asks(permissions.OVERSIGHT)
@permissions.signed_in
def quality_report(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    permissions.require(user, permissions.OVERSIGHT)
    report = quality_report_for(user)
    kind = request.GET.get("format", "")
    if kind in _DOWNLOADS:
        return _download(report, kind)
    scores = report["scores"]
    return render(
        request,
        "oversight/quality.html",
        {
            "report": report,
            "made_on": dt.date.fromisoformat(report["made_on"]),
            "letters": [(LETTER_NAMES[letter], scores[letter]["average"]) for letter in LETTERS],
            "gaps": [(label, report["gaps"][key]) for key, label in GAPS.items()],
            "gap_labels": list(GAPS.values()),
        },
    )
