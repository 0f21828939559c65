"""The figures of a quality report, built from many checked plans.

A plan is first boiled down to a small summary (plain data: it crosses from the
worker processes that check plans to the one that adds them up), then the
summaries are added up into the report: score distributions, the most common
faults with anonymised examples, faults per section of the plan, plans missing
a contingency, a lead, dates or a review, and the same by team.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from familyplan.plan import limits
from familyplan.plan.models import Action, Plan
from familyplan.plan.parsing import parse_when
from familyplan.quality.anonymise import anonymise
from familyplan.quality.limits import TOP_FAULTS
from familyplan.smart import Finding, Report, Severity
from familyplan.smart.findings import LETTER_NAMES
from familyplan.smart.guidance import guidance_title

REPORT_FORMAT = "familyplan-quality/1"
# The title a report's workbook carries in its properties, by which a later run knows it.
REPORT_TITLE = "Family Plan quality report"
LETTERS = tuple(LETTER_NAMES)
BANDS = ((0, 49), (50, 59), (60, 69), (70, 79), (80, 89), (90, 100))
GAPS = {
    "no_contingency": "No contingency plan",
    "no_lead": "No lead practitioner",
    "no_dates": "No action has a date",
    "review_overdue": "Review overdue",
}
SECTIONS = {
    "outcome": "Goals (the outcomes)",
    "how": "Actions: how it will happen",
    "who": "Actions: who will do it",
    "when": "Actions: when",
    "contingency": "Contingency plan",
    "actions": "Goals and their actions as a whole",
    "goals": "Goals as a whole",
    "practitioners": "Practitioners and lead",
    "family_members": "Family members and child's views",
    "support_network": "Support network",
    "strengths": "Strengths",
    "needs": "Needs",
}
_PLACEHOLDER = re.compile(r"'?\{[a-z_]+\}(?:'(?!s\b))?")


def _section(finding: Finding) -> str:
    if finding.location is None:
        return "The plan as a whole"
    field = finding.location.field.split("[")[0].split(".")[0]
    return SECTIONS.get(field, field.replace("_", " ").capitalize())


def _statement(plan: Plan, finding: Finding) -> str:
    """The whole statement a finding is about (not only the matched words), for an example."""
    where = finding.location
    if where is None:
        return ""
    try:
        if where.field == "contingency":
            return plan.contingency
        if where.goal is None:
            return ""
        goal = plan.goals[where.goal]
        if where.field == "outcome":
            return goal.outcome
        if where.action is not None and where.field in ("how", "who", "when"):
            return str(getattr(goal.actions[where.action], where.field))
    except IndexError:
        return ""
    return ""


def _names(plan: Plan) -> set[str]:
    names = {p.name for p in plan.family_members}
    names |= {p.name for p in plan.support_network}
    names |= {p.name for p in plan.practitioners}
    names |= {o.name for a in plan.actions for o in a.owners}
    return names


def summarise_plan(plan: Plan, report: Report, *, today: dt.date, team: str = "") -> dict[str, Any]:
    """What the quality report needs to know about one checked plan, as plain data."""
    faults: dict[str, dict[str, Any]] = {}
    sections: Counter[str] = Counter()
    names = _names(plan)
    for finding in report.findings:
        if finding.severity not in (Severity.ERROR, Severity.WARNING):
            continue
        sections[_section(finding)] += 1
        fault = faults.get(finding.rule)
        if fault is None:
            example = anonymise(_statement(plan, finding), names)
            faults[finding.rule] = {
                "letter": finding.letter.value,
                "seed": finding.seed,
                "count": 1,
                "example": example,
            }
        else:
            fault["count"] += 1
    rules = {f.rule for f in report.findings}
    return {
        "team": team,
        "overall": report.overall,
        "scores": {letter: int(report.scores.get(letter, 0)) for letter in LETTERS},
        "faults": faults,
        "sections": dict(sections),
        "gaps": {
            "no_contingency": not plan.contingency.strip(),
            "no_lead": plan.lead is None,
            "no_dates": bool(plan.actions) and not any(_dated(a, today) for a in plan.actions),
            "review_overdue": "plan-review-overdue" in rules
            or (plan.next_review_date is not None and plan.next_review_date < today),
        },
    }


def _dated(action: Action, today: dt.date) -> bool:
    """An action with a date: in its date fields, or written in its "when" as a plan file in the
    plan format may give it ("Every day (review 23/02/2024)")."""
    return bool(action.due_date or action.review_date or parse_when(action.when, today).dates)


def _distribution(values: list[int]) -> dict[str, Any]:
    return {
        "average": round(statistics.fmean(values), 1) if values else None,
        "median": statistics.median(values) if values else None,
        "bands": [
            {"band": f"{low}-{high}", "plans": sum(low <= v <= high for v in values)} for low, high in BANDS
        ],
    }


# What a rule's message says of one finding, in words that stand for any finding of it.
_IN_GENERAL = {"match": "the wording", "name": "someone", "need": "", "gap": ""}
_ASIDE = re.compile(r"\s*\('?\{[a-z_]+\}'?\)|\{expansion\}")


def _rule_text(rule: str, catalogue: Any) -> str:
    """The fault in words a manager reads: "The wording is an organisation or a group, not a
    named person"; a message that is all detail ("{detail}") gives way to its suggestion."""
    found = getattr(catalogue, "rules", {}).get(rule) if catalogue is not None else None
    message = _ASIDE.sub("", getattr(found, "message", "") or "")
    if not message.strip() or not _PLACEHOLDER.sub("", message).strip(" .'"):
        return getattr(found, "fault", "") or getattr(found, "suggestion", "") or rule
    text = _PLACEHOLDER.sub(lambda m: _IN_GENERAL.get(m[0].strip("'{}"), "…"), message)
    text = " ".join(text.split())  # "The need '{need}' has no goal": "The need has no goal"
    return text[:1].upper() + text[1:]


