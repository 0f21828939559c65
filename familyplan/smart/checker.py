"""Running the catalogue over a statement or a whole plan, and scoring the result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache, partial

from familyplan.plan.models import Plan
from familyplan.plan.parsing import parse_when
from familyplan.smart.catalogue import STATEMENT_KINDS, Catalogue, Rule, default_catalogue
from familyplan.smart.findings import Finding, Kind, Letter, Location, Report, Severity
from familyplan.smart.language import Span
from familyplan.smart.statement_rules import MATCHERS, Hit, Statement

# "when" rules that, if any speaks, make the generic "no date" finding redundant.
_SPECIFIC_WHEN_RULES = (
    "when-missing",
    "when-asap",
    "when-ongoing",
    "when-relative",
    "when-recurring-without-review",
    "when-month-only",
    "when-invalid-date",
)


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def finding_for(rule: Rule, hit: Hit, location: Location | None = None, **values: str) -> Finding:
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


def check_statement(
    text: str,
    kind: str | Kind,
    today: dt.date | None = None,
    catalogue: Catalogue | None = None,
    location: Location | None = None,
) -> list[Finding]:
    """Findings for one statement of a plan (an outcome, action, who, when or contingency)."""
    catalogue = catalogue or default_catalogue()
    # Plans repeat the same people and dates, and the page re-checks as people type:
    # each catalogue keeps the findings for statements it has seen.
    cached = catalogue.memo("statements", lambda: lru_cache(maxsize=8192)(partial(_findings, catalogue)))
    findings = cached(text or "", Kind(kind).value, today)
    if location is None:
        return list(findings)
    return [replace(f, location=location) for f in findings]


def _findings(catalogue: Catalogue, text: str, kind: str, today: dt.date | None) -> tuple[Finding, ...]:
    statement = Statement(text=text, kind=kind, today=today, catalogue=catalogue)
    findings: list[Finding] = []
    for rule in catalogue.for_kind(kind):
        match = MATCHERS.get(rule.id)
        if match is not None:
            findings.extend(finding_for(rule, hit) for hit in match(rule, statement))
    if kind == "when" and catalogue.enabled("when-no-date"):
        spoken = {f.rule for f in findings}
        if not parse_when(text, today).dates and not spoken.intersection(_SPECIFIC_WHEN_RULES):
            findings.append(finding_for(catalogue.rule("when-no-date"), Hit(Span(0, len(text), text))))
    if kind == "outcome" and any(f.severity.needs_work for f in findings):
        findings = [f for f in findings if f.rule != "outcome-well-measured"]
    findings.sort(key=lambda f: (f.start, f.end))
    return tuple(findings)


def needs_work(findings: Iterable[Finding]) -> bool:
    return any(f.severity.needs_work for f in findings)


# --- The whole plan ---------------------------------------------------------------

_WEIGHTS = {Severity.ERROR: 1.0, Severity.WARNING: 0.5, Severity.HINT: 0.1, Severity.PRAISE: 0.0}


def plan_statements(plan: Plan) -> list[tuple[str, str, Location]]:
    """Every statement in a plan, with its kind and where it is."""
    out: list[tuple[str, str, Location]] = []
    for g, goal in enumerate(plan.goals):
        outcome = goal.outcome if not goal.measure_of_success else f"{goal.outcome} {goal.measure_of_success}"
        out.append((outcome, "outcome", Location("outcome", goal=g)))
        for a, action in enumerate(goal.actions):
            out.append((action.how, "action", Location("how", goal=g, action=a)))
            out.append((action.who, "who", Location("who", goal=g, action=a)))
            out.append((action.when, "when", Location("when", goal=g, action=a)))
    if plan.closure is None:
        out.append((plan.contingency, "contingency", Location("contingency")))
    return out


def check_plan(plan: Plan, today: dt.date | None = None, catalogue: Catalogue | None = None) -> Report:
    """The full report for a plan: statement findings, whole-plan findings and scores."""
    from familyplan.smart.plan_rules import plan_findings

    catalogue = catalogue or default_catalogue()
    today = today or dt.date.today()
    statements = plan_statements(plan)
    findings: list[Finding] = []
    for text, kind, location in statements:
        findings.extend(check_statement(text, kind, today=today, catalogue=catalogue, location=location))
    findings.extend(plan_findings(plan, today, catalogue))
    scores = score(findings, max(len(statements), 1))
    overall = round(sum(scores.values()) / len(scores))
    return Report(findings=findings, scores=scores, overall=overall, top_fixes=top_fixes(findings))


def score(findings: Iterable[Finding], statement_count: int) -> dict[str, int]:
    """0-100 per SMART letter: 100 less the weighted share of statements with problems."""
    penalty = dict.fromkeys(Letter, 0.0)
    for f in findings:
        penalty[f.letter] += _WEIGHTS[f.severity]
    return {letter.value: max(0, round(100 * (1 - penalty[letter] / statement_count))) for letter in Letter}


def top_fixes(findings: Iterable[Finding], limit: int = 5) -> list[Finding]:
    """The most important fixes: errors first, one per rule, in the order they occur."""
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.HINT: 2}
    seen: set[str] = set()
    fixes: list[Finding] = []
    for f in sorted((f for f in findings if f.severity in order), key=lambda f: order[f.severity]):
        if f.rule not in seen:
            seen.add(f.rule)
            fixes.append(f)
    return fixes[:limit]


__all__ = ["STATEMENT_KINDS", "check_plan", "check_statement", "needs_work", "score", "top_fixes"]
