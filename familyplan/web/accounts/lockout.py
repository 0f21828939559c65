"""The page after too many wrong passwords (django-axes calls ``locked_out``: AXES_LOCKOUT_CALLABLE).

It is one of the service's pages: it says how long signing in is locked, from the same setting axes
counts with (AXES_COOLOFF_TIME), and who can unlock it. It never shows the username typed: whoever
is at the screen may not be the account's owner.
"""

from __future__ import annotations

import math
from typing import Any

from axes.helpers import get_cool_off
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from familyplan.web.accounts.services import minutes_in_words


def locked_out(request: HttpRequest, *_credentials: Any) -> HttpResponse:
    """Answer as axes would (429 Too Many Requests), with a Retry-After a program can follow."""
    wait = get_cool_off(request)
    minutes = max(1, math.ceil(wait.total_seconds() / 60)) if wait else None
    context = {"wait": minutes_in_words(minutes) if minutes else None}
    response = render(
        request, "accounts/locked_out.html", context, status=getattr(settings, "AXES_HTTP_RESPONSE_CODE", 429)
    )
    if minutes:
        response["Retry-After"] = str(minutes * 60)
    return response
