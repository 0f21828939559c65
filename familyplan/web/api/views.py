"""The person's own API tokens, on a page: listed, and revoked one at a time."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from familyplan.web.accounts import permissions
from familyplan.web.api.models import ApiToken


@permissions.signed_in
@permissions.asks(permissions.SIGNED_IN)
def api_tokens(request: HttpRequest) -> HttpResponse:
    mine = ApiToken.objects.filter(user=request.user.pk, expires_at__gt=timezone.now()).order_by("-pk")
    if request.method == "POST":
        chosen = str(request.POST.get("token", ""))
        if chosen.isdigit() and mine.filter(pk=int(chosen)).delete()[0]:
            messages.success(request, _("The token is revoked: it no longer works."))
        return redirect("api-tokens")
    return render(request, "api/tokens.html", {"tokens": mine})
