"""A goal names the children it is for by their names (as the plan's interchange format does), so
when a child's name is corrected on the family's record, the goals of the family's open plans
follow it: otherwise the goal would name nobody in the family, the turns-18 rule would lose the
child, and the child could be removed as if no goal were for them. A closed plan keeps the names
it was closed with."""

from __future__ import annotations

from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework.models import FamilyMember, Goal, Plan


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).lower() == " ".join(b.split()).lower()


def goals_follow_rename(member: FamilyMember, old_name: str, by: User) -> list[Plan]:
    """Rename the child in every goal of the family's open plans that names them as ``old_name``;
    returns the plans changed, for the caller to mark changed. Each change is on the audit trail."""
    if _same_name(old_name, member.name):
        return []
    goals = Goal.objects.filter(plan__family=member.family_id).exclude(plan__status=Plan.Status.CLOSED)
    plans: dict[int, Plan] = {}
    for goal in goals.select_related("plan").select_for_update(of=("self",)):
        names = goal.for_children.splitlines()
        renamed = [member.name if _same_name(name, old_name) else name for name in names]
        if renamed != names:
            audit.record_save(goal, {"for_children": "\n".join(renamed)}, family_id=member.family_id, user=by)
            plans[goal.plan_id] = goal.plan
    return list(plans.values())
