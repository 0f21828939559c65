"""What the pages of every app share: the person asking, and the one page that shows a form."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse


def user_of(request: HttpRequest) -> Any:
    """The person asking (signed in: the pages that call this are behind `permissions.signed_in`)."""
    return request.user


def form_page(
    request: HttpRequest, form: Any, title: Any, *, status: int = 200, **context: Any
) -> HttpResponse:
    """The form page every edit uses: a title, an optional caption and back link, a button."""
    return render(request, "casework/form.html", {"form": form, "title": title, **context}, status=status)


def plan_form_page(request: HttpRequest, plan: Any, form: Any, title: Any, **context: Any) -> HttpResponse:
    """A form about one plan: captioned with the plan, with a link back to it."""
    context = {"caption": str(plan), "back": reverse("plan", args=[plan.pk])} | context
    return form_page(request, form, title, **context)


def family_form_page(
    request: HttpRequest, family: Any, form: Any, title: Any, **context: Any
) -> HttpResponse:
    """A form about one family's record: captioned with the family, with a link back to it."""
    context = {"caption": str(family), "back": reverse("family", args=[family.pk])} | context
    return form_page(request, form, title, **context)


def confirm_page(
    request: HttpRequest,
    *,
    title: Any,
    caption: str,
    lines: list[Any],
    button: Any,
    back: str,
    warning: bool = False,
) -> HttpResponse:
    """Ask before something is removed or ended: what it is, why it should be, and a button; with
    ``warning`` the last line is a warning and the button a red one."""
    context = {
        "title": title,
        "caption": caption,
        "lines": lines,
        "button": button,
        "back": back,
        "warning": warning,
    }
    return render(request, "casework/confirm.html", context)
