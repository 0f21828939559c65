"""A FHIR R4 Bundle written by familyplan.formats.fhir, read back into a plan.

What the bundle carries comes back: the family (name, reference, members and their
dates of birth), the Team Around the Family (name, role, agency, lead), the plan's
reason, start, contingency, worries, strengths, needs, aspirations, the family's views
and next steps, and its closure, each goal (outcome, Supporting Families outcome,
measure of success, status, the day achieved) and each action (what, who, when, due
date, status, progress notes). References are followed only within the bundle.
An activity written inside the CarePlan (activity.detail) is read as an action too. An activity
that is not for one of the plan's goals, or is not a Task, is not read, and the reading names it.
The rest of a plan has no place in the bundle, and a note with every bundle read says so.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from familyplan.formats.errors import ReadError, RowProblem
from familyplan.formats.fhir import CLOSURE_NOTE, CONTINGENCY_NOTE, PLAN_TEXT_NOTES, WHEN_NOTE
from familyplan.formats.jsonyaml import describe_validation_error
from familyplan.plan import models as m
from familyplan.plan.limits import LimitExceeded, Limits, check_plan_size, current

_GOAL_STATUS = {
    "active": m.GoalStatus.OPEN,
    "completed": m.GoalStatus.ACHIEVED,
    "cancelled": m.GoalStatus.STOPPED,
}
_TASK_STATUS = {
    "requested": m.ActionStatus.NOT_STARTED,
    "in-progress": m.ActionStatus.IN_PROGRESS,
    "completed": m.ActionStatus.DONE,
    "cancelled": m.ActionStatus.STOPPED,
}
_LEAD = "(lead practitioner)"

NOT_IN_A_BUNDLE = RowProblem(
    "FHIR bundle",
    "a FHIR bundle holds only part of a plan. What came in: the family's name and reference, its"
    " members' names and dates of birth, the Team Around the Family, the plan's reason, start,"
    " contingency, worries, strengths, needs, aspirations, identity and diversity, the family's views"
    " and next steps, each goal's outcome, measure of success, status and day achieved, each action's"
    " what, who, when, status and progress, and the closure's reason, date and summary. Nothing"
    " else of the plan (reviews, support network, service gaps, ...) is in a bundle",
)


def _day(text: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(text)[:10]) if text else None


class _Bundle:
    """The bundle's resources, found by a reference as FHIR writes it: the entry's full URL, or
    relative ("Goal/g1"), which stands for the resource of that type and id in the bundle."""

    def __init__(self, bundle: dict[str, Any]) -> None:
        entries = [e for e in bundle.get("entry", []) if isinstance(e, dict)]
        self.resources = [e.get("resource", {}) for e in entries]
        self.by_url: dict[Any, dict[str, Any]] = {}
        for entry, resource in zip(entries, self.resources, strict=True):
            if not isinstance(resource, dict):
                continue
            if resource.get("resourceType") and resource.get("id"):
                self.by_url.setdefault(f"{resource['resourceType']}/{resource['id']}", resource)
            if entry.get("fullUrl"):
                self.by_url[entry["fullUrl"]] = resource

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [r for r in self.resources if isinstance(r, dict) and r.get("resourceType") == kind]

    def follow(self, reference: Any, required: bool = False) -> dict[str, Any]:
        """The resource a Reference points to: {} if none is given; not found, {} or (required) an error."""
        text = (reference or {}).get("reference") if isinstance(reference, dict) else None
        found = self.by_url.get(text) if text else None
        if found is None and text:
            found = self.by_url.get("/".join(str(text).rsplit("/", 2)[-2:]))  # a full URL of another base
        if found is None and required:
            raise ValueError(f"the reference {str(text)[:100]!r} names nothing in the bundle")
        return found if isinstance(found, dict) else {}


def _members(bundle: _Bundle, group: dict[str, Any]) -> list[m.FamilyMember]:
    members = []
    for member in group.get("member", []):
        patient = bundle.follow(member.get("entity"))
        name = (patient.get("name") or [{}])[0].get("text", "")
        members.append(m.FamilyMember(name=name, date_of_birth=_day(patient.get("birthDate"))))
    return members


def _practitioners(team: dict[str, Any]) -> list[m.Practitioner]:
    people = []
    for participant in team.get("participant", []):
        role = " ".join(r.get("text", "") for r in participant.get("role", []))
        is_lead = role.endswith(_LEAD)
        people.append(
            m.Practitioner(
                name=participant.get("member", {}).get("display", ""),
                role=role.removesuffix(_LEAD).strip(),
                agency=participant.get("onBehalfOf", {}).get("display", ""),
                is_lead=is_lead,
            )
        )
    return people


def _action(task: dict[str, Any]) -> m.Action:
    notes = list(task.get("note", []))
    when = ""
    if notes and notes[0].get("text", "").startswith(WHEN_NOTE) and "time" not in notes[0]:
        when = notes.pop(0)["text"].removeprefix(WHEN_NOTE)
    return m.Action(
        how=task.get("description", ""),
        who=task.get("owner", {}).get("display", ""),
        when=when,
        due_date=_day(task.get("executionPeriod", {}).get("end")),
        status=_TASK_STATUS.get(task.get("status", ""), m.ActionStatus.NOT_STARTED),
        progress=[
            m.ProgressNote(text=n.get("text", ""), date=_day(n.get("time")), by=n.get("authorString", ""))
            for n in notes
        ],
    )


def _goal(goal: dict[str, Any], actions: list[m.Action]) -> m.Goal:
    coding = [c for category in goal.get("category", []) for c in category.get("coding", [])]
    codes = {o.value for o in m.SupportingFamiliesOutcome}
    outcome = next((c["code"] for c in coding if c.get("code") in codes), None)
    target = (goal.get("target") or [{}])[0]
    return m.Goal(
        outcome=goal.get("description", {}).get("text", ""),
        supporting_families_outcome=m.SupportingFamiliesOutcome(outcome) if outcome else None,
        measure_of_success=target.get("detailString", ""),
        status=_GOAL_STATUS.get(goal.get("lifecycleStatus", ""), m.GoalStatus.OPEN),
        # statusDate is the day the goal's status took effect: the day achieved only for a completed goal.
        achieved_on=_day(goal.get("statusDate")) if goal.get("lifecycleStatus") == "completed" else None,
        actions=actions,
    )


def _closure(care_plan: dict[str, Any], notes: list[str]) -> m.Closure | None:
    if care_plan.get("status") != "completed":
        return None
    text = next((n for n in notes if n.startswith(CLOSURE_NOTE + " (")), "")
    code, _, summary = text.removeprefix(CLOSURE_NOTE + " (").partition("): ")
    reasons = {r.value for r in m.ClosureReason}
    return m.Closure(
        reason=m.ClosureReason(code) if code in reasons else m.ClosureReason.OUTCOMES_ACHIEVED,
        date=_day(care_plan.get("period", {}).get("end")),
        summary=summary,
    )


_DETAIL_STATUS = {
    "not-started": m.ActionStatus.NOT_STARTED,
    "scheduled": m.ActionStatus.NOT_STARTED,
    "in-progress": m.ActionStatus.IN_PROGRESS,
    "on-hold": m.ActionStatus.IN_PROGRESS,
    "completed": m.ActionStatus.DONE,
    "cancelled": m.ActionStatus.STOPPED,
    "stopped": m.ActionStatus.STOPPED,
}


def _inline_action(activity: dict[str, Any]) -> m.Action:
    """An activity written inside the CarePlan (activity.detail) rather than as a Task, with the
    activity's progress notes."""
    detail = activity["detail"]
    performers = detail.get("performer")
    performer = performers[0] if isinstance(performers, list) and performers else {}
    period = detail.get("scheduledPeriod")
    return m.Action(
        how=detail.get("description", ""),
        who=performer.get("display", "") if isinstance(performer, dict) else "",
        when=detail.get("scheduledString", ""),
        due_date=_day(period.get("end")) if isinstance(period, dict) else None,
        status=_DETAIL_STATUS.get(detail.get("status", ""), m.ActionStatus.NOT_STARTED),
        progress=[
            m.ProgressNote(text=n.get("text", ""), date=_day(n.get("time")), by=n.get("authorString", ""))
            for n in activity.get("progress") or []
            if isinstance(n, dict)
        ],
    )


