"""What a council's security review expects beyond Django's own: response headers, the real
client address behind the council's proxies, and requests no larger than the limits."""

from __future__ import annotations

import logging
import re
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


UPLOAD_PATH = "/import/"


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
        # The bulk import page takes many files in one request: its own, larger limit.
        upload = request.path == UPLOAD_PATH
        most = limits.upload_bytes if upload else limits.request_bytes
        if length > most:
            return _refusal(
                request,
                413,
                f"The request is larger than {size(most)} ({length / 2**20:.1f} MB; "
                f"limit FAMILYPLAN_LIMIT_{'UPLOAD' if upload else 'REQUEST'}_BYTES).",
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
        if request.path.startswith(("/your-views/", "/sign-in/reset/")):
            # The one-time link must not leak through the Referer header.
            response["Referrer-Policy"] = "no-referrer"
        return response


class NoStoreMiddleware:
    """``Cache-Control: no-store`` on every page and file the application itself answers: family
    records, plans, PDFs and spreadsheets must not stay in a browser's or a proxy's cache. Only
    the static files (styles, scripts, images) may be cached, and WhiteNoise answers those before
    this runs."""

    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response: HttpResponse = self.get_response(request)
        if not request.path.startswith(settings.STATIC_URL):
            response["Cache-Control"] = "no-store"
        return response


# /your-views/<token>/ : the one-time link a family member uses; the token is as good as a password.
_VIEWS_LINK = re.compile(r"(/your-views/)[^/\s?\"]+")
# /sign-in/reset/<uid>/<token>/ : a password reset link, as good as a password for an hour.
_RESET_LINK = re.compile(r"(/sign-in/reset/[^/\s?\"]+/)(?!set-password/)[^/\s?\"]+")
_QUERY = re.compile(r"(/[^\s?\"]*)\?[^\s\"]*")


def redact_location(text: str) -> str:
    """A request line or path with its query string (family-name searches) and any views-link token
    taken out: "GET /?name=Smith HTTP/1.1" -> "GET /?[query-removed] HTTP/1.1"."""
    text = _RESET_LINK.sub(r"\1[token-removed]", _QUERY.sub(r"\1?[query-removed]", text))
    return _VIEWS_LINK.sub(r"\1[token-removed]", text)


class RedactRequestsFilter(logging.Filter):
    """Keeps query strings and views-link tokens out of the server's logs (the development server's
    request lines and Django's own request warnings)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact_location(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {k: redact_location(v) if isinstance(v, str) else v for k, v in record.args.items()}
        if isinstance(record.msg, str):
            record.msg = redact_location(record.msg)
        return True


class ApiErrorsAsJsonMiddleware:
    """Under /api/, an answer Django made itself (a path that is no operation: 404; a method the
    operation does not take: 405) is JSON like every other API answer, never an HTML page."""

    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response: HttpResponse = self.get_response(request)
        if (
            request.path.startswith("/api/")
            and response.status_code in (404, 405)
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            detail = {404: "Not found.", 405: f"This operation does not take {request.method}."}
            json_response = JsonResponse(
                {"detail": detail[response.status_code]}, status=response.status_code
            )
            if response.has_header("Allow"):
                json_response["Allow"] = response["Allow"]
            return json_response
        return response
