"""Taking out of a live plan an action that was added by mistake.

Only what holds no history goes: an action with progress recorded against it is part of the
plan's story, so it is stopped (its status), not removed. What is removed stays in the audit
trail with what it held.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework.models import Action
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
