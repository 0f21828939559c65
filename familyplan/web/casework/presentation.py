"""What the plan page shows: the SMART report, the parts still to do, and progress charts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from familyplan.plan.parsing import parse_when
from familyplan.smart.findings import LETTER_NAMES
from familyplan.smart.scoring import KEPT_WITHOUT_CONTINGENCY, KEPT_WITHOUT_DATES, without_dates
from familyplan.web.accounts import permissions
from familyplan.web.casework.charts import ScorePoint, scaling_chart
from familyplan.web.casework.closure import someone_else_signs_off, who_signs_off
from familyplan.web.casework.exports import FORMATS
from familyplan.web.casework.interchange import to_model
from familyplan.web.casework.models import Plan
from familyplan.web.casework.review_due import review_due_on, review_was_set
from familyplan.web.casework.services import plan_report

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


# The parts of a statement the SMART panel shows under "What the checker read", by the names
# the checker's reader gives them (familyplan.smart.reading), in the words of the page.
READING_PARTS: dict[str, StrOrPromise] = {
    "who": pgettext_lazy("part of a statement", "Who"),
    "doing": pgettext_lazy("part of a statement", "Doing"),
    "change": pgettext_lazy("part of a statement", "Change"),
    "what for": pgettext_lazy("part of a statement", "What for"),
    "if": pgettext_lazy("part of a statement", "If"),
    "when": pgettext_lazy("part of a statement", "When"),
    "because": pgettext_lazy("part of a statement", "Because"),
    "how often": pgettext_lazy("part of a statement", "How often"),
    "how": pgettext_lazy("part of a statement", "How"),
    "evidence": pgettext_lazy("part of a statement", "Evidence"),
    "greeting": pgettext_lazy("part of a statement", "Greeting"),
    "context": pgettext_lazy("part of a statement", "Context"),
    "person": pgettext_lazy("part of a statement", "Person"),
    "role": pgettext_lazy("part of a statement", "Role"),
    "date": pgettext_lazy("part of a statement", "Date"),
    "review": pgettext_lazy("part of a statement", "Review"),
    "month": pgettext_lazy("part of a statement", "Month"),
}


# How much a finding matters, as its tag in the SMART panel says it.
SEVERITIES: dict[str, StrOrPromise] = {
    "error": pgettext_lazy("how much a finding matters", "error"),
    "warning": pgettext_lazy("how much a finding matters", "warning"),
    "hint": pgettext_lazy("how much a finding matters", "hint"),
    "praise": pgettext_lazy("how much a finding matters", "praise"),
}


def reading_part(name: str) -> StrOrPromise:
    """A part of a statement the checker read, named in the page's language."""
    return READING_PARTS.get(name, name.capitalize())


def severity(name: str) -> StrOrPromise:
    """How much a finding matters (error, warning, hint), in the page's language."""
    return SEVERITIES.get(name, name)


def goal_heading(outcome: str, number: int | None = None) -> str:
    """A goal as its heading names it, "Goal 2: Ben will be in school every day"; a goal whose
    outcome was never written (an empty cell in a file brought in) says so."""
    if outcome.strip():
        if number is None:
            return str(_("Goal: %(outcome)s") % {"outcome": outcome})
        return str(_("Goal %(number)s: %(outcome)s") % {"number": number, "outcome": outcome})
    if number is None:
        return str(_("Goal (no outcome written)"))
    return str(_("Goal %(number)s (no outcome written)") % {"number": number})


# A goal or an action as a message names it when nothing of it was written (an empty cell in a
# file brought in): said in words, never as a pair of empty quotes or nothing at all.
UNWRITTEN: dict[str, StrOrPromise] = {
    "goal": _("a goal with no outcome written"),
    "action": _("an action with nothing written"),
}


def named(kind: str, text: str, *, quoted: bool = True) -> str:
    """A goal (``kind`` "goal") or an action ("action") as a message names it: its first words in
    quotes ("Give a score for “Ben will be in school every day”"), or, ``quoted=False``, its whole
    text as written, where it stands on its own (a list of actions, a table's cell). One with
    nothing written is "a goal with no outcome written" or "an action with nothing written" (on its
    own, "An action with nothing written")."""
    if not quoted:
        return text if text.strip() else capfirst(str(UNWRITTEN[kind]))
    if not text.strip():
        return str(UNWRITTEN[kind])
    return gettext("“%(text)s”") % {"text": Truncator(text.strip()).words(8)}


def goal_named(outcome: str) -> str:
    """A goal as a message names it: "“Ben will be in school every day”", or "a goal with no
    outcome written"."""
    return named("goal", outcome)


def action_named(how: str) -> str:
    """An action as a message names it: "“Mum will walk Ben to school”", or "an action with
    nothing written"."""
    return named("action", how)


def who_and_when(who: str, when: str) -> str:
    """An action's who and when on one line, as they were written ("Mum, every Monday"); one left
    empty is left out rather than leaving a comma, and a date in the when that does not exist
    ("31/02/2027") is said to need correcting rather than passing for a date."""
    line = ", ".join(part for part in (who.strip(), when.strip()) if part)
    impossible = parse_when(when).invalid_dates
    if not impossible:
        return line
    day = impossible[0][2]
    hint = (
        gettext("not a real date: it needs correcting")
        if day == when.strip()
        else gettext("%(day)s is not a real date: it needs correcting") % {"day": day}
    )
    return f"{line} ({hint})"


