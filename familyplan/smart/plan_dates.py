"""Whole-plan rules about the dates actions are held to: passed while the work is still open, or
further off than the child's timescale (seed 002: "How long can the child wait?")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from familyplan.plan.kinds import GoalStatus
from familyplan.plan.parsing import parse_when
from familyplan.smart.catalogue import Catalogue, Rule
from familyplan.smart.findings import Finding, Location
from familyplan.smart.hits import finding_for
from familyplan.smart.language import A_BABY, A_SAFETY_WORRY, BABY_HORIZON, PINNED_TO_AN_EVENT, STEP_HORIZON
from familyplan.smart.plan_rules import _CLOSED_ACTION, _hit, _is_open, plan_rule
from familyplan.smart.statement_rules.when import soonest_for_recurring

if TYPE_CHECKING:
    from familyplan.plan.models import Action, Plan


@plan_rule("plan-action-date-passed")
def action_date_passed(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    if not _is_open(plan):
        return
    for g, goal in enumerate(plan.goals):
        if goal.status is not GoalStatus.OPEN:
            continue
        for a, action in enumerate(goal.actions):
            # Work that recurs is late once its review has passed; work that goes on ("Ongoing,
            # review 10/03/2026") too, when it has no date of its own to be done by.
            due = action.review_date if action.recurrence else action.due_date or action.review_date
            if action.status not in _CLOSED_ACTION and due and due < today:
                yield finding_for(
                    rule, _hit(action.when), Location("when", goal=g, action=a), due=due.strftime("%d/%m/%Y")
                )


@plan_rule("plan-date-beyond-timescale")
def beyond_timescale(rule: Rule, plan: Plan, today: dt.date, catalogue: Catalogue) -> Iterator[Finding]:
    if not _is_open(plan):
        return
    horizon = max(today, plan.started_on or today) + dt.timedelta(days=365)
    adulthood = [
        (m.name, m.date_of_birth.replace(year=m.date_of_birth.year + 18))
        for m in plan.children
        if m.date_of_birth and not (m.date_of_birth.month == 2 and m.date_of_birth.day == 29)
    ]
    babies = [m.name for m in plan.children if m.date_of_birth and (today - m.date_of_birth).days < 365]
    for g, goal in enumerate(plan.goals):
        for a, action in enumerate(goal.actions):
            due = action.due_date or action.review_date
            if due is None:
                continue
            detail = ""
            # Work that recurs is held to its review for a baby's or a child's safety, not to when it stops.
            soonest = (
                soonest_for_recurring(parse_when(action.when, today), today) if action.recurrence else None
            ) or due
            if due > horizon:
                detail = f"The date {due:%d/%m/%Y} is more than a year away, beyond the child's timescale."
            elif soonest > today + BABY_HORIZON and _for_a_baby(goal, action.how, babies):
                detail = (
                    f"The date {due:%d/%m/%Y} is more than three months away, for a baby: beyond the child's "
                    "timescale."
                )
            elif soonest > today + BABY_HORIZON and A_SAFETY_WORRY.search(action.how):
                detail = (
                    f"The date {due:%d/%m/%Y} is more than three months away, for the child's safety: beyond "
                    "the child's timescale."
                )
            elif _a_step_far_off(goal, action, today):
                detail = (
                    f"The date {due:%d/%m/%Y} is more than six months away for one step of the plan: "
                    "three reviews or more would pass before it is due."
                )
            adult_names = [name for name, day in adulthood if due >= day and _mentions(goal, name)]
            if adult_names:
                detail = f"The date {due:%d/%m/%Y} is after {adult_names[0]} turns 18."
            if detail:
                yield finding_for(rule, _hit(action.when), Location("when", goal=g, action=a), detail=detail)


def _a_step_far_off(goal: object, action: Action, today: dt.date) -> bool:
    """A step still to do, due on a day of its own more than six months away: not done, not the end of
    something that recurs, and not a day an event sets (an exam, the start of a school year)."""
    open_goal = getattr(goal, "status", GoalStatus.OPEN) is GoalStatus.OPEN
    return (
        open_goal
        and action.status not in _CLOSED_ACTION
        and not action.recurrence
        and action.due_date is not None
        and action.due_date > today + STEP_HORIZON
        and not PINNED_TO_AN_EVENT.search(action.how)
    )


def _for_a_baby(goal: object, how: str, babies: list[str]) -> bool:
    """The action is for a baby: one named for the goal or in the action, or a baby its words name."""
    for_children = getattr(goal, "for_children", [])
    return bool(A_BABY.search(how)) or any(name in for_children or name in how for name in babies)


def _mentions(goal: object, name: str) -> bool:
    for_children = getattr(goal, "for_children", [])
    text = getattr(goal, "outcome", "")
    return name in for_children or name.lower() in str(text).lower() or not for_children
