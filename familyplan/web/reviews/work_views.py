"""The practitioner's work tray: "My work"."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from familyplan.web.accounts import permissions
from familyplan.web.reviews.work import work_tray


@permissions.asks(permissions.SIGNED_IN)
@permissions.signed_in
def my_work(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    tray = work_tray(request.user, today)  # type: ignore[arg-type]
    return render(request, "reviews/my_work.html", {"tray": tray, "today": today})
