"""Pages for families and their plans. Thin: reads through selectors, writes through services."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from familyplan.plan import limits
from familyplan.smart import Context, Kind, explain_statement
from familyplan.web.accounts import permissions
from familyplan.web.casework import forms, goal_forms, plan_dates, removals, selectors, services, start_forms
from familyplan.web.casework.models import Action, Goal, Plan
from familyplan.web.casework.owners import owner_of, owners_of, posted_family_knows
from familyplan.web.casework.presentation import goal_heading, named, plan_page_context
from familyplan.web.conflicts import OPENED, conflict_of, form_after_conflict, merged
from familyplan.web.pages import confirm_page, form_page, plan_form_page
from familyplan.web.pages import user_of as _user


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def plan_start(request: HttpRequest, family_id: int) -> HttpResponse:
    family = selectors.family_get(_user(request), family_id)
    may_change(request, family)
    live = selectors.live_plan(family)
    form = start_forms.PlanStartForm(request.POST or None)
    if live is None and request.method == "POST" and form.is_valid():
        try:
            plan = services.plan_start(family=family, by=_user(request), **form.cleaned_data)
        except services.SecondLivePlanError as error:
            live = error.live
        except services.Refused as refused:
            forms.ask(form, refused.problems)
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


def may_change(request: HttpRequest, family: Any) -> None:
    permissions.require(_user(request), permissions.PLAN_CHANGE, family)


def closed_response(request: HttpRequest, plan: Plan) -> HttpResponse:
    messages.error(request, str(services.PlanClosedError()))
    return redirect("plan", plan_id=plan.pk)


def plan_to_change(request: HttpRequest, plan_id: int) -> Plan:
    """The plan, once the person asking is known to be allowed to change it."""
    plan = selectors.plan_get(_user(request), plan_id)
    may_change(request, plan.family)
    return plan


def plan_change_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A page that changes a plan: it is given the plan once the person may change it and it is open."""

    @permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
    @permissions.signed_in
    @wraps(view)
    def page(request: HttpRequest, plan_id: int, **kwargs: Any) -> HttpResponse:
        plan = plan_to_change(request, plan_id)
        if plan.is_closed:
            return closed_response(request, plan)
        return view(request, plan, **kwargs)

    return page


def edit_page(
    request: HttpRequest,
    form: Any,
    save: Callable[[dict[str, Any]], None],
    conflict_fields: tuple[str, str | list[str] | tuple[str, ...]],
    context: dict[str, Any],
) -> HttpResponse:
    """Show an edit form, or save it through ``save`` and go back. A save refused because someone
    else saved the record since the form opened (versioning) shows both versions instead."""
    what, fields = conflict_fields[0], list(conflict_fields[1])
    form_kwargs = context.pop("form_kwargs", {})
    conflict = None
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            save(data)
        except services.StaleVersionError as stale:
            labels = context.pop("conflict_labels", None)
            # Beside what was saved: what the form will now hold, their changes and the saved rest.
            knows = OPENED in form.fields
            shown = merged(form, stale.current) if knows else data
            conflict = conflict_of(what, form, stale.current, fields, shown, labels, merged=knows)
            form = form_after_conflict(form, request.POST.dict(), stale.current, **form_kwargs)
        except services.PlanClosedError:
            messages.error(request, str(services.PlanClosedError()))
            return redirect(context["back"])
        except services.Refused as refused:
            for part, message in refused.problems.items():
                form.add_error(part if part in form.fields else None, message)
        else:
            return redirect(context["back"])
    return form_page(request, form, status=409 if conflict else 200, **context, conflict=conflict)


