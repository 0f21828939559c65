"""Pages for closing a plan (asking, checking, signing off), the family's copy and the review date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from familyplan.plan.models import GoalStatus
from familyplan.web.accounts import permissions
from familyplan.web.casework import closure, closure_forms, selectors, services
from familyplan.web.casework.interchange import to_model
from familyplan.web.casework.models import Plan
from familyplan.web.casework.pdf import tagged_pdf
from familyplan.web.casework.review_due import review_due_on, review_was_set
from familyplan.web.casework.views import may_change, plan_change_page
from familyplan.web.pages import plan_form_page
from familyplan.web.pages import user_of as _user


@plan_change_page
def closure_start(request: HttpRequest, plan: Plan) -> HttpResponse:
    form = closure_forms.ClosureForm(
        request.POST or None,
        initial=request.session.get(f"closure-{plan.pk}") or _as_returned(plan),
        open_goals=list(plan.goals.filter(status="open")),
    )
    if request.method == "POST":
        valid = form.is_valid()
        data = getattr(form, "cleaned_data", {})  # none when nothing at all was sent
        # The closure's own rules are asked even when a question is unanswered, so that every
        # problem shows on the first try.
        problems = closure.closure_problems(
            plan=plan,
            reason=data.get("reason", ""),
            family_agreed=data.get("family_agreed", False),
            taf_agreed=data.get("taf_agreed", False),
            no_goal_achieved_reason=data.get("no_goal_achieved_reason", ""),
            goals_achieved=data.get("goals_achieved", []),
        )
        if valid and not problems:
            request.session[f"closure-{plan.pk}"] = data
            return redirect("closure-check", plan_id=plan.pk)
        form.add_problems(problems)
    return plan_form_page(request, plan, form, _("Close the plan"), button=_("Continue"))


def _as_returned(plan: Plan) -> dict[str, Any] | None:
    """A closure a manager sent back starts from what was sent, to be put right, not typed again."""
    returned = plan.closure_returns.filter(answered_at__isnull=True).first()
    if returned is None:
        return None
    fields = ("reason", "summary", "ongoing_actions", "no_goal_achieved_reason")
    return {name: getattr(returned, name) for name in fields}


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def closure_check(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = selectors.plan_get(_user(request), plan_id)
    may_change(request, plan.family)
    data = request.session.get(f"closure-{plan.pk}")
    if plan.is_closed:
        return redirect("plan", plan_id=plan.pk)
    if not data:
        # The answers are kept only while the person stays signed in.
        messages.info(
            request,
            _(
                "Your answers about closing the plan were not kept, because you signed out or the "
                "session ended. Answer the questions again."
            ),
        )
        return redirect("closure", plan_id=plan.pk)
    if request.method == "POST":
        try:
            closure.closure_request(plan=plan, by=_user(request), **data)
        except services.PlanRuleError as error:
            messages.error(request, str(error))
            return redirect("closure", plan_id=plan.pk)
        del request.session[f"closure-{plan.pk}"]
        messages.success(
            request, _("The closure has been sent to a manager to sign off. The plan is now read-only.")
        )
        return redirect("plan", plan_id=plan.pk)
    reason_label = dict(closure_forms.ClosureForm.base_fields["reason"].choices)[data["reason"]]  # type: ignore[attr-defined]
    achieved = closure.open_goals_chosen(plan, data.get("goals_achieved", []))
    return render(
        request,
        "casework/closure_check.html",
        {
            "plan": plan,
            "data": data,
            "reason_label": reason_label,
            "goals_achieved": achieved,
            "open_actions": closure.open_actions(plan),
        },
    )


@permissions.asks(permissions.CLOSURES_LIST)
@permissions.signed_in
def sign_offs(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not permissions.can(user, permissions.CLOSURES_LIST):
        raise Http404
    return render(request, "casework/sign_offs.html", {"plans": selectors.closures_waiting_for(user)})


@permissions.asks(permissions.FAMILY_VIEW, permissions.CLOSURE_SIGN_OFF)
@permissions.signed_in
def sign_off(request: HttpRequest, plan_id: int) -> HttpResponse:
    """The manager checks the closure, sees the plan's open errors, and signs it off or returns it."""
    user = _user(request)
    plan = selectors.plan_get(user, plan_id)  # not found for someone who cannot see the family
    refusal = closure.why_not_sign_off(user, plan)
    if plan.status != Plan.Status.AWAITING_SIGN_OFF:
        raise Http404
    form = closure_forms.SignOffForm(request.POST if request.method == "POST" else None)
    refused = refusal is not None
    if request.method == "POST" and not refused and form.is_valid():
        returning = request.POST.get("decision") == "return"
        try:
            if returning:
                closure.closure_return(plan=plan, by=user, comment=form.cleaned_data["comment"])
            else:
                closure.closure_sign_off(plan=plan, by=user, comment=form.cleaned_data["comment"])
        except closure.ClosureRefused as problems:
            form.add_problems(problems.problems)
        except services.PlanRuleError as error:
            refusal, refused = str(error), True
        else:
            name = plan.family.family_name
            messages.success(
                request,
                _("The closure has been returned to the lead practitioner. The plan is live again.")
                if returning
                else _("The plan for the %(name)s family is closed.") % {"name": name},
            )
            return redirect("plan", plan_id=plan.pk)
    errors = [f for f in services.plan_report(plan).problems if f.severity.value == "error"]
    return render(
        request,
        "casework/sign_off.html",
        {
            "plan": plan,
            "closure": plan.closure,
            "form": None if refused else form,
            "open_errors": errors,
            "open_actions": closure.open_actions(plan),
            "refusal": refusal,
            "who_signs_off": closure.who_signs_off(plan) if refused else "",
        },
        status=403 if refused else 200,
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

    plan = selectors.plan_with_parts(_user(request), plan_id)
    with translation.override(plan.family.language):
        html = render_to_string(
            "casework/family_copy_print.html", _family_copy_context(plan), request=request
        )
    # Tagged, with the language of the page and of each part, for screen readers (PDF/UA-1).
    pdf = tagged_pdf(html, base_url=request.build_absolute_uri("/"))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="family-plan-{plan.pk}.pdf"'
    return response


def _family_copy_context(plan: Plan) -> dict[str, Any]:
    model = to_model(plan)
    return {
        "plan": plan,
        "model": model,
        "achieved": [goal for goal in model.goals if goal.status == GoalStatus.ACHIEVED],
        "today": timezone.localdate(),
        "page_language": plan.family.language,
    }


@permissions.asks(permissions.FAMILY_VIEW)
@permissions.signed_in
def next_review_ics(request: HttpRequest, plan_id: int) -> HttpResponse:
    """The next review meeting as a calendar invite (no family names: calendars are widely shared)."""
    plan = selectors.plan_get(_user(request), plan_id)
    if not review_was_set(plan):
        raise Http404
    day = review_due_on(plan)
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
