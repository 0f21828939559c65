"""Who is acting and from where, for the length of one request or command."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest, HttpResponse


@dataclass(frozen=True)
class Actor:
    user: Any = None
    ip_address: str | None = None


_NOBODY = Actor()
current_actor: ContextVar[Actor] = ContextVar("current_actor", default=_NOBODY)


def _client_ip(request: HttpRequest) -> str | None:
    # Behind a council's proxy the address comes from REMOTE_ADDR as the proxy sets it.
    return request.META.get("REMOTE_ADDR") or None


class ActorMiddleware:
    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = current_actor.set(Actor(user=getattr(request, "user", None), ip_address=_client_ip(request)))
        try:
            response: HttpResponse = self.get_response(request)
            return response
        finally:
            current_actor.reset(token)