def _plan_text_edit(
    request: HttpRequest, plan_id: int, form_class: type, fields: list[str], title: str
) -> HttpResponse:
    plan = plan_to_change(request, plan_id)
    if plan.is_closed:
        return closed_response(request, plan)
    initial = {name: getattr(plan, name) for name in fields} | {"version": plan.version}
    form = form_class(request.POST or None, initial=initial)

    def save(data: dict[str, Any]) -> None:
        services.plan_update(plan=plan, by=_user(request), **data)
        messages.success(request, _("Your changes have been saved."))

    context = {"title": title, "caption": str(plan), "back": reverse("plan", args=[plan.pk])}
    return edit_page(request, form, save, (gettext("this plan"), fields), context)


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
    return _plan_text_edit(request, plan_id, forms.PlanAboutForm, fields, "About the plan")


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def plan_start_correct(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_to_change(request, plan_id)
    if plan.is_closed:
        return closed_response(request, plan)
    form = start_forms.PlanStartCorrectionForm(
        request.POST or None, initial={"started_on": plan.started_on, "version": plan.version}
    )

    def save(data: dict[str, Any]) -> None:
        plan_dates.plan_start_correct(plan=plan, by=_user(request), **data)
        messages.success(request, _("The date the plan started has been corrected."))

    context = {
        "title": gettext("Correct the date the plan started"),
        "caption": str(plan),
        "back": reverse("plan", args=[plan.pk]),
    }
    return edit_page(request, form, save, (gettext("this plan"), ["started_on"]), context)


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def plan_contingency(request: HttpRequest, plan_id: int) -> HttpResponse:
    return _plan_text_edit(request, plan_id, forms.ContingencyForm, ["contingency"], "Contingency plan")


GOAL_FIELDS = ("outcome", "supporting_families_outcome", "measure_of_success", "need", "term")
ACTION_FIELDS = ("how", "who", "when", "status")
GAP_FIELDS = ("kind_of_service", "support_needed", "risk")


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def goal_edit(request: HttpRequest, plan_id: int, goal_id: int | None = None) -> HttpResponse:
    plan = plan_to_change(request, plan_id)
    goal = get_object_or_404(Goal, pk=goal_id, plan=plan) if goal_id else None
    if plan.is_closed:
        return closed_response(request, plan)
    fields = (*GOAL_FIELDS, "status") if goal else GOAL_FIELDS
    initial = {f: getattr(goal, f) for f in fields} | {"version": goal.version} if goal else {}
    if goal:
        initial["children"] = [name for name in goal.for_children.splitlines() if name.strip()]
    status_before = goal.status if goal else None
    children = [m.name for m in plan.family.members.all() if m.is_child]
    kwargs: dict[str, Any] = {"status_before": status_before, "children": children}
    form = goal_forms.GoalForm(request.POST or None, initial=initial, **kwargs)

    def save(data: dict[str, Any]) -> None:
        if "children" in data:
            data["for_children"] = "\n".join(data.pop("children"))
        services.goal_save(plan=plan, by=_user(request), goal=goal, **data)
        messages.success(request, _("The goal has been saved."))

    context = {
        "title": _("Change a goal") if goal else _("Add a goal"),
        "caption": str(plan),
        "back": reverse("plan", args=[plan.pk]),
        "form_kwargs": kwargs,
    }
    return edit_page(request, form, save, (gettext("this goal"), fields), context)


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def action_edit(
    request: HttpRequest, plan_id: int, goal_id: int, action_id: int | None = None
) -> HttpResponse:
    plan = plan_to_change(request, plan_id)
    goal = get_object_or_404(Goal, pk=goal_id, plan=plan)
    action = get_object_or_404(Action, pk=action_id, goal=goal) if action_id else None
    if plan.is_closed:
        return closed_response(request, plan)
    owners = owners_of(plan.family)
    initial: dict[str, Any] = {}
    if action:
        initial = {f: getattr(action, f) for f in ("how", "when", "status", "version")}
        chosen = owner_of(action, owners)
        initial |= {"person": chosen.key} if chosen else {"who": action.who}
    form = forms.ActionForm(request.POST or None, initial=initial, owners=owners)

    def save(data: dict[str, Any]) -> None:
        fields = {k: data[k] for k in (*ACTION_FIELDS, "version", "taf_member")}
        services.action_save(goal=goal, by=_user(request), action=action, **fields)
        messages.success(request, _("The action has been saved."))

    context = {
        "title": _("Change an action") if action else _("Add an action"),
        "caption": goal_heading(goal.outcome),
        "back": reverse("plan", args=[plan.pk]),
        "form_kwargs": {"owners": owners},
        "conflict_labels": {"who": gettext("Who will do this?")},
    }
    if action and not removals.has_history(action):
        context |= {
            "remove_url": reverse("action-remove", args=[plan.pk, goal.pk, action.pk]),
            "remove_text": _("Remove this action (added by mistake)"),
        }
    return edit_page(request, form, save, (gettext("this action"), ACTION_FIELDS), context)


@permissions.asks(permissions.FAMILY_VIEW, permissions.ACTION_UPDATE)
@permissions.signed_in
def action_progress(request: HttpRequest, plan_id: int, action_id: int) -> HttpResponse:
    plan = selectors.plan_get(_user(request), plan_id)
    action = get_object_or_404(
        Action.objects.select_related("taf_member", "goal__plan"), pk=action_id, goal__plan=plan
    )
    permissions.require(_user(request), permissions.ACTION_UPDATE, action)
    if plan.is_closed:
        return closed_response(request, plan)
    form = forms.ProgressForm(request.POST or None, initial={"status": action.status})
    if request.method == "POST" and form.is_valid():
        services.action_progress_add(action=action, by=_user(request), **form.cleaned_data)
        messages.success(request, _("Your update has been saved. It will be looked at in the next review."))
        return redirect("plan", plan_id=plan.pk)
    return plan_form_page(
        request, plan, form, _("Update progress"), caption=named("action", action.how, quoted=False)
    )


@plan_change_page
def gap_add(request: HttpRequest, plan: Plan) -> HttpResponse:
    form = forms.ServiceGapForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.service_gap_add(plan=plan, by=_user(request), **form.cleaned_data)
        messages.success(request, _("The service gap has been recorded."))
        return redirect("plan", plan_id=plan.pk)
    return plan_form_page(request, plan, form, _("Record a service gap"))


@plan_change_page
def gap_correct(request: HttpRequest, plan: Plan, gap_id: int) -> HttpResponse:
    gap = get_object_or_404(plan.service_gaps, pk=gap_id)
    initial = {f: getattr(gap, f) for f in (*GAP_FIELDS, "version")}
    form = forms.ServiceGapCorrectForm(request.POST or None, initial=initial)

    def save(data: dict[str, Any]) -> None:
        services.service_gap_correct(gap=gap, by=_user(request), **data)
        messages.success(request, _("The service gap has been corrected."))

    back = reverse("plan", args=[plan.pk])
    context = {"title": _("Correct the service gap"), "caption": str(plan), "back": back}
    return edit_page(request, form, save, (gettext("this service gap"), GAP_FIELDS), context)


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
    text = request.POST.get(field, "")[: limits.current().field_chars]
    from familyplan.web.council.services import catalogue

    if not text.strip():
        # Emptied: the panel goes back to its waiting words, not to nothing (the page would jump).
        return render(request, "casework/_smart_panel.html", {"findings": [], "waiting": True})
    # An action's own "who" and "when" fields answer who does it and when.
    context = Context()
    if kind is Kind.ACTION:
        who = request.POST.get("who", "") or request.POST.get("person", "")
        context = Context(who=who[:500], when=request.POST.get("when", "")[:500])
    elif kind is Kind.WHO:
        context = Context(family_knows=posted_family_knows(request.POST.get("family_knows_names", "")))
    elif kind is Kind.WHEN:
        # The when is judged against the day its own action is for ("before he starts on 2 September").
        context = Context(action=request.POST.get("how", "")[: limits.current().field_chars])
    today = forms.day_to_judge_dates(request.POST.get("status", ""))
    explained = explain_statement(text, kind, today=today, catalogue=catalogue(), context=context)
    return render(
        request,
        "casework/_smart_panel.html",
        {"findings": explained.findings, "checked": True, "slots": explained.reading.ordered_slots()},
    )


@plan_change_page
def action_remove(request: HttpRequest, plan: Plan, goal_id: int, action_id: int) -> HttpResponse:
    action = get_object_or_404(Action, pk=action_id, goal__pk=goal_id, goal__plan=plan)
    back = reverse("action", args=[plan.pk, goal_id, action.pk])
    if request.method == "POST":
        try:
            removals.action_remove(action=action, by=_user(request))
        except services.PlanRuleError as error:
            messages.error(request, str(error))
            return redirect(back)
        messages.success(request, _("The action has been removed from the plan."))
        return redirect("plan", plan_id=plan.pk)
    if removals.has_history(action):
        messages.error(request, str(removals.HAS_HISTORY))
        return redirect(back)
    lines = [
        named("action", action.how, quoted=False),
        _("Remove an action only if it was added by mistake. The audit trail keeps what it said."),
    ]
    return confirm_page(
        request,
        title=_("Remove this action?"),
        caption=str(plan),
        lines=lines,
        button=_("Remove the action"),
        back=back,
        warning=True,
    )
