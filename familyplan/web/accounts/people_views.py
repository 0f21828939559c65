"""Pages for administrators about the people who sign in: who they are, and ending their sessions."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from familyplan.web.accounts import permissions, sessions
from familyplan.web.accounts.models import User


def _user(request: HttpRequest) -> Any:
    return request.user


@permissions.asks(permissions.PEOPLE_MANAGE)
@permissions.signed_in
def people(request: HttpRequest) -> HttpResponse:
    permissions.require(_user(request), permissions.PEOPLE_MANAGE)
    listed = User.objects.select_related("team").order_by("-is_active", "last_name", "first_name", "username")
    return render(request, "accounts/people.html", {"people": listed})


@permissions.asks(permissions.PEOPLE_MANAGE)
@permissions.signed_in
def end_sessions(request: HttpRequest, user_id: int) -> HttpResponse:
    """Sign a person out everywhere and end their API tokens, for example when a laptop is lost."""
    permissions.require(_user(request), permissions.PEOPLE_MANAGE)
    person = get_object_or_404(User, pk=user_id)
    if request.method == "POST":
        ended = sessions.end_sessions_of(user=person, by=_user(request), keep=request.session.session_key)
        messages.success(
            request,
            _("%(name)s has been signed out of %(count)d session(s), and their API tokens no longer work.")
            % {"name": person.display_name, "count": ended},
        )
        return redirect("people")
    return render(
        request,
        "accounts/end_sessions.html",
        {"person": person, "open_sessions": sessions.count_of(person), "tokens": sessions.tokens_of(person)},
    )
