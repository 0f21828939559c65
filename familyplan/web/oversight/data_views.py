"""Pages for the DATA Notification form: a practitioner sends it for a service gap; the early help
coordinator reads it, downloads it and marks it forwarded to the Director of Children's Services."""

from __future__ import annotations

import csv
from typing import Any, cast

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from familyplan.plan.models import SHORT_TEXT_CHARS
from familyplan.web.accounts import permissions
from familyplan.web.casework import selectors as casework
from familyplan.web.casework.forms import CleanTextMixin, UKDateField, ask, needed_area
from familyplan.web.casework.models import ServiceGap
from familyplan.web.oversight.data_notifications import (
    FIELDS,
    NEEDED,
    data_notification_forwarded,
    data_notification_problems,
    data_notification_send,
)
from familyplan.web.oversight.models import DataNotification
from familyplan.web.oversight.views import safe_cell
from familyplan.web.pages import plan_form_page


def _if_empty(name: str) -> dict[str, Any]:
    return {"error_messages": {"required": NEEDED[name]}}


class DataNotificationForm(CleanTextMixin, forms.Form):
    location = forms.CharField(
        label=_("Where does the family live?"),
        max_length=SHORT_TEXT_CHARS,
        help_text=_("The area or location where the support is not available."),
        **_if_empty("location"),
    )
    kind_of_service = forms.CharField(
        label=_("Kind of service"), max_length=SHORT_TEXT_CHARS, **_if_empty("kind_of_service")
    )
    support_needed = needed_area(_("What support is needed but not available?"), NEEDED["support_needed"])
    risk = needed_area(_("What risk does this pose to the child and family?"), NEEDED["risk"])
    discussed_with_coordinator_on = UKDateField(
        label=_("When did you discuss it with the early help coordinator?"),
        **_if_empty("discussed_with_coordinator_on"),
    )
    raise_with_lspb = forms.BooleanField(
        label=_("It should be raised as a risk through the Local Safeguarding Partnership Board"),
        required=False,
        help_text=_("When the gap significantly affects families."),
    )
    lspb_reason = needed_area(_("Why, or why not?"), NEEDED["lspb_reason"])

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        ask(self, data_notification_problems(data, timezone.localdate()))
        return data


def _user(request: HttpRequest) -> Any:
    return request.user


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def data_notification_form(request: HttpRequest, plan_id: int, gap_id: int) -> HttpResponse:
    plan = casework.plan_get(_user(request), plan_id)
    permissions.require(_user(request), permissions.PLAN_CHANGE, plan.family)
    gap = get_object_or_404(ServiceGap, plan=plan, pk=gap_id)
    earlier = DataNotification.objects.filter(gap=gap).first()
    initial = (
        {f: getattr(earlier, f) for f in FIELDS}
        if earlier
        else {
            "location": plan.family.address_area,
            "kind_of_service": gap.kind_of_service,
            "support_needed": gap.support_needed,
            "risk": gap.risk,
        }
    )
    form = DataNotificationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data_notification_send(gap=gap, by=_user(request), **form.cleaned_data)
        messages.success(
            request, _("The DATA Notification form has been sent to the early help coordinator.")
        )
        return redirect("plan", plan_id=plan.pk)
    return plan_form_page(
        request,
        plan,
        form,
        _("DATA Notification form"),
        caption=_("Service gap: %(kind)s") % {"kind": gap.kind_of_service},
        button=_("Send to the early help coordinator"),
    )


@permissions.asks(permissions.DATA_NOTIFICATIONS)
@permissions.signed_in
def data_notifications(request: HttpRequest) -> HttpResponse:
    permissions.require(_user(request), permissions.DATA_NOTIFICATIONS)
    if request.method == "POST":
        chosen = str(request.POST.get("forwarded", ""))
        if chosen.isdigit():
            notification = get_object_or_404(DataNotification, pk=int(chosen))
            data_notification_forwarded(notification=notification, by=_user(request))
            messages.success(request, _("Marked as forwarded to the Director of Children's Services."))
        return redirect("data-notifications")
    found = DataNotification.objects.select_related("gap__plan", "submitted_by")[:500]
    return render(request, "oversight/data_notifications.html", {"notifications": found})


@permissions.asks(permissions.DATA_NOTIFICATIONS)
@permissions.signed_in
def data_notification_csv(request: HttpRequest, notification_id: int) -> HttpResponse:
    permissions.require(_user(request), permissions.DATA_NOTIFICATIONS)
    notification = get_object_or_404(DataNotification.objects.select_related("gap__plan"), pk=notification_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="data-notification-{notification.pk}.csv"'
    writer = csv.writer(response)
    writer.writerow([_("DATA Notification form"), ""])
    writer.writerow([_("Plan"), notification.gap.plan_id])
    for name in FIELDS:
        field = cast(Any, DataNotification._meta.get_field(name))
        value = getattr(notification, name)
        shown = (_("yes") if value else _("no")) if isinstance(value, bool) else value or ""
        writer.writerow([safe_cell(str(field.verbose_name).capitalize()), safe_cell(str(shown))])
    writer.writerow([_("Sent by"), safe_cell(notification.submitted_by.display_name)])
    writer.writerow([_("Sent on"), f"{notification.submitted_at:%d/%m/%Y}"])
    return response
