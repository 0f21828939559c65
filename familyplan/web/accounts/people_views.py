"""Pages for administrators about the people who sign in: who they are, adding them, changing what they
may do, and ending their sessions."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from familyplan.web.accounts import forms, people_services, permissions, sessions, unlocking
from familyplan.web.accounts.models import User
from familyplan.web.pages import form_page


def _user(request: HttpRequest) -> Any:
    return request.user


@permissions.asks(permissions.PEOPLE_MANAGE)
@permissions.signed_in
def people(request: HttpRequest) -> HttpResponse:
    permissions.require(_user(request), permissions.PEOPLE_MANAGE)
    listed = list(
        User.objects.select_related("team").order_by("-is_active", "last_name", "first_name", "username")
    )
    locked = unlocking.locked_usernames(p.username for p in listed)
    return render(request, "accounts/people.html", {"people": listed, "locked": locked})


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


@permissions.asks(permissions.PEOPLE_MANAGE)
@permissions.signed_in
def unlock(request: HttpRequest, user_id: int) -> HttpResponse:
    """Let someone sign in again after too many wrong passwords, without waiting for the lock to lift."""
    permissions.require(_user(request), permissions.PEOPLE_MANAGE)
    person = get_object_or_404(User, pk=user_id)
    if request.method == "POST":
        if unlocking.unlock(person=person, by=_user(request)):
            messages.success(request, _("%(name)s can sign in again.") % {"name": person.display_name})
        else:
            messages.info(
                request, _("Signing in was not locked for %(name)s.") % {"name": person.display_name}
            )
        return redirect("people")
    locked = person.username in unlocking.locked_usernames([person.username])
    return render(request, "accounts/unlock.html", {"person": person, "locked": locked})


@permissions.asks(permissions.PEOPLE_MANAGE)
@permissions.signed_in
def person_new(request: HttpRequest) -> HttpResponse:
    """Add someone who will sign in; they are emailed a link to choose their password."""
    permissions.require(_user(request), permissions.PEOPLE_MANAGE)
    form = forms.PersonForm(request.POST or None, adding=True)
    if request.method == "POST" and form.is_valid():
        try:
            person = people_services.person_add(by=_user(request), **form.cleaned_data)
        except people_services.PersonRefused as refused:
            _show(form, refused)
        else:
            messages.success(
                request,
                _("%(name)s's account has been made. A link to choose a password has gone to %(email)s.")
                % {"name": person.display_name, "email": person.email},
            )
            return redirect("people")
    return form_page(
        request, form, _("Add a person"), back=reverse("people"), button=_("Add them and send the link")
    )


@permissions.asks(permissions.PEOPLE_MANAGE)
@permissions.signed_in
def person_edit(request: HttpRequest, user_id: int) -> HttpResponse:
    """Change someone's details or what they may do, or deactivate them when they leave."""
    permissions.require(_user(request), permissions.PEOPLE_MANAGE)
    person = get_object_or_404(User, pk=user_id)
    initial = {name: getattr(person, name) for name in people_services.ACCESS_FIELDS if name != "team_id"}
    form = forms.PersonForm(request.POST or None, person=person, initial=initial | {"team": person.team_id})
    if request.method == "POST" and form.is_valid():
        try:
            people_services.person_change(person=person, by=_user(request), **form.cleaned_data)
        except people_services.PersonRefused as refused:
            _show(form, refused)
        else:
            messages.success(
                request, _("%(name)s's account has been changed.") % {"name": person.display_name}
            )
            led = people_services.families_led(person) if not person.is_active else 0
            if led:
                messages.warning(
                    request,
                    ngettext(
                        "%(name)s leads %(count)d family with an open plan. Ask its manager to choose a "
                        "new lead practitioner.",
                        "%(name)s leads %(count)d families with an open plan. Ask each family's manager "
                        "to choose a new lead practitioner.",
                        led,
                    )
                    % {"name": person.display_name, "count": led},
                )
            return redirect("people")
    title = _("Change %(name)s's account") % {"name": person.display_name}
    return form_page(request, form, title, caption=person.username, back=reverse("people"))


def _show(form: Any, refused: people_services.PersonRefused) -> None:
    for field, message in refused.problems.items():
        form.add_error(field if field in form.fields else None, message)


@permissions.asks(permissions.PEOPLE_MANAGE)
@permissions.signed_in
def team_new(request: HttpRequest) -> HttpResponse:
    """Add a team, so that people can be put in it and a manager can oversee its families."""
    permissions.require(_user(request), permissions.PEOPLE_MANAGE)
    form = forms.TeamForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            team = people_services.team_add(by=_user(request), name=form.cleaned_data["name"])
        except people_services.PersonRefused as refused:
            _show(form, refused)
        else:
            messages.success(request, _("The team %(name)s has been added.") % {"name": team.name})
            return redirect("people")
    return form_page(request, form, _("Add a team"), back=reverse("people"), button=_("Add the team"))
