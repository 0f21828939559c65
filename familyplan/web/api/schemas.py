"""What the API's operations share: error bodies, paging, safe text, and the JSON an answer holds."""

from __future__ import annotations

from typing import Annotated, Any

from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination
from pydantic import AfterValidator

from familyplan.plan.models import SHORT_TEXT_CHARS


class Error(Schema):
    detail: str


class Invalid(Schema):
    detail: list[dict[str, Any]] = Field(
        description="One entry a problem: 'field' names it as a client reads it (goals[0].outcome), "
        "'msg' says what is wrong, 'loc' is the same place as a list."
    )


class Problems(Schema):
    detail: str
    problems: dict[str, str] = Field(
        description="What the guidance asks for that the change misses, by the part it concerns "
        "(a field, or for a review progress_<action id> and score_<goal id>), as the page says it."
    )


class Conflict(Schema):
    detail: str
    current_version: int | None = Field(None, description="The version the record is at now")


class Pages(LimitOffsetPagination):
    # Bounded, so a request cannot ask the database for an offset beyond a 64-bit integer.
    class Input(Schema):
        limit: int = Field(100, ge=1, le=500, description="How many to return (at most 500)")
        offset: int = Field(0, ge=0, le=2**31 - 1, description="How many to skip")


# What any signed-in operation may answer besides success: no token, not found, bad input.
SIGNED_IN: dict[int, Any] = {400: Error, 401: Error, 404: Error, 422: Invalid}
# And a write: what the guidance asks for and the change misses (422 with problems), not allowed,
# a stale version (or a state that does not allow it), no version at all.
WRITES: dict[int, Any] = {
    **SIGNED_IN,
    422: Invalid | Problems,
    403: Error,
    409: Conflict,
    # A body larger than the request limit (familyplan.plan.limits: request_bytes), before it is read.
    413: Error,
    428: Error,
    429: Error,
}


def _storable(text: str) -> str:
    if "\x00" in text:
        raise ValueError("must not hold a NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError("must be valid Unicode text") from error
    return text


Storable = AfterValidator(_storable)
# Text fields, each as long as the database keeps it.
Reference = Annotated[str, Field(max_length=50), Storable]
Name = Annotated[str, Field(max_length=SHORT_TEXT_CHARS), Storable]
Short = Annotated[str, Field(max_length=SHORT_TEXT_CHARS), Storable]
Long = Annotated[str, Field(max_length=20_000), Storable]


def related(name: str) -> Any:
    """A schema's resolver for a list of related records: ``resolve_<name> = related("<name>")``.
    An answer made before (an idempotent POST's, kept as a dict) holds the list already."""

    def resolve(record: Any) -> list[Any]:
        if isinstance(record, dict):
            return record[name]  # type: ignore[no-any-return]
        return list(getattr(record, name).all())

    return staticmethod(resolve)


def out(schema: type[Schema], record: Any) -> dict[str, Any]:
    """The record as the JSON the response holds (kept as it is for a repeated idempotent POST)."""
    return schema.from_orm(record).model_dump(mode="json")
