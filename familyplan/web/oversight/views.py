"""The manager's dashboard, the lists behind each figure, the outcome report, supervision notes."""

from __future__ import annotations

import csv
import datetime as dt
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import F, prefetch_related_objects
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import selectors as casework
from familyplan.web.casework.charts import bar_chart
from familyplan.web.casework.forms import CleanTextMixin, UKDateField, ask, needed_area
from familyplan.web.casework.models import Plan
from familyplan.web.casework.review_due import review_due_on
from familyplan.web.casework.services import Refused
from familyplan.web.council.services import cycles as council_cycles
from familyplan.web.oversight import selectors, services
from familyplan.web.oversight.filters import PeriodForm, dashboard_filters, refuse_what_was_not_offered
from familyplan.web.pages import plan_form_page

# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _manager(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    permissions.require(user, permissions.OVERSIGHT)
    return user


@permissions.asks(permissions.OVERSIGHT)
@permissions.signed_in
def dashboard(request: HttpRequest) -> HttpResponse:
    user = _manager(request)
    form, filters = dashboard_filters(request, user)
    today = timezone.localdate()
    figures = selectors.counts(user, filters, today)
    status = [
        (_("Review overdue"), figures["reviews-overdue"]),
        (_("Review due in 14 days"), figures["reviews-due"]),
        (_("Reviews on track"), figures["open-plans"] - figures["reviews-overdue"] - figures["reviews-due"]),
    ]
    scores = selectors.score_distribution(figures)
    trend = selectors.smart_scores_by_quarter(user, filters, today)
    achieved = selectors.achieved_by_quarter(user, filters, today)
    achieved_bars = [
        (q, n) for q, n in zip(achieved.quarters, achieved.totals, strict=True) if any(achieved.totals)
    ]
    by_outcome = selectors.achieved_by_outcome(user, filters, today - dt.timedelta(days=365))
    return render(
        request,
        "oversight/dashboard.html",
        {
            "form": form,
            "query": request.GET.urlencode(),
            "figures": [(name, selectors.TITLES[name], figures[name]) for name in selectors.TITLES],
            "by_practitioner": selectors.by_practitioner(user, filters),
            "achieved": achieved,
            "charts": [
                (title, bars, mark_safe(bar_chart(title, bars, chart_id)))
                for title, bars, chart_id in (
                    (_("Plans by review status"), status, "status"),
                    (_("SMART scores of open plans"), scores, "scores"),
                    (_("Average SMART score at reviews, by quarter"), trend, "trend"),
                    (_("Goals achieved each quarter"), achieved_bars, "achieved"),
                    (
                        _("Goals achieved in the last year, by Supporting Families outcome"),
                        by_outcome,
                        "outcomes",
                    ),
                )
            ],
        },
    )


def _ordered(name: str, queryset: Any) -> Any:
    if name == "actions-overdue":
        return queryset.select_related("goal__plan__family").order_by("due_date", "review_date", "pk")
    if name == "service-gaps":
        return queryset.select_related("plan__family").order_by("pk")
    return queryset.select_related("family").order_by("next_review_date", "pk")


def _rows(name: str, records: Any) -> tuple[list[StrOrPromise], list[list[Any]]]:
    if name == "actions-overdue":
        actions = records
        return [_("Family"), _("Action"), _("Who"), _("When"), _("Plan")], [
            [a.goal.plan.family.family_name, a.how, a.who, a.when, reverse("plan", args=[a.goal.plan_id])]
            for a in actions
        ]
    if name == "service-gaps":
        gaps = records
        return [
            _("Family"),
            _("Kind of service"),
            _("Support needed"),
            _("Risk"),
            _("Recorded"),
            _("Plan"),
        ], [
            [
                g.plan.family.family_name,
                g.kind_of_service,
                g.support_needed,
                g.risk,
                g.recorded_on,
                reverse("plan", args=[g.plan_id]),
            ]
            for g in gaps
        ]
    plans, cycles = list(records), council_cycles()
    prefetch_related_objects(plans, "reviews")  # the due date is worked out from them, in one query
    return [_("Family"), _("Reference"), _("Started"), _("Next review"), _("SMART score"), _("Plan")], [
        [
            p.family.family_name,
            p.family.reference,
            p.started_on,
            review_due_on(p, cycles),
            p.smart_score,
            reverse("plan", args=[p.pk]),
        ]
        for p in plans
    ]


