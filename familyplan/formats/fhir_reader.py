"""A FHIR R4 Bundle written by familyplan.formats.fhir, read back into the same plan.

Everything the writer puts in a bundle comes back (docs/fhir.md lists it resource by
resource); a bundle written before the bundle carried reviews, the support network and the
rest still reads, with those parts empty. References are followed only within the bundle.
What the plan has no place for is named with its words, never dropped unsaid: a CarePlan
activity that is not for one of the plan's goals or is not a Task, a note no part of the plan
answers to, a review or score that does not fit the plan format, and any resource the plan
does not use. Only a bundle with no CarePlan for the plan, a reference to nothing in the
bundle, or a goal or action that does not fit the plan format is refused whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from familyplan.formats.errors import ReadError, RowProblem
from familyplan.formats.fhir_bundle import Bundle, readable, text_of
from familyplan.formats.fhir_read_actions import Activities, goal, goal_notes, is_next_review
from familyplan.formats.fhir_read_people import family_details, members, practitioners, support_network, teams
from familyplan.formats.fhir_read_reviews import reviews, service_gaps
from familyplan.formats.fhir_terms import (
    CLOSURE_FLAGS,
    CLOSURE_NOTE,
    CLOSURE_NOTES,
    CONTINGENCY_NOTE,
    INTERIM_ACTIONS_NOTE,
    PLAN_TEXT_NOTES,
    PLAN_TYPE_LABELS,
    SIGN_OFF_NOTE,
    SUPERVISION_NOTE,
    has_code,
)
from familyplan.formats.fhir_terms import day as read_day
from familyplan.formats.jsonyaml import describe_validation_error
from familyplan.plan import models as m
from familyplan.plan.limits import LimitExceeded, Limits, check_plan_size, current

_LISTS = ("worries", "strengths", "needs")


def _plan_note(words: dict[str, Any], note: dict[str, Any], problems: list[RowProblem]) -> bool:
    """Whether the note is one of the plan's own words or a supervision note, kept in ``words``."""
    text = text_of(note.get("text"))
    if text.startswith(CONTINGENCY_NOTE):
        words["contingency"] = text.removeprefix(CONTINGENCY_NOTE)
        return True
    if text.startswith(SUPERVISION_NOTE):

        def build() -> m.SupervisionNote:
            by = text_of(note.get("authorString"))
            return m.SupervisionNote(
                date=read_day(note.get("time")), by=by, text=text.removeprefix(SUPERVISION_NOTE)
            )

        if (found := readable("a supervision note", problems, build, text)) is not None:
            words["supervision"].append(found)
        return True
    field = next((f for f, label in PLAN_TEXT_NOTES.items() if text.startswith(label)), None)
    if field is None:
        return False
    value = text.removeprefix(PLAN_TEXT_NOTES[field])
    if field in _LISTS:
        words[field].append(value)
    else:
        words[field] = value
    return True


def _closure_note(closure: dict[str, Any] | None, note: dict[str, Any]) -> bool:
    """Whether the note says something of the closure, kept in ``closure`` (None: the plan is open)."""
    if closure is None:
        return False
    text = text_of(note.get("text"))
    field = next((f for f, label in CLOSURE_NOTES.items() if text.startswith(label)), None)
    flags = {sentence: flag for flag, sentence in CLOSURE_FLAGS.items()}
    if text.startswith(CLOSURE_NOTE + " ("):
        code, _, closure["summary"] = text.removeprefix(CLOSURE_NOTE + " (").partition("): ")
        if code in {r.value for r in m.ClosureReason}:
            closure["reason"] = m.ClosureReason(code)
    elif text.startswith(SIGN_OFF_NOTE):
        closure["sign_off_comment"] = text.removeprefix(SIGN_OFF_NOTE)
        closure["signed_off_by"] = text_of(note.get("authorString"))
        closure["signed_off_on"] = read_day(note.get("time"))
    elif field is not None:
        closure[field] = text.removeprefix(CLOSURE_NOTES[field])
    elif text in flags:
        closure[flags[text]] = True
    else:
        return False
    return True


def _notes(care_plan: dict[str, Any], problems: list[RowProblem]) -> dict[str, Any]:
    """The plan's words, supervision and closure, from the CarePlan's notes."""
    words: dict[str, Any] = {field: [] for field in (*_LISTS, "supervision")}
    closure: dict[str, Any] | None = None
    if care_plan.get("status") == "completed":
        closure = {"reason": m.ClosureReason.OUTCOMES_ACHIEVED}
        closure["date"] = read_day((care_plan.get("period") or {}).get("end"))
    for number, note in enumerate(care_plan.get("note") or [], 1):
        if not isinstance(note, dict):
            continue
        if not (_plan_note(words, note, problems) or _closure_note(closure, note)):
            reason = "has no place in the plan, so it was not read"
            problems.append(RowProblem(f"CarePlan note {number}", reason, text_of(note.get("text"))))
    if closure is not None:
        words["closure"] = m.Closure(**closure)
    return words


