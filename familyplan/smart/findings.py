"""What the checker says: findings, their place in the plan, and the report."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Letter(StrEnum):
    S = "S"
    M = "M"
    A = "A"
    R = "R"
    T = "T"


# What each letter stands for, found by the Letter or by its plain "S" (as a report's JSON keeps it).
LETTER_NAMES = {"S": "Specific", "M": "Measurable", "A": "Achievable", "R": "Realistic", "T": "Timely"}


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    HINT = "hint"
    PRAISE = "praise"

    @property
    def needs_work(self) -> bool:
        return self in (Severity.ERROR, Severity.WARNING)


class Kind(StrEnum):
    """The kinds of statement a plan is made of."""

    OUTCOME = "outcome"
    ACTION = "action"
    WHO = "who"
    WHEN = "when"
    CONTINGENCY = "contingency"


@dataclass(frozen=True)
class Location:
    """Where in a plan a finding is: e.g. goal 0, action 2, field "who"."""

    field: str
    goal: int | None = None
    action: int | None = None

    def describe(self) -> str:
        parts = []
        if self.goal is not None:
            parts.append(f"goal {self.goal + 1}")
        if self.action is not None:
            parts.append(f"action {self.action + 1}")
        parts.extend(_field_words(self.field))
        return ", ".join(parts)


def _field_words(field: str) -> list[str]:
    """ "family_members[1].views" as "family member 2", "their views"."""
    listed = _LISTED_FIELD.fullmatch(field)
    if listed is None:
        return [FIELD_WORDS.get(field, field.replace("_", " "))]
    name, index, part = listed.groups()
    one = ONE_OF.get(name, name.replace("_", " "))
    words = [f"{one} {int(index) + 1}"]
    if part:
        words.append(FIELD_WORDS.get(part, part.replace("_", " ")))
    return words


_LISTED_FIELD = re.compile(r"(\w+)\[(\d+)\](?:\.(\w+))?")
# One item of a list of the plan, as its page names it.
ONE_OF = {
    "family_members": "family member",
    "practitioners": "practitioner",
    "support_network": "support network member",
    "needs": "need",
    "strengths": "strength",
    "worries": "worry",
    "service_gaps": "service gap",
    "reviews": "review",
}


# Where a finding is, in the words of the plan's pages: the names in ``Location.field`` are the
# plan format's, which a practitioner reading "Fix these first" never sees.
FIELD_WORDS = {
    "how": "what will be done",
    "who": "who will do it",
    "when": "by when",
    "outcome": "outcome",
    "actions": "actions",
    "goals": "goals",
    "status": "progress",
    "family_members": "family members",
    "support_network": "support network",
    "practitioners": "practitioners",
    "strengths": "strengths",
    "reviews": "reviews",
    "started_on": "date the plan started",
    "interim_safety_plan": "interim safety plan",
    "supporting_families_outcome": "Supporting Families outcome",
    "contingency": "contingency plan",
    "child_views": "the child's views",
    "views": "their views",
    "role": "role",
}


@dataclass(frozen=True)
class Finding:
    rule: str
    letter: Letter
    severity: Severity
    message: str
    suggestion: str
    seed: str
    start: int = 0
    end: int = 0
    text: str = ""
    location: Location | None = None

    def as_dict(self) -> dict[str, Any]:
        data = self.brief()
        data["text"] = self.text
        data["location"] = (
            {"field": self.location.field, "goal": self.location.goal, "action": self.location.action}
            if self.location
            else None
        )
        return data

    def brief(self) -> dict[str, Any]:
        """The finding without its place in a plan: what a single statement's check reports."""
        return {
            "rule": self.rule,
            "letter": self.letter.value,
            "severity": self.severity.value,
            "message": self.message,
            "suggestion": self.suggestion,
            "seed": self.seed,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class Report:
    findings: list[Finding]
    scores: dict[str, int]
    overall: int
    top_fixes: list[Finding] = field(default_factory=list)

    @property
    def praise(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.PRAISE]

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is not Severity.PRAISE]

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall,
            "scores": self.scores,
            "findings": [f.as_dict() for f in self.findings],
            "top_fixes": [f.as_dict() for f in self.top_fixes],
        }