@permissions.asks(permissions.OVERSIGHT)
@permissions.signed_in
def figure_list(request: HttpRequest, name: str) -> HttpResponse:
    user = _manager(request)
    if name not in selectors.TITLES:
        raise Http404
    filters = dashboard_filters(request, user)[1]
    today = timezone.localdate()
    queryset = _ordered(name, selectors.figure_lists(user, filters, today)[name])
    if request.GET.get("format") == "csv":
        header, rows = _rows(name, queryset)
        return _csv(f"{name}-{today.isoformat()}.csv", header, rows)
    page = Paginator(queryset, 100).get_page(request.GET.get("page"))
    header, rows = _rows(name, page.object_list)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "oversight/list.html",
        {
            "title": selectors.TITLES[name],
            "name": name,
            "header": header[:-1],  # the last column is the link to the plan, given on each family's name
            "records": [
                {"cells": list(zip(header, row[:-1], strict=False)), "link": row[-1]} for row in rows
            ],
            "page": page,
            "query": query.urlencode(),
        },
    )


def _csv(filename: str, header: list[StrOrPromise], rows: list[list[Any]]) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    # A list of families leaves the service: on the trail, with how many rows went.
    audit.record(
        AuditEvent.Action.EXPORT, object_type="list", object_id=filename[:50], detail={"rows": len(rows)}
    )
    return response


@permissions.asks(permissions.OVERSIGHT)
@permissions.signed_in
def outcome_report(request: HttpRequest) -> HttpResponse:
    user = _manager(request)
    today = timezone.localdate()
    quarter_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    form = PeriodForm(
        request.GET or {"start": quarter_start.strftime("%d/%m/%Y"), "end": today.strftime("%d/%m/%Y")},
        user=user,
    )
    refuse_what_was_not_offered(form)
    rows: list[selectors.OutcomeRow] = []
    if form.is_valid():
        data = form.cleaned_data
        rows = selectors.outcome_report(
            user, data["start"], data["end"], data["team"].pk if data["team"] else None
        )
        if request.GET.get("format") == "csv":
            return _csv(
                f"outcomes-{data['start']}-{data['end']}.csv",
                ["Supporting Families outcome", "Goals set", "Goals achieved", "Goals open"],
                [[r.label, r.set, r.achieved, r.open] for r in rows],
            )
    return render(
        request,
        "oversight/outcomes.html",
        {
            "form": form,
            "rows": rows,
            "query": request.GET.urlencode(),
            "totals": [sum(getattr(r, k) for r in rows) for k in ("set", "achieved", "open")],
        },
    )


class SupervisionForm(CleanTextMixin, forms.Form):
    date = UKDateField(label=_("Date of the supervision"), initial=timezone.localdate)
    text = needed_area(
        _("What was discussed, and what must happen next?"), _("Enter what was discussed"), rows=5
    )


@permissions.asks(permissions.FAMILY_VIEW, permissions.SUPERVISE)
@permissions.signed_in
def supervision_add(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan: Plan = casework.plan_get(request.user, plan_id)  # type: ignore[arg-type]
    user: User = request.user  # type: ignore[assignment]
    permissions.require(user, permissions.SUPERVISE, plan.family)
    form = SupervisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.supervision_add(plan=plan, by=user, **form.cleaned_data)
        except Refused as refused:
            ask(form, refused.problems)
        else:
            messages.success(request, _("The supervision note has been added to the plan."))
            return redirect("plan", plan_id=plan.pk)
    return plan_form_page(request, plan, form, _("Record management oversight"))


@permissions.asks(permissions.OVERSIGHT)
@permissions.signed_in
def gap_summary(request: HttpRequest) -> HttpResponse:
    """Every service gap across the council, grouped by kind of service and area, for strategic reporting."""
    from django.db.models import Count

    from familyplan.web.casework.models import ServiceGap

    user = _manager(request)
    gaps = ServiceGap.objects.filter(plan__in=casework.plans_overseen_by(user)).select_related("plan__family")
    if request.GET.get("format") == "csv":
        return _csv(
            f"service-gaps-{timezone.localdate().isoformat()}.csv",
            [
                _("Kind of service"),
                _("Area"),
                _("Support needed"),
                _("Risk"),
                _("Recorded"),
                _("Coordinator told"),
                _("Plan"),
            ],
            [
                [
                    g.kind_of_service,
                    g.plan.family.address_area,
                    g.support_needed,
                    g.risk,
                    g.recorded_on,
                    g.coordinator_told_on,
                    g.plan_id,
                ]
                for g in gaps.order_by("kind_of_service", "pk")
            ],
        )
    groups = (
        gaps.values("kind_of_service", area=F("plan__family__address_area"))
        .annotate(gaps=Count("pk"))
        .order_by("kind_of_service", "area")
    )
    return render(request, "oversight/gaps.html", {"groups": groups, "gaps": gaps.order_by("-pk")[:200]})