def _a(kind: str) -> str:
    return f"{'an' if kind[:1].lower() in 'aeiou' else 'a'} {kind}"


def _words(resource: dict[str, Any]) -> str:
    """What an activity that was not read says should be done, to show with the problem."""
    text = resource.get("description", "")
    return text[:200] if isinstance(text, str) else ""


class _Activities:
    """The CarePlan's activities placed under its goals. One that cannot be placed is not read and
    is named in ``problems`` with its words, so nothing leaves the plan unsaid; only a reference
    to nothing in the bundle makes the bundle unreadable."""

    def __init__(self, bundle: _Bundle, goals: list[dict[str, Any]]) -> None:
        self.bundle = bundle
        self.goals = goals
        self.placed: list[tuple[dict[str, Any], m.Action]] = []
        self.problems: list[RowProblem] = []

    def read(self, number: int, activity: Any) -> None:
        where = f"CarePlan activity {number}"
        if not isinstance(activity, dict):
            self.problems.append(RowProblem(where, "not an activity, so it was not read"))
        elif activity.get("reference"):
            self._task(where, self.bundle.follow(activity["reference"], required=True))
        elif isinstance(activity.get("detail"), dict):
            detail = activity["detail"]
            if detail.get("status") == "entered-in-error":
                self.problems.append(
                    RowProblem(where, "was entered in error, so it was not read", _words(detail))
                )
                return
            goals = detail.get("goal") if isinstance(detail.get("goal"), list) else []
            goal = next(iter(self._goals_named(goals)), None)
            self._place(where, goal, lambda: _inline_action(activity), _words(detail))
        else:
            self.problems.append(
                RowProblem(where, "names neither a Task nor what is to be done, so it was not read")
            )

    def actions_for(self, goal: dict[str, Any]) -> list[m.Action]:
        return [action for placed, action in self.placed if placed is goal]

    def _goals_named(self, references: list[Any]) -> list[dict[str, Any]]:
        named = [self.bundle.follow(r) for r in references]
        return [goal for goal in self.goals if any(goal is n for n in named)]

    def _task(self, where: str, resource: dict[str, Any]) -> None:
        kind = resource.get("resourceType", "resource")
        if kind != "Task":
            self.problems.append(
                RowProblem(
                    where, f"is {_a(kind)}, not a Task, so it was not read as an action", _words(resource)
                )
            )
            return
        goal = next(iter(self._goals_named([resource.get("focus")] if resource.get("focus") else [])), None)
        self._place(where, goal, lambda: _action(resource), _words(resource))

    def _place(self, where: str, goal: dict[str, Any] | None, action: Any, words: str) -> None:
        if goal is None:
            self.problems.append(
                RowProblem(where, "is not for any of the CarePlan's goals, so it was not read", words)
            )
        else:
            self.placed.append((goal, action()))


