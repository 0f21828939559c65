"""What keeps one caller of ``POST /api/check`` from taking the service for itself.

- A rate limit per signed-in user, and per client address for everyone else. The
  address is the real one: the connection's, or, behind ``FAMILYPLAN_TRUSTED_PROXIES``
  proxies, the one the nearest of them saw; never an address the client wrote into
  its own ``X-Forwarded-For`` header.
- A plan no larger than the limits (``familyplan.plan.limits``: goals, actions).
- A time budget: a check of a whole plan that runs past ``check_seconds`` is
  answered with a refusal rather than left to hold the request.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import TypeVar

from django.http import HttpRequest
from ninja.throttling import SimpleRateThrottle

from familyplan.plan.limits import current
from familyplan.web.security import client_address

T = TypeVar("T")


class CheckThrottle(SimpleRateThrottle):
    """The checker's rate limit: per user when a valid token comes with the call, else per address."""

    scope = "check"

    def __init__(self, rate: str, who: Callable[[HttpRequest], object | None]) -> None:
        super().__init__(rate)
        self.who = who

    def get_cache_key(self, request: HttpRequest) -> str:
        user = self.who(request)
        if user is not None:
            ident = f"user-{getattr(user, 'pk', '')}"
        else:
            ident = f"address-{client_address(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}


class OverBudget(Exception):
    pass


# Checks run here so a slow one can be abandoned; two at a time keeps the rest of the
# service answering while they run.
_WORKERS = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="plan-check")


def within_budget(work: Callable[[], T], seconds: float | None = None) -> T:
    """``work()``'s result, or OverBudget if it has not finished within the time budget."""
    budget = current().check_seconds if seconds is None else seconds
    future = _WORKERS.submit(work)
    try:
        return future.result(timeout=budget)
    except concurrent.futures.TimeoutError as error:
        future.cancel()
        raise OverBudget(
            f"Checking this plan took longer than {budget:g} seconds (limit FAMILYPLAN_LIMIT_CHECK_SECONDS); "
            "check it in parts, or from the command line."
        ) from error
