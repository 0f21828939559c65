"""Pages for the Team Around the Family: add, change or remove a member, and change the lead."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts import permissions
from familyplan.web.casework import selectors, taf
from familyplan.web.casework.forms import ask
from familyplan.web.casework.models import Family, TafMember
from familyplan.web.casework.services import PlanRuleError, Refused
from familyplan.web.casework.taf_forms import LeadChangeForm, TafMemberForm
from familyplan.web.pages import family_form_page


def _user(request: HttpRequest) -> Any:
    return request.user


def _family_to_change(request: HttpRequest, family_id: int) -> Family:
    family = selectors.family_get(_user(request), family_id)
    permissions.require(_user(request), permissions.PLAN_CHANGE, family)
    return family


def _member_form(request: HttpRequest, family_id: int, taf_id: int | None) -> HttpResponse:
    family = _family_to_change(request, family_id)
    member = get_object_or_404(family.taf.all(), pk=taf_id) if taf_id else None
    initial = {}
    if member is not None:
        initial = {f: getattr(member, f) for f in ("name", "role", "agency", "contact")}
        initial["account"] = str(member.user_id or "")
    form = TafMemberForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            saved = taf.taf_member_save(
                family=family, by=_user(request), member=member, **form.member_fields()
            )
        except Refused as refused:
            ask(form, refused.problems)
        else:
            done = _("%(name)s's details have been saved.") if member else _("%(name)s has been added.")
            messages.success(request, done % {"name": saved.name})
            return redirect("family", family_id=family.pk)
    title = (
        _("Change %(name)s's details") % {"name": member.name}
        if member
        else _("Add a practitioner to the Team Around the Family")
    )
    return family_form_page(request, family, form, title)


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def taf_add(request: HttpRequest, family_id: int) -> HttpResponse:
    return _member_form(request, family_id, None)


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def taf_edit(request: HttpRequest, family_id: int, taf_id: int) -> HttpResponse:
    return _member_form(request, family_id, taf_id)


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def taf_remove(request: HttpRequest, family_id: int, taf_id: int) -> HttpResponse:
    family = _family_to_change(request, family_id)
    member = get_object_or_404(family.taf.all(), pk=taf_id)
    if request.method == "POST":
        try:
            taf.taf_member_remove(member=member, by=_user(request))
        except PlanRuleError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("%(name)s has been removed from the team.") % {"name": member.name})
        return redirect("family", family_id=family.pk)
    return render(
        request,
        "casework/confirm.html",
        {
            "title": _("Remove %(name)s from the Team Around the Family?") % {"name": member.name},
            "caption": str(family),
            "lines": [
                _("They will no longer see this family's record, unless they can through their team."),
                _("Actions given to them stay in the plan: give them to someone else."),
            ],
            "button": _("Remove them from the team"),
            "warning": True,
            "back": reverse("family", args=[family.pk]),
        },
    )


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def lead_change(request: HttpRequest, family_id: int) -> HttpResponse:
    family = _family_to_change(request, family_id)
    members = list(family.taf.all())
    form = LeadChangeForm(request.POST or None, members=members)
    if not form.can_choose:
        return render(request, "casework/lead_nobody_else.html", {"family": family})
    if request.method == "POST" and form.is_valid():
        to: TafMember = next(m for m in members if str(m.pk) == form.cleaned_data["to"])
        if request.POST.get("confirm") == "yes":
            try:
                taf.taf_lead_change(family=family, by=_user(request), to=to)
            except PlanRuleError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("%(name)s is now the lead practitioner.") % {"name": to.name})
            return redirect("family", family_id=family.pk)
        return render(request, "casework/confirm.html", _lead_confirmation(request, family, members, to))
    return family_form_page(request, family, form, _("Change the lead practitioner"), button=_("Continue"))


def _lead_confirmation(
    request: HttpRequest, family: Family, members: list[TafMember], to: TafMember
) -> dict[str, Any]:
    current = next((m for m in members if m.is_lead), None)
    lines: list[Any] = [_("%(name)s will lead the plan and can change it.") % {"name": to.name}]
    if current is not None:
        lines.append(
            _("%(name)s stays in the Team Around the Family, sees the family and updates their own actions.")
            % {"name": current.name}
        )
    if current is not None and current.user_id == _user(request).pk:
        lines.append(_("You will no longer be able to change the plan, unless you manage the team."))
    return {
        "title": _("Make %(name)s the lead practitioner?") % {"name": to.name},
        "caption": str(family),
        "lines": lines,
        "hidden": {"to": to.pk, "confirm": "yes"},
        "button": _("Change the lead practitioner"),
        "warning": current is not None and current.user_id == _user(request).pk,
        "back": reverse("taf-lead", args=[family.pk]),
    }
