"""Pages for families: the list, a family's record, its people, subject access and who has looked."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts import permissions
from familyplan.web.casework import forms, references, removals, selectors, services
from familyplan.web.casework.models import FamilyMember, NetworkMember, Plan
from familyplan.web.casework.review_due import review_due_on
from familyplan.web.casework.views import edit_page
from familyplan.web.council.services import cycles as council_cycles
from familyplan.web.pages import confirm_page, family_form_page, form_page
from familyplan.web.pages import user_of as _user


@permissions.asks(permissions.SIGNED_IN)
@permissions.signed_in
def families_list(request: HttpRequest) -> HttpResponse:
    families = (
        selectors.families_for(_user(request))
        .prefetch_related("plans__reviews")
        .only("id", "family_name", "reference", "address_area")
        .order_by("family_name", "id")
    )
    query = request.GET.get("q", "").strip()[:100]
    if query:
        families = families.filter(family_name__icontains=query)
    page = Paginator(families, 50).get_page(request.GET.get("page"))
    today, cycles = timezone.localdate(), council_cycles()  # asked once for the page, not for each plan
    rows = []
    for family in page.object_list:
        plan = next(iter(family.plans.all()), None)
        # The date the plan page and the dashboard give, from the same rule: a plan never reviewed
        # is due a cycle after it started, though no date has been set on it.
        due = review_due_on(plan, cycles) if plan is not None and plan.status == Plan.Status.LIVE else None
        rows.append({"family": family, "plan": plan, "due": due, "overdue": due is not None and due < today})
    return render(request, "casework/families.html", {"page": page, "rows": rows, "query": query})


@permissions.asks(permissions.FAMILY_CREATE)
@permissions.signed_in
def family_create(request: HttpRequest) -> HttpResponse:
    permissions.require(_user(request), permissions.FAMILY_CREATE)
    form = forms.FamilyForm(request.POST or None)
    holder: dict[str, Any] = {}
    if request.method == "POST" and form.is_valid():
        try:
            family = services.family_create(by=_user(request), **form.cleaned_data)
        except services.Refused as refused:
            # Asked before the error is shown, which takes the reference out of what was cleaned.
            holder = references.holder_link(form.cleaned_data["reference"], _user(request))
            forms.ask(form, refused.problems)
        else:
            messages.success(
                request, _("The %(name)s family's record has been made.") % {"name": family.family_name}
            )
            return redirect("family", family_id=family.pk)
    return form_page(request, form, _("Add a family"), button=_("Save and continue"), **holder)


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


def _person_add(
    request: HttpRequest, family_id: int, form_class: type, model: type[Any], title: str
) -> HttpResponse:
    family = selectors.family_get(_user(request), family_id)
    permissions.require(_user(request), permissions.PLAN_CHANGE, family)
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.person_add(family=family, by=_user(request), model=model, **form.cleaned_data)
        messages.success(request, _("%(name)s has been added.") % {"name": form.cleaned_data["name"]})
        return redirect("family", family_id=family.pk)
    return family_form_page(request, family, form, title)


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def member_add(request: HttpRequest, family_id: int) -> HttpResponse:
    return _person_add(request, family_id, forms.MemberForm, FamilyMember, "Add a family member")


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def network_add(request: HttpRequest, family_id: int) -> HttpResponse:
    return _person_add(
        request, family_id, forms.NetworkForm, NetworkMember, "Add someone from the support network"
    )


def _member(request: HttpRequest, family_id: int, member_id: int) -> Any:
    family = selectors.family_get(_user(request), family_id)
    return get_object_or_404(family.members.select_related("family"), pk=member_id)


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def member_correct(request: HttpRequest, family_id: int, member_id: int) -> HttpResponse:
    member = _member(request, family_id, member_id)
    permissions.require(_user(request), permissions.PLAN_CHANGE, member.family)
    fields = [
        "name",
        "relationship",
        "date_of_birth",
        "is_child",
        "involved_in_plan",
        "reason_not_involved",
        "views",
    ]
    initial = {f: getattr(member, f) for f in fields} | {"version": member.version}
    form = forms.MemberCorrectionForm(request.POST or None, initial=initial)

    def save(data: dict[str, Any]) -> None:
        services.member_correct(member=member, by=_user(request), reason=data.pop("reason"), **data)
        messages.success(request, _("%(name)s's record has been corrected.") % {"name": member.name})

    context = {
        "title": _("Correct %(name)s's record") % {"name": member.name},
        "caption": str(member.family),
        "back": reverse("family", args=[family_id]),
    }
    if not removals.member_has_history(member):
        context["remove_url"] = reverse("member-remove", args=[family_id, member.pk])
        context["remove_text"] = _("Remove %(name)s from the record (added by mistake)") % {
            "name": member.name
        }
    what = gettext("%(name)s's record") % {"name": member.name}
    return edit_page(request, form, save, (what, fields), context)


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def member_remove(request: HttpRequest, family_id: int, member_id: int) -> HttpResponse:
    member = _member(request, family_id, member_id)
    permissions.require(_user(request), permissions.PLAN_CHANGE, member.family)
    back = reverse("member", args=[family_id, member.pk])
    if request.method == "POST":
        try:
            removals.member_remove(member=member, by=_user(request))
        except services.PlanRuleError as error:
            messages.error(request, str(error))
            return redirect(back)
        messages.success(request, _("%(name)s has been removed from the record.") % {"name": member.name})
        return redirect("family", family_id=family_id)
    if removals.member_has_history(member):
        messages.error(request, str(removals.MEMBER_HAS_HISTORY % {"name": member.name}))
        return redirect(back)
    lines = [
        f"{member.name}, {member.relationship}",
        _("Remove someone only if they were added by mistake. The audit trail keeps what their record said."),
    ]
    return confirm_page(
        request,
        title=_("Remove %(name)s from the family's record?") % {"name": member.name},
        caption=str(member.family),
        lines=lines,
        button=_("Remove them"),
        back=back,
        warning=True,
    )


def _member_to_disclose(request: HttpRequest, family_id: int, member_id: int) -> Any:
    member = _member(request, family_id, member_id)
    permissions.require(_user(request), permissions.SUBJECT_ACCESS, member.family)
    return member


def _disclosed(member: Any, file_format: str, response: HttpResponse) -> HttpResponse:
    """Send one person's subject access file, recording in the audit trail that it went out."""
    from familyplan.web.audit import services as audit

    audit.record(
        "export",
        object_type="subject_access",
        object_id=member.pk,
        family_id=member.family_id,
        detail={"format": file_format},
    )
    response["Content-Disposition"] = f'attachment; filename="subject-access-{member.pk}.{file_format}"'
    return response


