"""Response headers a council's security review expects, beyond Django's own."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response: HttpResponse = self.get_response(request)
        # Set by settings_production, the only settings that use this middleware.
        policy = settings.CONTENT_SECURITY_POLICY  # type: ignore[misc]
        response.setdefault("Content-Security-Policy", policy)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if request.path.startswith("/your-views/"):
            # The one-time link must not leak through the Referer header or a shared cache.
            response["Referrer-Policy"] = "no-referrer"
            response["Cache-Control"] = "no-store"
        return response
