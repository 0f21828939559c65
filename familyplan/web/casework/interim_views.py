"""The interim safety plan's pages: writing it, and ending it once the full plan is in place."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from familyplan.web.casework import forms, removals, services
from familyplan.web.casework.models import Plan
from familyplan.web.casework.views import edit_page, plan_change_page
from familyplan.web.pages import confirm_page
from familyplan.web.pages import user_of as _user
from familyplan.web.versioning import version_of


@plan_change_page
def interim_edit(request: HttpRequest, plan: Plan) -> HttpResponse:
    existing = getattr(plan, "interim", None)
    fields = ("issue", "actions", "end_date")
    initial = {f: getattr(existing, f) for f in fields} if existing else {}
    form = forms.InterimForm(request.POST or None, initial=initial | {"version": version_of(existing)})

    def save(data: dict[str, Any]) -> None:
        services.interim_save(plan=plan, by=_user(request), **data)
        messages.success(request, _("The interim safety plan has been saved."))

    context = {
        "title": _("Interim safety plan"),
        "caption": str(plan),
        "back": reverse("plan", args=[plan.pk]),
    }
    if existing:
        context["remove_url"] = reverse("plan-interim-end", args=[plan.pk])
        context["remove_text"] = _("End the interim safety plan (the full plan is in place)")
    return edit_page(request, form, save, (gettext("the interim safety plan"), fields), context)


@plan_change_page
def interim_end(request: HttpRequest, plan: Plan) -> HttpResponse:
    back = reverse("plan-interim", args=[plan.pk])
    if request.method == "POST":
        try:
            removals.interim_end(plan=plan, by=_user(request))
        except services.PlanRuleError as error:
            messages.error(request, str(error))
            return redirect("plan", plan_id=plan.pk)
        messages.success(request, _("The interim safety plan has ended. The full plan is in place."))
        return redirect("plan", plan_id=plan.pk)
    lines = [
        _("End it when the full plan keeps the child safe: the plan's goals, actions and contingency."),
        _("The audit trail keeps what the interim safety plan said."),
    ]
    return confirm_page(
        request,
        title=_("End the interim safety plan?"),
        caption=str(plan),
        lines=lines,
        button=_("End the interim safety plan"),
        back=back,
    )
