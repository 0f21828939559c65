"""Running the catalogue over a statement or a whole plan, and scoring the result."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from familyplan.plan.kinds import ActionStatus
from familyplan.smart import plan_dates  # noqa: F401  (registers the plan's date rules)
from familyplan.smart.catalogue import STATEMENT_KINDS, Catalogue, Rule, default_catalogue
from familyplan.smart.findings import Finding, Kind, Location, Report, Severity
from familyplan.smart.hits import Hit, finding_for
from familyplan.smart.language import Span
from familyplan.smart.plan_rules import plan_findings
from familyplan.smart.reading import Reading
from familyplan.smart.scoring import plan_scores
from familyplan.smart.statement_rules import (
    MATCHERS,
    NO_CONTEXT,
    Context,
    Matcher,
    Statement,
    _state_words,
    days_listed,
    event_deadline,
    evidence_of,
    recurring_review,
    weekday_named,
)

if TYPE_CHECKING:
    from familyplan.plan.models import Plan

# "when" rules that, if any speaks, make the generic "no date" finding redundant. A point in the
# year ("Spring term") is not one: the family know it, but it is still no date (seed 000).
_SPECIFIC_WHEN_RULES = (
    "when-missing",
    "when-asap",
    "when-ongoing",
    "when-relative",
    "when-recurring-without-review",
    "when-month-only",
    "when-invalid-date",
    "when-day-only",
)


@dataclass(frozen=True)
class Explanation:
    """What the checker understood of a statement (its reading) and what it says about it."""

    statement: Statement
    findings: list[Finding]

    @property
    def reading(self) -> Reading:
        """Read when asked for: a plan's check does not need the reading of a who or when cell."""
        return self.statement.reading

    @property
    def verdict(self) -> str:
        return "needs-work" if needs_work(self.findings) else "ok"

    def as_dict(self, cells: Sequence[tuple[str, Finding]] = ()) -> dict[str, object]:
        """The verdict, the reading and the findings; with an action's ``cells`` (from
        :func:`check_cells`), their findings follow the statement's, each marked with its cell,
        and the verdict counts them too."""
        findings = [*self.findings, *(f for _, f in cells)]
        return {
            "verdict": "needs-work" if needs_work(findings) else "ok",
            "reading": self.reading.as_dict(),
            "findings": [f.brief() for f in self.findings] + [{**f.brief(), "cell": c} for c, f in cells],
        }


def check_statement(
    text: str,
    kind: str | Kind,
    today: dt.date | None = None,
    catalogue: Catalogue | None = None,
    location: Location | None = None,
    context: Context = NO_CONTEXT,
) -> list[Finding]:
    """Findings for one statement of a plan (an outcome, action, who, when or contingency).

    ``context`` carries an action's "who" and "when" cells: in a plan those columns,
    not the action's own words, say who does it and when.
    """
    return _findings(_statement(text, kind, today, catalogue, context), location)


def explain_statement(
    text: str,
    kind: str | Kind,
    today: dt.date | None = None,
    catalogue: Catalogue | None = None,
    context: Context = NO_CONTEXT,
) -> Explanation:
    """The reading of a statement into its parts, with the findings the rules make of it."""
    statement = _statement(text, kind, today, catalogue, context)
    return Explanation(statement, _findings(statement))


def check_cells(
    kind: str | Kind,
    context: Context,
    today: dt.date | None = None,
    catalogue: Catalogue | None = None,
    given: Collection[str] = (),
    action: str = "",
) -> list[tuple[str, Finding]]:
    """An action's own who and when cells, each with the findings a plan's check makes of it: a
    "School" in the who cell answers who does the action, and is still a service, not a person.
    A cell named in ``given`` is checked even when blank, as a plan's empty cell is. ``action`` is
    the action's own words, which may say who its who cell is (see :func:`who_cell_context`)."""
    if Kind(kind) is not Kind.ACTION:
        return []
    cells = (
        (Kind.WHO, context.who, who_cell_context(action, context.who)),
        (Kind.WHEN, context.when, Context(action=action) if action else NO_CONTEXT),
    )
    return [
        (cell.value, finding)
        for cell, text, around in cells
        if text.strip() or cell.value in given
        for finding in check_statement(text, cell, today=today, catalogue=catalogue, context=around)
    ]


# "I", anywhere ("When I feel like drinking"), or "Me and my Nan will ...": the speaker's own voice.
_FIRST_PERSON = re.compile(r"\bI\b|^\s*Me\s+and\b")
# A worker's own things are their work's: "my office", "my line manager", "my assessment".
_THEIR_OWN = re.compile(
    r"\b(?:my|myself)\b(?!\s+(?:line\s+)?(?:manager|team|colleagues?|caseload|supervisor|service|office|base|"
    r"desk|laptop|assessment|report|records?|notes|role)\b)",
    re.IGNORECASE,
)
_ONE_NAME = re.compile(r"[A-Z][\w'\u2019-]*")


def who_cell_context(action: str, who: str, around: Context = NO_CONTEXT) -> Context:
    """What a who cell is checked knowing. An action said as "I" about the speaker's own things ("I
    will put my phone on charge in the kitchen") is in the words of the one person its who cell
    names ("Kai"): the young person or the parent whose plan it is, whom the family need no role
    to know. A worker's "I will ring Mum every Friday" is not: their role is still asked for."""
    name = who.strip()
    own_voice = _FIRST_PERSON.search(action.strip()) and _THEIR_OWN.search(action)
    if _ONE_NAME.fullmatch(name) and own_voice:
        return replace(around, family_knows=around.family_knows | {name.lower()})
    return around