def _task(
    name: StrOrPromise, url_name: str, done: bool, problems: int = 0, section: str = ""
) -> dict[str, Any]:
    """A part of the plan for the task list: filled in or not, and whether the check finds
    errors or warnings in it, so a part is not called completed while the page lists its problems.
    A part worked on in a section of the plan page itself links to that section."""
    return {
        "name": name,
        "url_name": url_name,
        "done": done,
        "problems": problems,
        "fragment": f"#{section}" if section else "",
    }


def _problems_by_part(findings: list[Any]) -> dict[str, int]:
    """The problems each part of the task list has, counted where the page lists them: a goal's
    under its goal, the contingency plan's under it, the rest under the plan as a whole."""
    counts: dict[str, int] = {}
    for f in findings:
        if f.severity.value not in ("error", "warning"):
            continue
        if f.location is not None and f.location.goal is not None:
            part = "goals"
        elif f.location is not None and f.location.field == "contingency":
            part = "contingency"
        else:
            part = "about"
        counts[part] = counts.get(part, 0) + 1
    return counts


def _charts(goals: list[Any]) -> list[dict[str, Any]]:
    """Each goal's scaling scores over the reviews, as a chart, for the goals that have any."""
    charts = []
    for index, goal in enumerate(goals):
        points = [ScorePoint(s.review.date, s.family_score, s.practitioner_score) for s in goal.scores.all()]
        if points:
            title = _("Scaling scores for goal %(n)d") % {"n": index + 1}
            svg = mark_safe(scaling_chart(title, points, f"chart-{goal.pk}"))
            charts.append({"goal": goal, "number": index + 1, "points": points, "svg": svg})
    return charts


def _score_parts(report: Any, model: Any) -> dict[str, Any]:
    """The SMART score and what explains it: the letters, what a missing contingency and actions
    with no date cost, praise."""
    return {
        "report": report,
        "scores": [(LETTER_NAMES[k], v) for k, v in report.scores.items()],
        "without_contingency": any(f.rule == "contingency-missing" for f in report.findings),
        "kept_without_contingency": round(KEPT_WITHOUT_CONTINGENCY * 100),
        "without_dates": without_dates(model),
        "kept_without_dates": round(KEPT_WITHOUT_DATES * 100),
        "praise": report.praise,
    }


def _tasks(plan: Plan, goals: list[Any], problems: list[Any]) -> list[dict[str, Any]]:
    parts = _problems_by_part(problems)
    return [
        _task(
            _("About the plan"),
            "plan-about",
            bool(plan.reason and plan.strengths and plan.needs),
            parts.get("about", 0),
        ),
        _task(
            _("Goals and actions"),
            "plan",
            bool(goals) and all(g.actions.all() for g in goals),
            parts.get("goals", 0),
            section="goals-and-actions",
        ),
        _task(_("Contingency plan"), "plan-contingency", bool(plan.contingency), parts.get("contingency", 0)),
    ]


def _review_due(plan: Plan) -> dict[str, Any]:
    """When a live plan's next review is due, and whether that day has passed."""
    if plan.status != Plan.Status.LIVE:
        return {"review_due": None, "review_overdue": False, "review_set": False}
    due = review_due_on(plan)
    return {
        "review_due": due,
        "review_overdue": due < timezone.localdate(),
        "review_set": review_was_set(plan),
    }


def plan_page_context(plan: Plan, user: Any) -> dict[str, Any]:
    model = to_model(plan)
    report = plan_report(plan)
    goals = list(plan.goals.all())
    findings_by_place: dict[tuple[int | None, int | None], list[Any]] = {}
    for finding in report.problems:
        if finding.location is not None and finding.location.goal is not None:
            findings_by_place.setdefault((finding.location.goal, finding.location.action), []).append(finding)
    plan_level = [f for f in report.problems if f.location is None or f.location.goal is None]
    charts = _charts(goals)
    taf = list(plan.family.taf.all())
    return {
        "plan": plan,
        "family": plan.family,
        "goals": [
            {
                "goal": goal,
                "number": g + 1,
                "findings": findings_by_place.get((g, None), []),
                "actions": [
                    {
                        "action": action,
                        "findings": findings_by_place.get((g, a), []),
                        "mine": action.taf_member is not None and action.taf_member.user_id == user.pk,
                    }
                    for a, action in enumerate(goal.actions.all())
                ],
            }
            for g, goal in enumerate(goals)
        ],
        **_score_parts(report, model),
        "plan_findings": plan_level,
        "export_formats": FORMATS,
        "charts": charts,
        "reviews": list(plan.reviews.all()),
        "situation": [
            (_("What are we worried about?"), Plan.lines(plan.worries)),
            (_("What is working well?"), Plan.lines(plan.strengths)),
            (_("What needs to happen?"), Plan.lines(plan.needs)),
        ],
        "children": [m for m in plan.family.members.all() if m.is_child],
        "closure": getattr(plan, "closure", None),
        "returned": plan.closure_returns.filter(answered_at__isnull=True)
        .select_related("returned_by")
        .first(),
        "tasks": _tasks(plan, goals, report.problems),
        "is_lead": any(t.user_id == user.pk and t.is_lead for t in taf),
        "editable": plan.status == Plan.Status.LIVE
        and permissions.can(user, permissions.PLAN_CHANGE, plan.family),
        "live": plan.status == Plan.Status.LIVE,
        "today": timezone.localdate(),
        **_review_due(plan),
        "model": model,
        "someone_else_signs_off": someone_else_signs_off(user, plan)
        if plan.status == Plan.Status.AWAITING_SIGN_OFF
        else "",
        "who_signs_off": who_signs_off(plan) if plan.status == Plan.Status.AWAITING_SIGN_OFF else "",
    }