def _faults(summaries: list[dict[str, Any]], catalogue: Any) -> list[dict[str, Any]]:
    findings: Counter[str] = Counter()
    plans: Counter[str] = Counter()
    details: dict[str, dict[str, Any]] = {}
    for summary in summaries:
        for rule, fault in summary["faults"].items():
            findings[rule] += fault["count"]
            plans[rule] += 1
            detail = details.setdefault(
                rule, {"letter": fault["letter"], "seed": fault["seed"], "examples": []}
            )
            examples = detail["examples"]
            if len(examples) < 2 and fault["example"] and fault["example"] not in examples:
                examples.append(fault["example"])
    ordered = sorted(findings, key=lambda rule: (-findings[rule], rule))
    return [
        {
            "rule": rule,
            "letter": details[rule]["letter"],
            "letter_name": LETTER_NAMES.get(details[rule]["letter"], details[rule]["letter"]),
            "what": _rule_text(rule, catalogue),
            "seed": details[rule]["seed"],
            "guidance": guidance_title(details[rule]["seed"]),
            "findings": findings[rule],
            "plans": plans[rule],
            "examples": details[rule]["examples"],
        }
        for rule in ordered
    ]


def _gap_counts(summaries: list[dict[str, Any]]) -> dict[str, int]:
    return {key: sum(bool(s["gaps"][key]) for s in summaries) for key in GAPS}


NO_TEAM = "Not in a team's folder"


def _teams(summaries: list[dict[str, Any]], catalogue: Any, no_team: str) -> list[dict[str, Any]]:
    by_team: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for summary in summaries:
        by_team[summary["team"]].append(summary)
    if set(by_team) == {""}:
        return []  # no plan is in a team's folder: there is nothing to break down
    rows = []
    # Plans in no team's folder (named one by one, or lying in the folder named) are a row of their
    # own, last, so that the teams add up to the whole.
    for team in sorted(by_team, key=lambda name: (not name, name)):
        members = by_team[team]
        faults: Counter[str] = Counter()
        for summary in members:
            faults.update({rule: fault["count"] for rule, fault in summary["faults"].items()})
        top = min(faults, key=lambda rule: (-faults[rule], rule)) if faults else ""
        rows.append(
            {
                "team": team or no_team,
                "plans": len(members),
                "average_overall": round(statistics.fmean(s["overall"] for s in members), 1),
                **_gap_counts(members),
                "most_common_fault": top,
                "most_common_fault_what": _rule_text(top, catalogue) if top else "",
            }
        )
    return rows


