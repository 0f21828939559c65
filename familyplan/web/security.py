"""What a council's security review expects beyond Django's own: response headers, the real
client address behind the council's proxies, and requests no larger than the limits."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

from familyplan.formats.jsonyaml import json_nesting
from familyplan.plan.limits import current, size


def client_address(request: HttpRequest) -> str:
    """The address of whoever sent the request, as far as the council's own proxies vouch for it.

    Each trusted proxy appends the address it received the request from to X-Forwarded-For,
    so with N of them (FAMILYPLAN_TRUSTED_PROXIES) the client is the N-th address from the
    right; anything further left was written by the client and is ignored. With none, it is
    the connection's own address, whatever the headers say.
    """
    remote = str(request.META.get("REMOTE_ADDR") or "")
    proxies = int(getattr(settings, "TRUSTED_PROXIES", 0))
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in str(request.META.get("HTTP_X_FORWARDED_FOR", "")).split(",")]
    forwarded = [part for part in forwarded if part]
    if not forwarded:
        return remote
    return forwarded[-min(proxies, len(forwarded))]


def _refusal(request: HttpRequest, status: int, message: str) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message}, status=status)
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


class RequestLimitsMiddleware:
    """Refuses a request body over the size limit before it is read, and API JSON nested deeper
    than a plan ever is before it is parsed."""

    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limits = current()
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > limits.request_bytes:
            return _refusal(
                request,
                413,
                f"The request is larger than {size(limits.request_bytes)} ({length / 2**20:.1f} MB; "
                "limit FAMILYPLAN_LIMIT_REQUEST_BYTES).",
            )
        if (
            request.method in ("POST", "PUT", "PATCH")
            and request.path.startswith("/api/")
            and "json" in request.META.get("CONTENT_TYPE", "")
        ):
            line = json_nesting(request.body.decode("utf-8", "replace"), limits.nesting)
            if line is not None:
                return _refusal(
                    request,
                    400,
                    f"Line {line}: lists or objects nested more than {limits.nesting} deep "
                    "(limit FAMILYPLAN_LIMIT_NESTING).",
                )
        response: HttpResponse = self.get_response(request)
        return response


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