def _plan_words(notes: list[str]) -> dict[str, Any]:
    """The plan's own words, from the CarePlan notes that start with the question they answer."""
    lists = ("worries", "strengths", "needs")
    words: dict[str, Any] = {field: [] for field in lists}
    for note in notes:
        for field, label in PLAN_TEXT_NOTES.items():
            if note.startswith(label):
                text = note.removeprefix(label)
                if field in lists:
                    words[field].append(text)
                else:
                    words[field] = text
                break
    return words


def _plan(bundle: _Bundle) -> tuple[m.Plan, list[RowProblem]]:
    care_plans = bundle.of("CarePlan")
    if len(care_plans) != 1:
        raise ValueError("a FHIR bundle of a family plan holds one CarePlan")
    care_plan = care_plans[0]
    group = bundle.follow(care_plan.get("subject"))
    team = bundle.follow((care_plan.get("careTeam") or [{}])[0])
    goals = [bundle.follow(g, required=True) for g in care_plan.get("goal", [])]
    activities = _Activities(bundle, goals)
    for number, activity in enumerate(care_plan.get("activity", []), 1):
        activities.read(number, activity)
    notes = [n.get("text", "") for n in care_plan.get("note", [])]
    contingency = next((n for n in notes if n.startswith(CONTINGENCY_NOTE)), "")
    reference = next((i.get("value", "") for i in group.get("identifier", [])), "")
    words = _plan_words(notes)
    plan = m.Plan(
        family_name=group.get("name", ""),
        family_reference=reference,
        started_on=_day(care_plan.get("period", {}).get("start")),
        family_members=_members(bundle, group),
        practitioners=_practitioners(team),
        reason=care_plan.get("description", ""),
        goals=[_goal(goal, activities.actions_for(goal)) for goal in goals],
        contingency=contingency.removeprefix(CONTINGENCY_NOTE),
        closure=_closure(care_plan, notes),
        **words,
    )
    return plan, activities.problems


def _activities(care_plan: dict[str, Any]) -> list[dict[str, Any]]:
    found = care_plan.get("activity")
    return [a for a in found if isinstance(a, dict)] if isinstance(found, list) else []


def plan_from_fhir(
    bundle: dict[str, Any], path: str | Path, limits: Limits | None = None
) -> tuple[m.Plan, list[RowProblem]]:
    """The plan in a FHIR Bundle, and the activities in it that could not be read as actions;
    ReadError if it is not a bundle this format can read."""
    counted = _Bundle(bundle)
    try:
        # An action may be a Task or written inside the CarePlan: both count towards the limit.
        inline = len([a for plan in counted.of("CarePlan") for a in _activities(plan) if "detail" in a])
        check_plan_size(len(counted.of("Goal")), len(counted.of("Task")) + inline, limits=limits or current())
        return _plan(counted)
    except LimitExceeded as error:
        raise ReadError(path, str(error)) from error
    except ValidationError as error:
        raise ReadError(
            path, f"a FHIR resource does not fit the plan format: {describe_validation_error(error)}"
        ) from error
    except (ValueError, AttributeError, TypeError, IndexError, KeyError) as error:
        raise ReadError(path, f"not a family plan FHIR bundle ({error})") from error
