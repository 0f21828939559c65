"""Pages for families and their plans. Thin: reads through selectors, writes through services."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from familyplan.smart import Context, Kind, explain_statement
from familyplan.web.accounts import permissions
from familyplan.web.casework import forms, selectors, services
from familyplan.web.casework.interchange import to_model
from familyplan.web.casework.models import Action, Goal, Plan
from familyplan.web.casework.presentation import plan_page_context


def _user(request: HttpRequest) -> Any:
    return request.user


@permissions.asks(permissions.SIGNED_IN)
@permissions.signed_in
def families_list(request: HttpRequest) -> HttpResponse:
    families = (
        selectors.families_for(_user(request))
        .prefetch_related("plans")
        .only("id", "family_name", "reference", "address_area")
        .order_by("family_name", "id")
    )
    query = request.GET.get("q", "").strip()[:100]
    if query:
        families = families.filter(family_name__icontains=query)
    page = Paginator(families, 50).get_page(request.GET.get("page"))
    return render(request, "casework/families.html", {"page": page, "query": query})


@permissions.asks(permissions.FAMILY_CREATE)
@permissions.signed_in
def family_create(request: HttpRequest) -> HttpResponse:
    permissions.require(_user(request), permissions.FAMILY_CREATE)
    form = forms.FamilyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        family = services.family_create(by=_user(request), **form.cleaned_data)
        messages.success(
            request, _("The %(name)s family's record has been made.") % {"name": family.family_name}
        )
        return redirect("family", family_id=family.pk)
    return render(
        request,
        "casework/form.html",
        {"form": form, "title": _("Add a family"), "button": "Save and continue"},
    )


@permissions.asks(permissions.FAMILY_VIEW)
@permissions.signed_in
def family_detail(request: HttpRequest, family_id: int) -> HttpResponse:
    family = selectors.family_get(_user(request), family_id)
    plans = list(family.plans.all())
    return render(
        request,
        "casework/family.html",
        {
            "family": family,
            "members": family.members.all(),
            "network": family.network.all(),
            "taf": family.taf.all(),
            "live_plan": next((p for p in plans if p.status != Plan.Status.CLOSED), None),
            "closed_plans": [p for p in plans if p.status == Plan.Status.CLOSED],
        },
    )


def _family_part(
    request: HttpRequest, family_id: int, form_class: type, service: Any, title: str
) -> HttpResponse:
    family = selectors.family_get(_user(request), family_id)
    _may_change(request, family)
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        service(family=family, **form.cleaned_data)
        messages.success(request, _("%(name)s has been added.") % {"name": form.cleaned_data["name"]})
        return redirect("family", family_id=family.pk)
    return render(
        request,
        "casework/form.html",
        {"form": form, "title": title, "caption": str(family), "back": reverse("family", args=[family.pk])},
    )


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def member_add(request: HttpRequest, family_id: int) -> HttpResponse:
    return _family_part(request, family_id, forms.MemberForm, services.member_add, "Add a family member")


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def network_add(request: HttpRequest, family_id: int) -> HttpResponse:
    return _family_part(
        request, family_id, forms.NetworkForm, services.network_add, "Add someone from the support network"
    )


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def taf_add(request: HttpRequest, family_id: int) -> HttpResponse:
    return _family_part(
        request,
        family_id,
        forms.TafForm,
        services.taf_add,
        "Add a practitioner to the Team Around the Family",
    )


def _member(request: HttpRequest, family_id: int, member_id: int) -> Any:
    family = selectors.family_get(_user(request), family_id)
    return get_object_or_404(family.members.select_related("family"), pk=member_id)


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def member_correct(request: HttpRequest, family_id: int, member_id: int) -> HttpResponse:
    member = _member(request, family_id, member_id)
    _may_change(request, member.family)
    fields = [
        "name",
        "relationship",
        "date_of_birth",
        "is_child",
        "involved_in_plan",
        "reason_not_involved",
        "views",
    ]
    form = forms.MemberCorrectionForm(request.POST or None, initial={f: getattr(member, f) for f in fields})
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        services.member_correct(member=member, by=_user(request), reason=data.pop("reason"), **data)
        messages.success(request, _("%(name)s's record has been corrected.") % {"name": member.name})
        return redirect("family", family_id=family_id)
    return render(
        request,
        "casework/form.html",
        {
            "form": form,
            "title": _("Correct %(name)s's record") % {"name": member.name},
            "caption": str(member.family),
            "back": reverse("family", args=[family_id]),
        },
    )


def _may_disclose(request: HttpRequest, member: Any) -> None:
    permissions.require(_user(request), permissions.SUBJECT_ACCESS, member.family)


@permissions.asks(permissions.FAMILY_VIEW, permissions.SUBJECT_ACCESS)
@permissions.signed_in
def subject_access_json(request: HttpRequest, family_id: int, member_id: int) -> HttpResponse:
    from familyplan.web.audit import services as audit
    from familyplan.web.casework.subject_access import subject_access

    member = _member(request, family_id, member_id)
    _may_disclose(request, member)
    data = subject_access(member)
    audit.record(
        "export",
        object_type="subject_access",
        object_id=member.pk,
        family_id=family_id,
        detail={"format": "json"},
    )
    response = JsonResponse(data, json_dumps_params={"indent": 2, "ensure_ascii": False})
    response["Content-Disposition"] = f'attachment; filename="subject-access-{member.pk}.json"'
    return response


@permissions.asks(permissions.FAMILY_VIEW, permissions.SUBJECT_ACCESS)
@permissions.signed_in
def subject_access_pdf(request: HttpRequest, family_id: int, member_id: int) -> HttpResponse:
    from django.template.loader import render_to_string
    from weasyprint import HTML

    from familyplan.web.audit import services as audit
    from familyplan.web.casework.subject_access import subject_access

    member = _member(request, family_id, member_id)
    _may_disclose(request, member)
    html = render_to_string(
        "casework/subject_access_print.html", {"data": subject_access(member)}, request=request
    )
    audit.record(
        "export",
        object_type="subject_access",
        object_id=member.pk,
        family_id=family_id,
        detail={"format": "pdf"},
    )
    response = HttpResponse(HTML(string=html).write_pdf(), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="subject-access-{member.pk}.pdf"'
    return response


@permissions.asks(permissions.FAMILY_VIEW, permissions.FAMILY_AUDIT)
@permissions.signed_in
def family_audit(request: HttpRequest, family_id: int) -> HttpResponse:
    """Who has looked at or changed this family's record: for the team's manager."""
    from familyplan.web.audit.models import AuditEvent

    user = _user(request)
    family = selectors.family_get(user, family_id)
    permissions.require(user, permissions.FAMILY_AUDIT, family)
    events = AuditEvent.objects.filter(family_id=family.pk).select_related("user").order_by("-id")
    page = Paginator(events, 100).get_page(request.GET.get("page"))
    return render(request, "casework/family_audit.html", {"family": family, "page": page})


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def plan_start(request: HttpRequest, family_id: int) -> HttpResponse:
    family = selectors.family_get(_user(request), family_id)
    _may_change(request, family)
    live = selectors.live_plan(family)
    form = forms.PlanStartForm(request.POST or None)
    if live is None and request.method == "POST" and form.is_valid():
        try:
            plan = services.plan_start(family=family, by=_user(request), **form.cleaned_data)
        except services.SecondLivePlanError as error:
            live = error.live
        else:
            messages.success(request, _("The plan has been started. Add its parts below."))
            return redirect("plan", plan_id=plan.pk)
    return render(
        request,
        "casework/plan_start.html",
        {"form": form, "family": family, "live": live},
        status=409 if live is not None and request.method == "POST" else 200,
    )


@permissions.asks(permissions.FAMILY_VIEW)
@permissions.signed_in
def plan_detail(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = selectors.plan_with_parts(_user(request), plan_id)
    return render(request, "casework/plan.html", plan_page_context(plan, _user(request)))


def _may_change(request: HttpRequest, family: Any) -> None:
    permissions.require(_user(request), permissions.PLAN_CHANGE, family)


def _closed_response(request: HttpRequest, plan: Plan) -> HttpResponse:
    messages.error(request, str(services.PlanClosedError()))
    return redirect("plan", plan_id=plan.pk)


def _versioned_edit(
    request: HttpRequest, plan_id: int, form_class: type, fields: list[str], title: str
) -> HttpResponse:
    plan = selectors.plan_get(_user(request), plan_id)
    _may_change(request, plan.family)
    if plan.is_closed:
        return _closed_response(request, plan)
    initial = {name: getattr(plan, name) for name in fields} | {"version": plan.version}
    form = form_class(request.POST or None, initial=initial)
    conflict = None
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        try:
            services.plan_update(plan=plan, version=version, **data)
        except services.StaleVersionError as error:
            # Keep what this person typed, show what the other person saved, and let them merge.
            conflict = {name: getattr(error.current, name) for name in fields}
            form = form_class(
                {**{n: form.cleaned_data[n] for n in fields}, "version": error.current.version},
                initial=initial,
            )
        except services.PlanClosedError:
            return _closed_response(request, plan)
        else:
            messages.success(request, _("Your changes have been saved."))
            return redirect("plan", plan_id=plan.pk)
    return render(
        request,
        "casework/form.html",
        {
            "form": form,
            "title": title,
            "caption": str(plan),
            "back": reverse("plan", args=[plan.pk]),
            "conflict": conflict,
            "conflict_labels": {name: form.fields[name].label for name in fields},
        },
        status=409 if conflict else 200,
    )


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def plan_about(request: HttpRequest, plan_id: int) -> HttpResponse:
    fields = [
        "reason",
        "worries",
        "strengths",
        "needs",
        "aspirations",
        "identity_and_diversity",
        "next_steps",
        "family_views",
    ]
    return _versioned_edit(request, plan_id, forms.PlanAboutForm, fields, "About the plan")


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def plan_contingency(request: HttpRequest, plan_id: int) -> HttpResponse:
    return _versioned_edit(request, plan_id, forms.ContingencyForm, ["contingency"], "Contingency plan")


def fingerprint(record: Any, fields: tuple[str, ...]) -> str:
    values = json.dumps([str(getattr(record, f)) for f in fields])
    return hashlib.sha256(values.encode()).hexdigest()[:32]


GOAL_FIELDS = ("outcome", "supporting_families_outcome", "measure_of_success", "need", "term")
ACTION_FIELDS = ("how", "who", "when", "status")


def _edit_record(
    request: HttpRequest, record: Any, fields: tuple[str, ...], form: Any, save: Any, context: dict[str, Any]
) -> HttpResponse:
    """Show or save a goal or action form, stopping a save that would overwrite someone else's."""
    conflict = None
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "saved_as"}
        current = fingerprint(record, fields) if record is not None else ""
        if record is None or form.cleaned_data["saved_as"] == current:
            save(data)
            return redirect("plan", plan_id=context["plan"].pk)
        conflict = {f: getattr(record, f) for f in fields}
        form = form.__class__({**request.POST.dict(), "saved_as": current}, **context.get("form_kwargs", {}))
        form.is_valid()
    return render(
        request,
        "casework/form.html",
        {
            **context,
            "form": form,
            "conflict": conflict,
            "conflict_labels": {f: form.fields[f].label for f in fields if f in form.fields}
            | {"who": "Who will do this?"},
        },
        status=409 if conflict else 200,
    )


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def goal_edit(request: HttpRequest, plan_id: int, goal_id: int | None = None) -> HttpResponse:
    plan = selectors.plan_get(_user(request), plan_id)
    _may_change(request, plan.family)
    goal = get_object_or_404(Goal, pk=goal_id, plan=plan) if goal_id else None
    if plan.is_closed:
        return _closed_response(request, plan)
    initial = (
        {f: getattr(goal, f) for f in GOAL_FIELDS} | {"saved_as": fingerprint(goal, GOAL_FIELDS)}
        if goal
        else {}
    )
    form = forms.GoalForm(request.POST or None, initial=initial)

    def save(data: dict[str, Any]) -> None:
        services.goal_save(plan=plan, goal=goal, **data)
        messages.success(request, _("The goal has been saved."))

    context = {
        "plan": plan,
        "title": _("Change a goal") if goal else _("Add a goal"),
        "caption": str(plan),
        "back": reverse("plan", args=[plan.pk]),
    }
    return _edit_record(request, goal, GOAL_FIELDS, form, save, context)


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def action_edit(
    request: HttpRequest, plan_id: int, goal_id: int, action_id: int | None = None
) -> HttpResponse:
    plan = selectors.plan_get(_user(request), plan_id)
    _may_change(request, plan.family)
    goal = get_object_or_404(Goal, pk=goal_id, plan=plan)
    action = get_object_or_404(Action, pk=action_id, goal=goal) if action_id else None
    if plan.is_closed:
        return _closed_response(request, plan)
    people = forms.family_choices(plan.family)
    initial: dict[str, Any] = {}
    if action:
        initial = {
            "how": action.how,
            "when": action.when,
            "status": action.status,
            "saved_as": fingerprint(action, ACTION_FIELDS),
        }
        initial["person" if (action.who, action.who) in people else "who"] = action.who
    form = forms.ActionForm(request.POST or None, initial=initial, people=people)

    def save(data: dict[str, Any]) -> None:
        fields = {k: data[k] for k in ACTION_FIELDS}
        fields["taf_member"] = forms.taf_member_named(plan.family, fields["who"])
        services.action_save(goal=goal, action=action, **fields)
        messages.success(request, _("The action has been saved."))

    context = {
        "plan": plan,
        "title": _("Change an action") if action else _("Add an action"),
        "caption": _("Goal: %(outcome)s") % {"outcome": goal.outcome},
        "back": reverse("plan", args=[plan.pk]),
        "form_kwargs": {"people": people},
    }
    return _edit_record(request, action, ACTION_FIELDS, form, save, context)


