"""Idempotency keys: a POST retried with the same ``Idempotency-Key`` header creates nothing twice.

The first request's answer is kept with the key (for the person who sent it) and a retry gets
the same answer. The key is taken in the same transaction as the work, so two copies sent at
once cannot both create: the second is told to try again. The same key sent with a different
request is refused (422).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from ninja.responses import Status

from familyplan.web.api.models import IdempotentRequest

KEY_HEADER = "Idempotency-Key"
MAX_KEY = 200


class _NotKept(Exception):
    def __init__(self, answer: Any) -> None:
        self.answer = answer


def _fingerprint(request: HttpRequest) -> str:
    return hashlib.sha256(
        b"\n".join([str(request.method).encode(), request.path.encode(), request.body])
    ).hexdigest()


def _refused(message: str) -> Status[Any]:
    return Status(422, {"detail": [{"loc": ["header", KEY_HEADER], "field": KEY_HEADER, "msg": message}]})


def idempotent(view: Callable[..., Any]) -> Callable[..., Any]:
    """For a POST operation whose success is ``Status(201, json-ready body)``."""

    @wraps(view)
    def once(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        key = str(request.headers.get(KEY_HEADER, "")).strip()
        if not key:
            return view(request, *args, **kwargs)
        if len(key) > MAX_KEY or not key.isprintable():
            return _refused(f"at most {MAX_KEY} printable characters")
        user, fingerprint = request.auth, _fingerprint(request)  # type: ignore[attr-defined]
        earlier = IdempotentRequest.objects.filter(user=user, key=key).first()
        if earlier is not None:
            if earlier.fingerprint != fingerprint:
                return _refused("this key was sent before with a different request")
            if not earlier.status:
                return Status(409, {"detail": "A request with this Idempotency-Key is still being handled."})
            return Status(earlier.status, earlier.body)
        try:
            with transaction.atomic():
                kept = IdempotentRequest.objects.create(user=user, key=key, fingerprint=fingerprint)
                answer = view(request, *args, **kwargs)
                if not isinstance(answer, Status) or not 200 <= answer.status_code < 300:
                    raise _NotKept(answer)
                IdempotentRequest.objects.filter(pk=kept.pk).update(
                    status=answer.status_code, body=answer.value
                )
                return answer
        except _NotKept as not_kept:
            return not_kept.answer
        except IntegrityError:
            return Status(409, {"detail": "A request with this Idempotency-Key is being handled: try again."})

    return once
