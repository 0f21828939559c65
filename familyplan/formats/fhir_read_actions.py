"""A FHIR bundle's goals and actions read back, and the CarePlan's activities placed under them.

An action is a Task, or an activity written inside the CarePlan (activity.detail). An activity
that is not for one of the plan's goals, or is not a Task, is not read, and the reading names
it. The activity that schedules the next review is the plan's next review date.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from familyplan.formats.errors import RowProblem
from familyplan.formats.fhir_bundle import Bundle, text_of, words
from familyplan.formats.fhir_read_reviews import ReviewLinks
from familyplan.formats.fhir_terms import (
    ACTION_STATUS,
    FOR_CHILD,
    GOAL_NOTES,
    NEXT_REVIEW,
    RECURRENCE_NOTE,
    RESPONSIBLE,
    REVIEW_DATE,
    WHEN_NOTE,
    extension_value,
    extensions,
    has_code,
    value_of,
)
from familyplan.formats.fhir_terms import day as read_day
from familyplan.plan import models as m

_GOAL_STATUS = {
    "active": m.GoalStatus.OPEN,
    "completed": m.GoalStatus.ACHIEVED,
    "cancelled": m.GoalStatus.STOPPED,
}
_DETAIL_STATUS = {
    "not-started": m.ActionStatus.NOT_STARTED,
    "scheduled": m.ActionStatus.NOT_STARTED,
    "in-progress": m.ActionStatus.IN_PROGRESS,
    "on-hold": m.ActionStatus.IN_PROGRESS,
    "completed": m.ActionStatus.DONE,
    "cancelled": m.ActionStatus.STOPPED,
    "stopped": m.ActionStatus.STOPPED,
}


def _a(kind: str) -> str:
    return f"{'an' if kind[:1].lower() in 'aeiou' else 'a'} {kind}"


def _progress(notes: list[Any], links: ReviewLinks, where: str) -> list[m.ProgressNote]:
    return [
        m.ProgressNote(
            text=n.get("text", ""),
            date=read_day(n.get("time")),
            by=n.get("authorString", ""),
            review_index=links.review_of(n, where),
        )
        for n in notes
        if isinstance(n, dict)
    ]


def _owners(task: dict[str, Any]) -> list[m.Responsible]:
    owners = []
    for owner in extensions(task, RESPONSIBLE):
        parts = {p.get("url"): p for p in owner.get("extension") or [] if isinstance(p, dict)}
        kind = (parts.get("kind") or {}).get("valueCode")
        owners.append(
            m.Responsible(
                name=text_of((parts.get("name") or {}).get("valueString")),
                role=text_of((parts.get("role") or {}).get("valueString")),
                kind=m.PersonKind(kind) if kind in set(m.PersonKind) else m.PersonKind.UNKNOWN,
            )
        )
    return owners


def _action(task: dict[str, Any], links: ReviewLinks, where: str) -> m.Action:
    notes = [n for n in task.get("note") or [] if isinstance(n, dict)]
    # What the action says of its timing comes first, undated, before its progress.
    timing = {WHEN_NOTE: "", RECURRENCE_NOTE: ""}
    for label in timing:
        if notes and text_of(notes[0].get("text")).startswith(label) and "time" not in notes[0]:
            timing[label] = notes.pop(0)["text"].removeprefix(label)
    return m.Action(
        how=task.get("description", ""),
        who=(task.get("owner") or {}).get("display", ""),
        when=timing[WHEN_NOTE],
        owners=_owners(task),
        due_date=read_day((task.get("executionPeriod") or {}).get("end")),
        recurrence=timing[RECURRENCE_NOTE],
        review_date=read_day(extension_value(task, REVIEW_DATE)),
        status=ACTION_STATUS.get(task.get("status", ""), m.ActionStatus.NOT_STARTED),
        progress=_progress(notes, links, where),
        at_reviews=links.of(task),
    )


def _inline_action(activity: dict[str, Any], links: ReviewLinks, where: str) -> m.Action:
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
        due_date=read_day(period.get("end")) if isinstance(period, dict) else None,
        status=_DETAIL_STATUS.get(detail.get("status", ""), m.ActionStatus.NOT_STARTED),
        progress=_progress(activity.get("progress") or [], links, where),
    )


def goal_notes(goal: dict[str, Any], where: str, problems: list[RowProblem]) -> dict[str, str]:
    """The need a goal answers and its term, from its notes; any other note is named, not read."""
    found: dict[str, str] = {}
    for note in goal.get("note") or []:
        text = text_of(note.get("text")) if isinstance(note, dict) else ""
        field = next((f for f, label in GOAL_NOTES.items() if text.startswith(label)), None)
        if field is None:
            problems.append(
                RowProblem(f"{where}, a note", "has no place in a goal, so it was not read", text)
            )
        else:
            found[field] = text.removeprefix(GOAL_NOTES[field])
    return found


def goal(resource: dict[str, Any], actions: list[m.Action], notes: dict[str, str]) -> m.Goal:
    coding = [c for category in resource.get("category", []) for c in category.get("coding", [])]
    codes = {o.value for o in m.SupportingFamiliesOutcome}
    outcome = next((c["code"] for c in coding if c.get("code") in codes), None)
    target = (resource.get("target") or [{}])[0]
    children = [value_of(found) for found in extensions(resource, FOR_CHILD)]
    return m.Goal(
        outcome=resource.get("description", {}).get("text", ""),
        supporting_families_outcome=m.SupportingFamiliesOutcome(outcome) if outcome else None,
        for_children=[text_of(child.get("display")) for child in children if isinstance(child, dict)],
        measure_of_success=target.get("detailString", ""),
        status=_GOAL_STATUS.get(resource.get("lifecycleStatus", ""), m.GoalStatus.OPEN),
        # statusDate is the day the goal's status took effect: the day achieved only for a completed goal.
        achieved_on=read_day(resource.get("statusDate"))
        if resource.get("lifecycleStatus") == "completed"
        else None,
        actions=actions,
        **notes,
    )


def is_next_review(activity: Any) -> bool:
    detail = activity.get("detail") if isinstance(activity, dict) else None
    return isinstance(detail, dict) and has_code(detail.get("code"), NEXT_REVIEW)


class Activities:
    """The CarePlan's activities placed under its goals. One that cannot be placed is not read and
    is named in ``problems`` with its words, so nothing leaves the plan unsaid; only a reference
    to nothing in the bundle makes the bundle unreadable."""

    def __init__(
        self, bundle: Bundle, goals: list[dict[str, Any]], problems: list[RowProblem], links: ReviewLinks
    ) -> None:
        self.bundle = bundle
        self.goals = goals
        self.links = links
        self.placed: list[tuple[dict[str, Any], m.Action]] = []
        self.problems = problems
        self.next_review_date: Any = None

    def read(self, number: int, activity: Any) -> None:
        where = f"CarePlan activity {number}"
        if not isinstance(activity, dict):
            self.problems.append(RowProblem(where, "not an activity, so it was not read"))
        elif activity.get("reference"):
            self._task(where, self.bundle.follow(activity["reference"], required=True))
        elif is_next_review(activity) and self.next_review_date is None:
            period = activity["detail"].get("scheduledPeriod") or {}
            self.next_review_date = read_day(period.get("start"))
        elif isinstance(activity.get("detail"), dict):
            self._detail(where, activity)
        else:
            self.problems.append(
                RowProblem(where, "names neither a Task nor what is to be done, so it was not read")
            )

    def actions_for(self, goal: dict[str, Any]) -> list[m.Action]:
        return [action for placed, action in self.placed if placed is goal]

    def _detail(self, where: str, activity: dict[str, Any]) -> None:
        detail = activity["detail"]
        if detail.get("status") == "entered-in-error":
            self.problems.append(RowProblem(where, "was entered in error, so it was not read", words(detail)))
            return
        goals = detail.get("goal") if isinstance(detail.get("goal"), list) else []
        goal = next(iter(self._goals_named(goals)), None)
        self._place(where, goal, lambda: _inline_action(activity, self.links, where), words(detail))

    def _goals_named(self, references: list[Any]) -> list[dict[str, Any]]:
        named = [self.bundle.follow(r) for r in references]
        return [goal for goal in self.goals if any(goal is n for n in named)]

    def _task(self, where: str, resource: dict[str, Any]) -> None:
        kind = resource.get("resourceType", "resource")
        if kind != "Task":
            self.problems.append(
                RowProblem(
                    where, f"is {_a(kind)}, not a Task, so it was not read as an action", words(resource)
                )
            )
            return
        goal = next(iter(self._goals_named([resource.get("focus")] if resource.get("focus") else [])), None)
        self._place(where, goal, lambda: _action(resource, self.links, where), words(resource))

    def _place(
        self, where: str, goal: dict[str, Any] | None, action: Callable[[], m.Action], said: str
    ) -> None:
        if goal is None:
            self.problems.append(
                RowProblem(where, "is not for any of the CarePlan's goals, so it was not read", said)
            )
        else:
            self.placed.append((goal, action()))