@permissions.asks(permissions.FAMILY_VIEW, permissions.ACTION_UPDATE)
@permissions.signed_in
def action_progress(request: HttpRequest, plan_id: int, action_id: int) -> HttpResponse:
    plan = selectors.plan_get(_user(request), plan_id)
    action = get_object_or_404(
        Action.objects.select_related("taf_member", "goal__plan"), pk=action_id, goal__plan=plan
    )
    permissions.require(_user(request), permissions.ACTION_UPDATE, action)
    if plan.is_closed:
        return _closed_response(request, plan)
    form = forms.ProgressForm(request.POST or None, initial={"status": action.status})
    if request.method == "POST" and form.is_valid():
        services.action_progress_add(action=action, by=_user(request), **form.cleaned_data)
        messages.success(request, _("Your update has been saved. It will be looked at in the next review."))
        return redirect("plan", plan_id=plan.pk)
    return render(
        request,
        "casework/form.html",
        {
            "form": form,
            "title": _("Update progress"),
            "caption": action.how,
            "back": reverse("plan", args=[plan.pk]),
        },
    )


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def interim_edit(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = selectors.plan_get(_user(request), plan_id)
    _may_change(request, plan.family)
    if plan.is_closed:
        return _closed_response(request, plan)
    existing = getattr(plan, "interim", None)
    initial = (
        {"issue": existing.issue, "actions": existing.actions, "end_date": existing.end_date}
        if existing
        else {}
    )
    form = forms.InterimForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.interim_save(plan=plan, **form.cleaned_data)
        messages.success(request, _("The interim safety plan has been saved."))
        return redirect("plan", plan_id=plan.pk)
    return render(
        request,
        "casework/form.html",
        {
            "form": form,
            "title": _("Interim safety plan"),
            "caption": str(plan),
            "back": reverse("plan", args=[plan.pk]),
        },
    )


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def gap_add(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = selectors.plan_get(_user(request), plan_id)
    _may_change(request, plan.family)
    if plan.is_closed:
        return _closed_response(request, plan)
    form = forms.ServiceGapForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.service_gap_add(plan=plan, **form.cleaned_data)
        messages.success(request, _("The service gap has been recorded."))
        return redirect("plan", plan_id=plan.pk)
    return render(
        request,
        "casework/form.html",
        {
            "form": form,
            "title": _("Record a service gap"),
            "caption": str(plan),
            "back": reverse("plan", args=[plan.pk]),
        },
    )


@permissions.asks(permissions.SIGNED_IN)
@permissions.signed_in
@require_POST
def check_statement_panel(request: HttpRequest) -> HttpResponse:
    """The SMART panel for one field, as the practitioner types (htmx)."""
    try:
        kind = Kind(request.POST.get("kind", ""))
    except ValueError as error:
        raise Http404 from error
    field = request.POST.get("field", "")
    text = request.POST.get(field, "")[:10_000]
    from familyplan.web.council.services import catalogue

    if not text.strip():
        return render(request, "casework/_smart_panel.html", {"findings": [], "checked": False})
    # An action's own "who" and "when" fields answer who does it and when.
    context = Context()
    if kind is Kind.ACTION:
        who = request.POST.get("who", "") or request.POST.get("person", "")
        context = Context(who=who[:500], when=request.POST.get("when", "")[:500])
    explained = explain_statement(text, kind, catalogue=catalogue(), context=context)
    return render(
        request,
        "casework/_smart_panel.html",
        {"findings": explained.findings, "checked": True, "slots": explained.reading.ordered_slots()},
    )


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def closure_start(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = selectors.plan_get(_user(request), plan_id)
    _may_change(request, plan.family)
    if plan.is_closed:
        return _closed_response(request, plan)
    form = forms.ClosureForm(request.POST or None, initial=request.session.get(f"closure-{plan.pk}"))
    if request.method == "POST" and form.is_valid():
        request.session[f"closure-{plan.pk}"] = form.cleaned_data
        return redirect("closure-check", plan_id=plan.pk)
    return render(
        request,
        "casework/form.html",
        {
            "form": form,
            "title": _("Close the plan"),
            "caption": str(plan),
            "back": reverse("plan", args=[plan.pk]),
            "button": "Continue",
        },
    )


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def closure_check(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = selectors.plan_get(_user(request), plan_id)
    _may_change(request, plan.family)
    data = request.session.get(f"closure-{plan.pk}")
    if plan.is_closed or not data:
        return redirect("plan", plan_id=plan.pk)
    if request.method == "POST":
        try:
            services.closure_request(plan=plan, by=_user(request), **data)
        except services.PlanRuleError as error:
            messages.error(request, str(error))
            return redirect("closure", plan_id=plan.pk)
        del request.session[f"closure-{plan.pk}"]
        messages.success(
            request, _("The closure has been sent to a manager to sign off. The plan is now read-only.")
        )
        return redirect("plan", plan_id=plan.pk)
    reason_label = dict(forms.ClosureForm.base_fields["reason"].choices)[data["reason"]]  # type: ignore[attr-defined]
    return render(
        request, "casework/closure_check.html", {"plan": plan, "data": data, "reason_label": reason_label}
    )


@permissions.asks(permissions.CLOSURES_LIST)
@permissions.signed_in
def sign_offs(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not permissions.can(user, permissions.CLOSURES_LIST):
        raise Http404
    waiting = (
        selectors.plans_for(user)
        .filter(status=Plan.Status.AWAITING_SIGN_OFF)
        .select_related("family", "closure")
    )
    return render(request, "casework/sign_offs.html", {"plans": waiting})


@permissions.asks(permissions.FAMILY_VIEW, permissions.CLOSURE_SIGN_OFF)
@permissions.signed_in
def sign_off(request: HttpRequest, plan_id: int) -> HttpResponse:
    user = _user(request)
    plan = selectors.plan_get(user, plan_id)
    if not permissions.can(user, permissions.CLOSURE_SIGN_OFF, plan) or (
        plan.status != Plan.Status.AWAITING_SIGN_OFF
    ):
        raise Http404
    error = None
    if request.method == "POST":
        try:
            services.closure_sign_off(plan=plan, by=user)
        except services.PlanRuleError as refused:
            error = str(refused)
        else:
            messages.success(
                request, _("The plan for the %(name)s family is closed.") % {"name": plan.family.family_name}
            )
            return redirect("plan", plan_id=plan.pk)
    return render(
        request,
        "casework/sign_off.html",
        {"plan": plan, "closure": plan.closure, "error": error},
        status=403 if error else 200,
    )


@permissions.asks(permissions.FAMILY_VIEW)
@permissions.signed_in
def family_copy(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = selectors.plan_with_parts(_user(request), plan_id)
    with translation.override(plan.family.language):
        return render(request, "casework/family_copy.html", _family_copy_context(plan))


@permissions.asks(permissions.FAMILY_VIEW)
@permissions.signed_in
def family_copy_pdf(request: HttpRequest, plan_id: int) -> HttpResponse:
    from django.template.loader import render_to_string
    from weasyprint import HTML

    plan = selectors.plan_with_parts(_user(request), plan_id)
    with translation.override(plan.family.language):
        html = render_to_string(
            "casework/family_copy_print.html", _family_copy_context(plan), request=request
        )
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="family-plan-{plan.pk}.pdf"'
    return response


def _family_copy_context(plan: Plan) -> dict[str, Any]:
    model = to_model(plan)
    return {"plan": plan, "model": model, "today": dt.date.today()}


@permissions.asks(permissions.FAMILY_VIEW)
@permissions.signed_in
def next_review_ics(request: HttpRequest, plan_id: int) -> HttpResponse:
    """The next review meeting as a calendar invite (no family names: calendars are widely shared)."""
    plan = selectors.plan_get(_user(request), plan_id)
    if plan.next_review_date is None:
        raise Http404
    day = plan.next_review_date
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    link = request.build_absolute_uri(reverse("plan", args=[plan.pk]))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Family Plan//Review//EN",
        "BEGIN:VEVENT",
        f"UID:review-{plan.pk}-{day:%Y%m%d}@familyplan",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:Family plan review (plan {plan.pk})",
        f"DESCRIPTION:{link}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    response = HttpResponse("\r\n".join(lines) + "\r\n", content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="review-plan-{plan.pk}.ics"'
    return response