def build_report(
    summaries: Iterable[dict[str, Any]],
    *,
    today: dt.date,
    refused: Iterable[tuple[str, str]] = (),
    skipped: Iterable[tuple[str, str]] = (),
    catalogue: Any = None,
    no_team: str = NO_TEAM,
) -> dict[str, Any]:
    """The whole report, as plain data: what the JSON file holds, and what the HTML and Excel show.
    ``no_team`` names the row of plans that belong to no team."""
    plans = list(summaries)
    refused_rows = [{"file": name, "reason": reason} for name, reason in refused]
    skipped_rows = [{"file": name, "reason": reason} for name, reason in skipped]
    sections: Counter[str] = Counter()
    for summary in plans:
        sections.update(summary["sections"])
    faults = _faults(plans, catalogue)
    return {
        "format": REPORT_FORMAT,
        "made_on": today.isoformat(),
        "files": {"read": len(plans), "refused": len(refused_rows), "skipped": len(skipped_rows)},
        "refused": refused_rows,
        "skipped": skipped_rows,
        "plans": len(plans),
        "scores": {
            "overall": _distribution([s["overall"] for s in plans]),
            **{letter: _distribution([s["scores"][letter] for s in plans]) for letter in LETTERS},
        },
        "top_faults": faults[:TOP_FAULTS],
        "fault_plans": {f["rule"]: f["plans"] for f in faults},
        "sections": [
            {"section": name, "findings": count}
            for name, count in sorted(sections.items(), key=lambda item: (-item[1], item[0]))
        ],
        "gaps": _gap_counts(plans),
        "teams": _teams(plans, catalogue, no_team),
    }


def _share(count: int, total: int) -> float:
    return round(100 * count / total, 1) if total else 0.0


def compare(now: dict[str, Any], before: dict[str, Any]) -> dict[str, Any]:
    """What improved and what got worse since an earlier report.

    Counts are compared as a share of the plans in each report, since the two
    reports rarely cover the same number of plans.
    """
    improved: list[dict[str, Any]] = []
    worse: list[dict[str, Any]] = []

    def note(what: str, old: float | None, new: float | None, higher_is_better: bool, unit: str) -> None:
        if old is None or new is None or old == new:
            return
        row = {"what": what, "before": old, "now": new, "unit": unit}
        if (new > old) == higher_is_better:
            improved.append(row)
        else:
            worse.append(row)

    for key in ("overall", *LETTERS):
        name = "Overall SMART score" if key == "overall" else f"{LETTER_NAMES[key]} score"
        note(
            f"{name} (average)",
            before["scores"][key]["average"],
            now["scores"][key]["average"],
            True,
            "points",
        )
    for key, label in GAPS.items():
        note(
            f"Plans: {label.lower()}",
            _share(before["gaps"].get(key, 0), before["plans"]),
            _share(now["gaps"][key], now["plans"]),
            False,
            "% of plans",
        )
    old_faults, new_faults = before.get("fault_plans", {}), now["fault_plans"]
    for rule in sorted(set(old_faults) | set(new_faults)):
        note(
            f"Plans with '{rule}'",
            _share(old_faults.get(rule, 0), before["plans"]),
            _share(new_faults.get(rule, 0), now["plans"]),
            False,
            "% of plans",
        )
    return {"earlier_report_made_on": before.get("made_on", ""), "improved": improved, "worse": worse}


class ReportFileError(ValueError):
    """An earlier report that cannot be compared with, and why (one line)."""


def load_report(path: Path) -> dict[str, Any]:
    """An earlier report's JSON, checked for size and shape before it is used."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ReportFileError(f"{path}: cannot open it ({error.strerror})") from error
    allowed = limits.current().report_bytes
    if size > allowed:
        raise ReportFileError(
            f"{path}: larger than {limits.size(allowed)}, too large for a quality report "
            "(limit FAMILYPLAN_LIMIT_REPORT_BYTES)"
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ReportFileError(f"{path}: not a quality report written with --json") from error
    if not isinstance(data, dict) or data.get("format") != REPORT_FORMAT:
        raise ReportFileError(f"{path}: not a quality report written with --json")
    try:
        for key in ("overall", *LETTERS):
            float(data["scores"][key]["average"] or 0)
        int(data["plans"])
        dict(data["gaps"])
        dict(data.get("fault_plans", {}))
    except (KeyError, TypeError, ValueError) as error:
        raise ReportFileError(f"{path}: not a quality report written with --json (parts missing)") from error
    return data