@permissions.asks(permissions.FAMILY_VIEW, permissions.SUBJECT_ACCESS)
@permissions.signed_in
def subject_access_json(request: HttpRequest, family_id: int, member_id: int) -> HttpResponse:
    from familyplan.web.casework.subject_access import subject_access

    member = _member_to_disclose(request, family_id, member_id)
    data = subject_access(member)
    return _disclosed(
        member, "json", JsonResponse(data, json_dumps_params={"indent": 2, "ensure_ascii": False})
    )


@permissions.asks(permissions.FAMILY_VIEW, permissions.SUBJECT_ACCESS)
@permissions.signed_in
def subject_access_pdf(request: HttpRequest, family_id: int, member_id: int) -> HttpResponse:
    from django.template.loader import render_to_string
    from weasyprint import HTML

    from familyplan.web.casework.subject_access import subject_access

    member = _member_to_disclose(request, family_id, member_id)
    html = render_to_string(
        "casework/subject_access_print.html", {"data": subject_access(member)}, request=request
    )
    return _disclosed(
        member, "pdf", HttpResponse(HTML(string=html).write_pdf(), content_type="application/pdf")
    )


@permissions.asks(permissions.FAMILY_VIEW, permissions.FAMILY_AUDIT)
@permissions.signed_in
def family_audit(request: HttpRequest, family_id: int) -> HttpResponse:
    """Who has looked at or changed this family's record: for the team's manager."""
    from familyplan.web.audit import words
    from familyplan.web.audit.models import AuditEvent

    user = _user(request)
    family = selectors.family_get(user, family_id)
    permissions.require(user, permissions.FAMILY_AUDIT, family)
    events = AuditEvent.objects.filter(family_id=family.pk).select_related("user").order_by("-id")
    page = Paginator(events, 100).get_page(request.GET.get("page"))
    entries = [(event, words.said(event)) for event in page.object_list]
    return render(request, "casework/family_audit.html", {"family": family, "page": page, "entries": entries})
