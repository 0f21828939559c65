"""A plan's SMART score: what a careful reviewer would make of it, from 0 to 100.

Each statement (an outcome, an action's how, who and when, the contingency) has one
point to lose: an error costs the whole point, a warning half, a hint a twentieth. The
overall score is the share of points kept, less a fixed amount for each whole-plan finding
(a missing lead, an overdue review); then what is missing weighs heavily: a plan with no
goals scores 0, and a plan with no contingency or with no date on any action keeps only
part of its score. Each SMART letter's score is worked out the same way from that letter's
findings alone, to show where the problems are. docs/scores.md explains the figures.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from familyplan.plan.parsing import parse_when
from familyplan.smart.findings import Finding, Letter, Severity

if TYPE_CHECKING:
    from familyplan.plan.models import Plan

STATEMENT_COST = {Severity.ERROR: 1.0, Severity.WARNING: 0.5, Severity.HINT: 0.05, Severity.PRAISE: 0.0}
PLAN_FINDING_COST = {Severity.ERROR: 12, Severity.WARNING: 5, Severity.HINT: 1, Severity.PRAISE: 0}
# What share of the score a plan keeps when something the guidance treats as essential is missing.
KEPT_WITHOUT_CONTINGENCY = 0.7
KEPT_WITHOUT_DATES = 0.7
STATEMENT_FIELDS = frozenset({"outcome", "how", "who", "when", "contingency"})


def plan_scores(plan: Plan, findings: Iterable[Finding], statement_count: int) -> tuple[dict[str, int], int]:
    """Each letter's score and the overall score."""
    findings = list(findings)
    if not plan.goals:
        return dict.fromkeys((letter.value for letter in Letter), 0), 0
    count = max(statement_count, 1)
    scores = {letter.value: _score([f for f in findings if f.letter is letter], count) for letter in Letter}
    overall: float = _score(findings, count)
    if any(f.rule == "contingency-missing" for f in findings):
        overall *= KEPT_WITHOUT_CONTINGENCY
    if without_dates(plan):
        overall *= KEPT_WITHOUT_DATES
    return scores, round(overall)


def without_dates(plan: Plan) -> bool:
    """The plan has actions and none of them has a date or a "how often": it keeps only
    KEPT_WITHOUT_DATES of its score."""
    return bool(plan.actions) and not any(_dated(a.when) or a.due_date or a.review_date for a in plan.actions)


def _score(findings: list[Finding], statement_count: int) -> int:
    lost: dict[tuple[str, int | None, int | None], float] = {}
    plan_cost = 0
    for f in findings:
        location = f.location
        if location is not None and location.field in STATEMENT_FIELDS:
            key = (location.field, location.goal, location.action)
            lost[key] = min(1.0, lost.get(key, 0.0) + STATEMENT_COST[f.severity])
        else:
            plan_cost += PLAN_FINDING_COST[f.severity]
    kept = 1 - sum(lost.values()) / statement_count
    return max(0, min(100, round(100 * kept - plan_cost)))


def _dated(when: str) -> bool:
    parsed = parse_when(when)
    return bool(parsed.dates or parsed.recurrence)
