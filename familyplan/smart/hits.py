"""What a rule's test returns (a hit: the words it objects to) and the finding made from it."""

from __future__ import annotations

from dataclasses import dataclass, field

from familyplan.smart.catalogue import Rule
from familyplan.smart.findings import Finding, Location
from familyplan.smart.language import Span


@dataclass(frozen=True)
class Hit:
    span: Span
    values: dict[str, str] = field(default_factory=dict)


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def finding_for(rule: Rule, hit: Hit, location: Location | None = None, **values: str) -> Finding:
    """The rule's message and suggestion, filled in with the words of the hit."""
    filled = _Values(hit.values | values)
    return Finding(
        rule=rule.id,
        letter=rule.letter,
        severity=rule.severity,
        message=rule.message.format_map(filled),
        suggestion=rule.suggestion.format_map(filled),
        seed=rule.seed,
        start=hit.span.start,
        end=hit.span.end,
        text=hit.span.text,
        location=location,
    )
