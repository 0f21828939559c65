"""A change through the API is sent with the version of the record the client read (the If-Match
header, or a ``version`` field or parameter), and is refused (409) if someone else has changed
the record since (familyplan.web.casework.changes). These are how an operation reads it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from django.http import HttpRequest
from ninja import Field, Schema
from ninja.responses import Status

from familyplan.web.api.auth import who

Version = Annotated[int, Field(ge=1, le=2**31 - 1, description="The version you read (or send If-Match)")]


class VersionMissing(Exception):
    pass


def version_given(request: HttpRequest, in_body: int | None) -> int:
    """The version the client read: the If-Match header (a number, quoted or not) or the body's field."""
    header = str(request.headers.get("If-Match", "")).strip().removeprefix("W/").strip('"')
    if header.isdigit() and 0 < int(header) < 2**31:
        return int(header)
    if in_body is not None:
        return in_body
    raise VersionMissing


class Versioned(Schema):
    version: Version | None = None


def sent(request: HttpRequest, body: Any) -> tuple[int, dict[str, Any]]:
    """What a change sends: the version the client read (If-Match or ``body.version``), and the fields."""
    return version_given(request, body.version), body.model_dump(exclude={"version"})


def removed(
    request: HttpRequest, version: int | None, delete: Callable[..., Any], **record: Any
) -> Status[None]:
    """Remove a record through ``delete`` (a casework change), as the token's person and against the
    version the client read (If-Match or ``version``): answered 204."""
    delete(**record, by=who(request), version=version_given(request, version))
    return Status(204, None)
