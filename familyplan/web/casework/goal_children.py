"""A goal names the children it is for by their names (as the plan's interchange format does), so
when a child's name is corrected on the family's record, the goals of the family's live plan
follow it: otherwise the goal would name nobody in the family, the turns-18 rule would lose the
child, and the child could be removed as if no goal were for them. A plan waiting for sign-off or
closed keeps the names it was put forward with."""

from __future__ import annotations

from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework.models import FamilyMember, Goal, Plan
from familyplan.web.versioning import claim


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).lower() == " ".join(b.split()).lower()


def goals_follow_rename(member: FamilyMember, old_name: str, by: User) -> list[Plan]:
    """Rename the child in every goal of the family's live plan that names them as ``old_name``;
    returns the plans changed, for the caller to mark changed. Each change is on the audit trail,
    and raises the goal's version, so a goal page opened before it shows the change."""
    if old_name == member.name:
        return []
    # The plan first, then its goals: the order every save to a plan's parts takes its locks in.
    plans = list(Plan.objects.select_for_update().filter(family=member.family_id, status=Plan.Status.LIVE))
    changed = []
    for plan in plans:
        goals = Goal.objects.select_for_update().filter(plan=plan)
        if [goal for goal in goals if _renamed_in(goal, member, old_name, by)]:
            changed.append(plan)
    return changed


def _renamed_in(goal: Goal, member: FamilyMember, old_name: str, by: User) -> bool:
    names = goal.for_children.splitlines()
    renamed = [member.name if _same_name(name, old_name) else name for name in names]
    if renamed == names:
        return False
    goal = claim(goal, goal.version)
    audit.record_save(goal, {"for_children": "\n".join(renamed)}, family_id=member.family_id, user=by)
    return True
