"""Keeps a session that still owes its two-factor code away from every page but the code page."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from familyplan.web.accounts import two_factor


class TwoFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated and two_factor.code_needed(request) and not self._open(request):
            return redirect(f"{reverse('sign-in-code')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def _open(request: HttpRequest) -> bool:
        # The code page itself, signing out, and the API (which has its own tokens, not sessions).
        return request.path in (reverse("sign-in-code"), reverse("logout")) or request.path.startswith(
            ("/api/", "/static/")
        )
