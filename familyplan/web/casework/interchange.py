"""The one mapper between a stored plan and the plan model (familyplan.plan.models), both ways.

Both directions read and write through the field tables in
familyplan.web.casework.field_tables, so a field added to a table is read and written
alike; a plan's reviews, and what each recorded of each action, are mapped in
familyplan.web.casework.interchange_reviews. The checker, the family's copy, exports, the API,
imports and transfers all go through here.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from familyplan.formats.errors import RowProblem
from familyplan.plan import models as m
from familyplan.web.accounts.models import User
from familyplan.web.casework.family_names import surname_of
from familyplan.web.casework.field_tables import (
    ACTION_FIELDS,
    CLOSURE_FIELDS,
    GAP_FIELDS,
    GOAL_FIELDS,
    INTERIM_FIELDS,
    MEMBER_FIELDS,
    NETWORK_FIELDS,
    PLAN_FIELDS,
    PRACTITIONER_FIELDS,
    SUPERVISION_FIELDS,
    read_fields,
    write_fields,
)
from familyplan.web.casework.interchange_reviews import Reviewed, actions_at_reviews_into, reviews_into
from familyplan.web.casework.models import (
    Action,
    Closure,
    Family,
    FamilyMember,
    Goal,
    InterimSafetyPlan,
    NetworkMember,
    ServiceGap,
    TafMember,
)
from familyplan.web.casework.models import Plan as StoredPlan

# --- Stored plan -> plan model ------------------------------------------------------------------


def _goal_to_model(goal: Goal, reviewed: Reviewed) -> m.Goal:
    return m.Goal(
        **read_fields(goal, GOAL_FIELDS),
        supporting_families_outcome=m.SupportingFamiliesOutcome(goal.supporting_families_outcome)
        if goal.supporting_families_outcome
        else None,
        status=m.GoalStatus(goal.status),
        actions=[reviewed.action(action) for action in goal.actions.all()],
    )


def _closure_to_model(closure: Closure | None) -> m.Closure | None:
    if closure is None:
        return None
    return m.Closure(
        **read_fields(closure, CLOSURE_FIELDS),
        reason=m.ClosureReason(closure.reason),
        date=timezone.localdate(closure.requested_at) if closure.asked_on_known else None,
        signed_off_by=closure.signed_off_by.display_name
        if closure.signed_off_by
        else closure.signed_off_by_name,
        signed_off_on=timezone.localdate(closure.signed_off_at) if closure.signed_off_at else None,
    )


def _supervision_to_model(plan: StoredPlan) -> list[m.SupervisionNote]:
    notes = sorted(plan.supervision.all(), key=lambda n: (n.date, n.pk))
    return [
        m.SupervisionNote(**read_fields(n, SUPERVISION_FIELDS), by=n.by_name or n.by.display_name)
        for n in notes
    ]


def to_checked_model(plan: StoredPlan) -> m.Plan:
    """The plan as the checker is to judge it. A closure waiting for sign-off may still be returned:
    until a manager signs it off the plan is live and checked whole, so asking to close it cannot
    raise its score or hide a fault in its contingency."""
    model = to_model(plan)
    if plan.status != StoredPlan.Status.CLOSED:
        return model.model_copy(update={"closure": None})
    return model


def to_model(plan: StoredPlan) -> m.Plan:
    """The plan as data. Expects the plan from selectors.plan_with_parts (no extra queries)."""
    family = plan.family
    goals = list(plan.goals.all())
    interim = getattr(plan, "interim", None)
    reviewed = Reviewed(plan)
    return m.Plan(
        **read_fields(plan, PLAN_FIELDS),
        family_name=family.family_name,
        family_reference=family.reference,
        family_area=family.address_area,
        family_language=family.language,
        plan_type=m.PlanType(plan.plan_type),
        family_members=[m.FamilyMember(**read_fields(p, MEMBER_FIELDS)) for p in family.members.all()],
        support_network=[m.NetworkMember(**read_fields(p, NETWORK_FIELDS)) for p in family.network.all()],
        practitioners=[m.Practitioner(**read_fields(p, PRACTITIONER_FIELDS)) for p in family.taf.all()],
        goals=[_goal_to_model(goal, reviewed) for goal in goals],
        interim_safety_plan=m.InterimSafetyPlan(**read_fields(interim, INTERIM_FIELDS)) if interim else None,
        service_gaps=[m.ServiceGap(**read_fields(g, GAP_FIELDS)) for g in plan.service_gaps.all()],
        reviews=reviewed.reviews(plan, goals),
        supervision=_supervision_to_model(plan),
        closure=_closure_to_model(getattr(plan, "closure", None)),
    )


# --- Plan model -> stored plan ------------------------------------------------------------------


def family_from_model(plan: m.Plan, name: str, by: User, notes: list[RowProblem] | None = None) -> Family:
    """A new family for the plan: its members, support network and Team Around the Family.

    What the database cannot hold as the file has it is said in ``notes``, never changed silently.
    """
    notes = [] if notes is None else notes
    language = plan.family_language
    if language not in Family.Language.values:
        notes.append(
            RowProblem(
                "family language",
                f"'{language}' is not a language the family's copy is written in (en or cy): English is used",
            )
        )
        language = "en"
    family = Family.objects.create(
        # Named by its surname, as Add a family keeps it: a file's "Okafor family" is the Okafor family.
        family_name=surname_of(plan.family_name or name),
        reference=plan.family_reference,
        address_area=plan.family_area,
        language=language,
        team=by.team,
        created_by=by,
    )
    for member in plan.family_members:
        FamilyMember.objects.create(family=family, **write_fields(member, MEMBER_FIELDS))
    for person in plan.support_network:
        NetworkMember.objects.create(family=family, **write_fields(person, NETWORK_FIELDS))
    lead: str | None = None
    importer = _importer_among(plan.practitioners, by)
    for number, practitioner in enumerate(plan.practitioners):
        fields = write_fields(practitioner, PRACTITIONER_FIELDS)
        # The importer named in their own file is that practitioner, not a second one of the same name.
        fields["user"] = by if number == importer else None
        if fields["is_lead"] and lead is not None:
            notes.append(
                RowProblem(
                    f"practitioner {practitioner.name}",
                    f"also named as lead; a family has one lead practitioner, and {lead} is named first",
                )
            )
            fields["is_lead"] = False
        lead = practitioner.name if fields["is_lead"] else lead
        TafMember.objects.create(family=family, **fields)
    if lead is None:
        notes.append(RowProblem("practitioners", "no lead practitioner named: the person importing it leads"))
        if not family.taf.filter(user=by).update(is_lead=True):
            TafMember.first_lead(family, by)
    return family


def _same_name(one: str, other: str) -> bool:
    """ "Sarah  Jones" and "sarah jones" name one person: files are typed by hand."""
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def _importer_among(practitioners: list[m.Practitioner], by: User) -> int | None:
    """Which of the file's practitioners is the person importing it: their name, and their role
    where two share the name."""
    named = [i for i, p in enumerate(practitioners) if _same_name(p.name, by.display_name)]
    in_role = [i for i in named if _same_name(practitioners[i].role, by.job_title)]
    chosen = in_role or named
    return chosen[0] if chosen else None


def _term(written: str) -> str:
    """ "short", "Short-term", "short term" -> "short"."""
    word = written.lower().replace("-", " ").removesuffix(" term").strip()
    return word if word in ("short", "medium", "long") else ""


def _goals_into(
    stored: StoredPlan, plan: m.Plan, notes: list[RowProblem]
) -> tuple[list[Goal], list[tuple[Action, m.Action]]]:
    """The plan's goals and actions stored; each stored action with the action it came from, for
    its progress and its statuses at reviews once the reviews are stored."""
    goals: list[Goal] = []
    actions: list[tuple[Action, m.Action]] = []
    for g, goal in enumerate(plan.goals):
        fields = write_fields(goal, GOAL_FIELDS)
        fields["term"] = _term(goal.term)
        if goal.term and not fields["term"]:
            notes.append(
                RowProblem(f"goal {g + 1}", f"term '{goal.term}' is not short, medium or long: left out")
            )
        outcome = goal.supporting_families_outcome
        stored_goal = Goal.objects.create(
            plan=stored,
            order=g,
            supporting_families_outcome=outcome.value if outcome else "",
            status=goal.status.value,
            **fields,
        )
        goals.append(stored_goal)
        for a, action in enumerate(goal.actions):
            stored_action = Action.objects.create(
                goal=stored_goal, order=a, status=action.status.value, **write_fields(action, ACTION_FIELDS)
            )
            actions.append((stored_action, action))
            notes += _progress_notes(action, f"goal {g + 1}, action {a + 1}", stored.started_on)
    return goals, actions


def _progress_notes(action: m.Action, where: str, started_on: dt.date) -> list[RowProblem]:
    if any(note.date is None for note in action.progress):
        return [
            RowProblem(
                where, f"a progress note with no date is dated the plan's start, {started_on:%d/%m/%Y}"
            )
        ]
    return []


def _closure_into(stored: StoredPlan, closure: m.Closure, by: User, notes: list[RowProblem]) -> None:
    if closure.date is None:
        notes.append(RowProblem("closure", "no date: the day it came in is kept as the day it was asked for"))
    if closure.signed_off_on is None:
        notes.append(
            RowProblem("closure", "no day of sign-off: it shows as closed on the day it was asked for")
        )
    made = Closure.objects.create(
        plan=stored,
        reason=closure.reason.value,
        requested_by=by,
        # Signed off where it came from: on the day the file gives, or on a day not known here.
        signed_off_at=_midday(closure.signed_off_on),
        signed_off_by_name=closure.signed_off_by,
        asked_on_known=closure.date is not None,
        **write_fields(closure, CLOSURE_FIELDS),
    )
    if closure.date:
        # The day it was asked for, not the day it came into this database.
        Closure.objects.filter(pk=made.pk).update(requested_at=_midday(closure.date))


def _midday(day: dt.date | None) -> dt.datetime | None:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12))) if day else None


def plan_from_model(
    family: Family, plan: m.Plan, by: User, today: dt.date, notes: list[RowProblem] | None = None
) -> StoredPlan:
    """The plan stored for the family, with its goals, actions, reviews, gaps and closure.

    What the database cannot hold as the plan has it is said in ``notes``, never changed silently.
    """
    notes = [] if notes is None else notes
    fields = write_fields(plan, PLAN_FIELDS)
    if plan.started_on is None:
        notes.append(
            RowProblem("plan", f"no start date: the day it came in, {today:%d/%m/%Y}, is kept instead")
        )
        fields["started_on"] = today
    stored = StoredPlan.objects.create(
        family=family,
        plan_type=plan.plan_type.value,
        status=StoredPlan.Status.CLOSED if plan.closure else StoredPlan.Status.LIVE,
        created_by=by,
        **fields,
    )
    goals, actions = _goals_into(stored, plan, notes)
    actions_at_reviews_into(stored, actions, reviews_into(stored, plan, goals, by, notes))
    if plan.interim_safety_plan:
        InterimSafetyPlan.objects.create(
            plan=stored, **write_fields(plan.interim_safety_plan, INTERIM_FIELDS)
        )
    for gap in plan.service_gaps:
        ServiceGap.objects.create(plan=stored, **write_fields(gap, GAP_FIELDS))
    for note in plan.supervision:
        # Supervision notes belong to the oversight app, above casework: made through the plan's relation.
        stored.supervision.create(by=by, by_name=note.by, **write_fields(note, SUPERVISION_FIELDS))
    if plan.closure:
        _closure_into(stored, plan.closure, by, notes)
    return stored