def _statement(
    text: str, kind: str | Kind, today: dt.date | None, catalogue: Catalogue | None, context: Context
) -> Statement:
    return Statement(
        text=text or "",
        kind=Kind(kind).value,
        today=today,
        catalogue=catalogue or default_catalogue(),
        context=context,
    )


def _findings(statement: Statement, location: Location | None = None) -> list[Finding]:
    catalogue, kind, text = statement.catalogue, statement.kind, statement.text
    findings: list[Finding] = []
    for rule, match in _matchers_for(catalogue, kind):
        hits = match(rule, statement)
        if hits:
            findings.extend(finding_for(rule, hit, location, statement.today) for hit in hits)
    if kind == "when" and catalogue.enabled("when-no-date"):
        spoken = {f.rule for f in findings}
        dated = (
            statement.parsed_when.dates
            or weekday_named(statement)
            or recurring_review(statement)
            or days_listed(statement)
            or event_deadline(statement)
        )
        if not dated and not spoken.intersection(_SPECIFIC_WHEN_RULES):
            findings.append(
                finding_for(
                    catalogue.rule("when-no-date"), Hit(Span(0, len(text), text)), location, statement.today
                )
            )
    if kind == "outcome":
        if any(f.severity.needs_work for f in findings):
            findings = [f for f in findings if f.rule != "outcome-well-measured"]
        found = evidence_of(statement, _state_words(statement))
        if found and not statement.reading.evidence:
            statement.reading.add("evidence", found[1].start, found[1].end, found[0])
    findings.sort(key=lambda f: (f.start, f.end))
    return findings


def _matchers_for(catalogue: Catalogue, kind: str) -> tuple[tuple[Rule, Matcher], ...]:
    return catalogue.memo(
        ("matchers", kind),
        lambda: tuple((r, MATCHERS[r.id]) for r in catalogue.for_kind(kind) if r.id in MATCHERS),
    )


def needs_work(findings: Iterable[Finding]) -> bool:
    return any(f.severity.needs_work for f in findings)


# --- The whole plan ---------------------------------------------------------------


def plan_statements(plan: Plan) -> list[tuple[str, str, Location]]:
    """Every statement in a plan, with its kind and where it is."""
    out: list[tuple[str, str, Location]] = []
    for g, goal in enumerate(plan.goals):
        outcome = goal.outcome if not goal.measure_of_success else f"{goal.outcome} {goal.measure_of_success}"
        out.append((outcome, "outcome", Location("outcome", goal=g)))
        for a, action in enumerate(goal.actions):
            if action.status is ActionStatus.STOPPED:
                continue  # kept for the record; nothing more is asked of it
            out.append((action.how, "action", Location("how", goal=g, action=a)))
            out.append((action.who, "who", Location("who", goal=g, action=a)))
            out.append((action.when, "when", Location("when", goal=g, action=a)))
    if plan.closure is None:
        out.append((plan.contingency, "contingency", Location("contingency")))
    return out


def known_names(names: Iterable[str]) -> frozenset[str]:
    """Names as a who cell may write them: in full and by first name ("Ben Smith", "Ben")."""
    known: set[str] = set()
    for name in names:
        full = " ".join(name.split()).lower()
        if full:
            known.update((full, full.split()[0]))
    return frozenset(known)


def known_to_the_family(plan: Plan) -> frozenset[str]:
    """The names the family knows its own people by: each member and each person in its support
    network; and each practitioner the plan introduces with their role, by full name, so a who cell
    may name them alone."""
    introduced = (" ".join(p.name.split()).lower() for p in plan.practitioners if p.role.strip())
    own = known_names([*(m.name for m in plan.family_members), *(n.name for n in plan.support_network)])
    return own | {name for name in introduced if name}


_IN_A_PLAN = Context(in_plan=True)


def check_plan(plan: Plan, today: dt.date | None = None, catalogue: Catalogue | None = None) -> Report:
    """The full report for a plan: statement findings, whole-plan findings and scores."""
    catalogue = catalogue or default_catalogue()
    today = today or dt.date.today()
    statements = plan_statements(plan)
    findings: list[Finding] = []
    family_knows = Context(family_knows=known_to_the_family(plan), in_plan=True)
    for text, kind, location in statements:
        context = family_knows if kind == "who" else _IN_A_PLAN
        if location.goal is not None and location.action is not None:
            action = plan.goals[location.goal].actions[location.action]
            if kind == "action":
                context = Context(who=action.who, when=action.when, in_plan=True)
            elif kind == "who":
                context = who_cell_context(action.how, action.who, family_knows)
            elif kind == "when":
                context = Context(in_plan=True, action=action.how)
        findings.extend(
            check_statement(text, kind, today=today, catalogue=catalogue, location=location, context=context)
        )
    findings.extend(plan_findings(plan, today, catalogue))
    scores, overall = plan_scores(plan, findings, len(statements))
    return Report(findings=findings, scores=scores, overall=overall, top_fixes=top_fixes(findings))


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


__all__ = [
    "STATEMENT_KINDS",
    "Context",
    "Explanation",
    "check_plan",
    "check_statement",
    "explain_statement",
    "finding_for",
    "known_names",
    "needs_work",
    "top_fixes",
    "who_cell_context",
]
