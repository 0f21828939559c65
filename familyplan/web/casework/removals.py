"""Taking out what was added by mistake (an action from a live plan, a person from a family's
record), and ending an interim safety plan once the full plan is in place.

Only what holds no history goes: an action with progress recorded against it is part of the
plan's story, so it is stopped (its status), not removed; a child a goal is for, or anyone in the
record of a plan that has closed, stays as the record was. What is removed stays in the audit
trail with what it held.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework.models import Action, FamilyMember, InterimSafetyPlan, Plan
from familyplan.web.casework.services import PlanRuleError, _bump, _lock_open, may_change

HAS_HISTORY = _(
    "This action has progress recorded against it, so it is part of the plan's record. Mark it "
    "stopped instead."
)


class HasHistoryError(PlanRuleError):
    def __init__(self) -> None:
        super().__init__(str(HAS_HISTORY))


def has_history(action: Action) -> bool:
    return action.progress.exists()


@transaction.atomic
def action_remove(*, action: Action, by: User) -> None:
    """Remove an action added by mistake; HasHistoryError if progress was recorded against it."""
    plan = action.goal.plan
    may_change(by, plan.family)
    _lock_open(plan)
    if has_history(action):
        raise HasHistoryError
    audit.record_deletion(action, family_id=plan.family_id, user=by)
    action.delete()
    _bump(plan)


MEMBER_HAS_HISTORY = _(
    "%(name)s is part of the plan's record (a goal is for them, or a plan for the family has "
    "closed or is closing), so they stay. Correct their record instead."
)


ON_HOLD = _("This family's record is under a legal hold, so nothing in it can be removed.")
NO_FULL_PLAN_YET = _(
    "The interim safety plan can end once the full plan is in place: at least one goal with an "
    "action, and a contingency plan."
)


def member_has_history(member: FamilyMember) -> bool:
    if member.family.legal_hold:
        return True
    plans = member.family.plans.all()
    if plans.exclude(status=Plan.Status.LIVE).exists():
        return True
    name = " ".join(member.name.split()).lower()
    return any(
        " ".join(child.split()).lower() == name
        for children in plans.values_list("goals__for_children", flat=True)
        if children
        for child in children.splitlines()
    )


@transaction.atomic
def member_remove(*, member: FamilyMember, by: User) -> None:
    """Remove someone added to the family's record by mistake; PlanRuleError if they are part of
    a plan's record."""
    family = member.family
    may_change(by, family)
    if family.legal_hold:
        raise PlanRuleError(str(ON_HOLD))
    if member_has_history(member):
        raise PlanRuleError(str(MEMBER_HAS_HISTORY % {"name": member.name}))
    audit.record_deletion(member, family_id=family.pk, user=by)
    member.delete()
    for plan in family.plans.filter(status=Plan.Status.LIVE):
        _bump(plan)  # the plan's check knows the family by its members


@transaction.atomic
def interim_end(*, plan: Plan, by: User) -> None:
    """End the plan's interim safety plan: the full plan is in place (seed 002: an interim plan is
    short and is followed by a full plan). The audit trail keeps what it said."""
    may_change(by, plan.family)
    locked = _lock_open(plan)
    interim = InterimSafetyPlan.objects.filter(plan=plan).first()
    if interim is None:
        raise PlanRuleError(str(_("This plan has no interim safety plan to end.")))
    check_interim_can_end(plan)
    interim_ended(locked, interim, by)
    _bump(plan)


def interim_ended(plan: Plan, interim: InterimSafetyPlan, by: User) -> None:
    """Take the interim plan away (the audit trail keeps what it said) and keep the day it ended on
    the plan, so the plan does not read as if none was ever needed. ``plan`` is held for the change."""
    audit.record_deletion(interim, family_id=plan.family_id, user=by)
    interim.delete()
    audit.record_save(plan, {"interim_ended_on": timezone.localdate()}, family_id=plan.family_id, user=by)


def check_interim_can_end(plan: Plan) -> None:
    """PlanRuleError unless the full plan is in place to follow the interim one (seed 002), and the
    record may be changed."""
    if plan.family.legal_hold:
        raise PlanRuleError(str(ON_HOLD))
    has_action = plan.goals.filter(actions__isnull=False).exists()
    if not has_action or not plan.contingency.strip():
        raise PlanRuleError(str(NO_FULL_PLAN_YET))
