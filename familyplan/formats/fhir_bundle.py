"""The resources of a FHIR bundle being read as a plan, and which of them the reading used.

A resource the plan has no place for is named when the reading ends, so nothing in a bundle
is left out unsaid.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import ValidationError

from familyplan.formats.errors import RowProblem
from familyplan.formats.jsonyaml import describe_validation_error

Part = TypeVar("Part")


class Bundle:
    """The bundle's resources, found by a reference as FHIR writes it: the entry's full URL, or
    relative ("Goal/g1"), which stands for the resource of that type and id in the bundle."""

    def __init__(self, bundle: dict[str, Any]) -> None:
        entries = [e for e in bundle.get("entry", []) if isinstance(e, dict)]
        self.resources = [e.get("resource", {}) for e in entries]
        self.by_url: dict[Any, dict[str, Any]] = {}
        self._used: set[int] = set()
        for entry, resource in zip(entries, self.resources, strict=True):
            if not isinstance(resource, dict):
                continue
            if resource.get("resourceType") and resource.get("id"):
                self.by_url.setdefault(f"{resource['resourceType']}/{resource['id']}", resource)
            if entry.get("fullUrl"):
                self.by_url[entry["fullUrl"]] = resource

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [r for r in self.resources if isinstance(r, dict) and r.get("resourceType") == kind]

    def find(self, reference: Any, required: bool = False) -> dict[str, Any]:
        """The resource a Reference points to: {} if none is given; not found, {} or (required) an error."""
        text = (reference or {}).get("reference") if isinstance(reference, dict) else None
        found = self.by_url.get(text) if text else None
        if found is None and text:
            found = self.by_url.get("/".join(str(text).rsplit("/", 2)[-2:]))  # a full URL of another base
        if found is None and required:
            raise ValueError(f"the reference {str(text)[:100]!r} names nothing in the bundle")
        return found if isinstance(found, dict) else {}

    def follow(self, reference: Any, required: bool = False) -> dict[str, Any]:
        """The resource a Reference points to, as ``find``, counted as read."""
        return self.use(self.find(reference, required))

    def use(self, resource: dict[str, Any]) -> dict[str, Any]:
        """Count the resource as read, or as named in a problem: either way, not left out unsaid."""
        self._used.add(id(resource))
        return resource

    def unused(self) -> list[RowProblem]:
        """A problem for each resource the reading had no place for."""
        problems = []
        counts: dict[str, int] = {}
        for resource in self.resources:
            if not isinstance(resource, dict):
                continue
            kind = str(resource.get("resourceType") or "resource")
            counts[kind] = counts.get(kind, 0) + 1
            if id(resource) not in self._used:
                problems.append(
                    RowProblem(
                        f"{kind} {counts[kind]}",
                        "is not part of the family plan as this bundle holds it, so it was not read",
                        words(resource),
                    )
                )
        return problems


def text_of(value: Any) -> str:
    """A FHIR string as text: '' for anything else, so that a wrong type is a missing value."""
    return value if isinstance(value, str) else ""


def words(resource: dict[str, Any]) -> str:
    """What a resource that was not read says, to show with the problem."""
    for key in ("description", "detail", "summary"):
        if text := text_of(resource.get(key)):
            return text[:200]
    return ""


def readable(
    where: str, problems: list[RowProblem], build: Callable[[], Part], said: str = ""
) -> Part | None:
    """A part of the plan built from a resource; one that does not fit the plan format is named
    in ``problems`` with what is wrong, and left out."""
    try:
        return build()
    except ValueError as error:  # pydantic's ValidationError is one, and so is a date that is not a date
        found = describe_validation_error(error) if isinstance(error, ValidationError) else str(error)
        problems.append(
            RowProblem(where, f"does not fit the plan format ({found}), so it was not read", said[:200])
        )
        return None