def _interim(
    bundle: Bundle, care_plan: dict[str, Any], problems: list[RowProblem]
) -> m.InterimSafetyPlan | None:
    """The plan's interim safety plan: a CarePlan that is part of the plan's."""
    parts = [
        p for p in bundle.of("CarePlan") if any(bundle.find(r) is care_plan for r in p.get("partOf") or [])
    ]
    for number, extra in enumerate(parts[1:], 2):
        said = text_of(bundle.use(extra).get("description"))
        reason = "is a second interim safety plan; a plan holds one, so it was not read"
        problems.append(RowProblem(f"interim safety plan {number}", reason, said))
    if not parts:
        return None
    interim = bundle.use(parts[0])
    actions = ""
    for note in interim.get("note") or []:
        text = text_of(note.get("text")) if isinstance(note, dict) else ""
        if text.startswith(INTERIM_ACTIONS_NOTE) and not actions:
            actions = text.removeprefix(INTERIM_ACTIONS_NOTE)
        else:
            reason = "has no place in an interim safety plan, so it was not read"
            problems.append(RowProblem("interim safety plan, a note", reason, text))

    def build() -> m.InterimSafetyPlan:
        end = read_day((interim.get("period") or {}).get("end"))
        return m.InterimSafetyPlan(issue=text_of(interim.get("description")), actions=actions, end_date=end)

    return readable("interim safety plan", problems, build, text_of(interim.get("description")))


def _care_plan(bundle: Bundle) -> dict[str, Any]:
    plans = [p for p in bundle.of("CarePlan") if not p.get("partOf")]
    if len(plans) != 1:
        raise ValueError("a FHIR bundle of a family plan holds one CarePlan that is not part of another")
    return bundle.use(plans[0])


def _plan_type(care_plan: dict[str, Any]) -> m.PlanType:
    return next(
        (m.PlanType(code) for code in PLAN_TYPE_LABELS if has_code(care_plan.get("category"), (code, ""))),
        m.PlanType.EARLY_HELP,
    )


def _plan(bundle: Bundle) -> tuple[m.Plan, list[RowProblem]]:
    problems: list[RowProblem] = []
    care_plan = _care_plan(bundle)
    group = bundle.follow(care_plan.get("subject"))
    taf, network = teams(bundle, care_plan)
    goals = [bundle.follow(g, required=True) for g in care_plan.get("goal", [])]
    # The reviews first: an action's statuses at reviews and its notes name them.
    read_reviews, links = reviews(bundle, goals, problems)
    activities = Activities(bundle, goals, problems, links)
    for number, activity in enumerate(care_plan.get("activity", []), 1):
        activities.read(number, activity)
    reference = next((i.get("value", "") for i in group.get("identifier", [])), "")
    plan = m.Plan(
        family_name=group.get("name", ""),
        family_reference=reference,
        **family_details(group, problems),
        plan_type=_plan_type(care_plan),
        started_on=read_day(care_plan.get("period", {}).get("start")),
        family_members=members(bundle, group, problems),
        support_network=support_network(bundle, network, problems),
        practitioners=practitioners(bundle, taf, problems),
        reason=care_plan.get("description", ""),
        goals=[
            goal(g, activities.actions_for(g), goal_notes(g, f"goal {number}", problems))
            for number, g in enumerate(goals, 1)
        ],
        interim_safety_plan=_interim(bundle, care_plan, problems),
        service_gaps=service_gaps(bundle, problems),
        reviews=read_reviews,
        next_review_date=activities.next_review_date,
        **_notes(care_plan, problems),
    )
    return plan, problems + links.unread() + bundle.unused()


def _activities(care_plan: dict[str, Any]) -> list[dict[str, Any]]:
    found = care_plan.get("activity")
    return [a for a in found if isinstance(a, dict)] if isinstance(found, list) else []


def plan_from_fhir(
    bundle: dict[str, Any], path: str | Path, limits: Limits | None = None
) -> tuple[m.Plan, list[RowProblem]]:
    """The plan in a FHIR Bundle, and what in the bundle could not be read into it;
    ReadError if it is not a bundle this format can read."""
    counted = Bundle(bundle)
    try:
        # An action may be a Task or written inside the CarePlan: both count towards the limit.
        inline = [a for plan in counted.of("CarePlan") for a in _activities(plan) if "detail" in a]
        actions = len(counted.of("Task")) + len([a for a in inline if not is_next_review(a)])
        check_plan_size(len(counted.of("Goal")), actions, limits=limits or current())
        return _plan(counted)
    except LimitExceeded as error:
        raise ReadError(path, str(error)) from error
    except ValidationError as error:
        raise ReadError(
            path, f"a FHIR resource does not fit the plan format: {describe_validation_error(error)}"
        ) from error
    except (ValueError, AttributeError, TypeError, IndexError, KeyError) as error:
        raise ReadError(path, f"not a family plan FHIR bundle ({error})") from error
