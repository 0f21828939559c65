"""The Team Around the Family: adding, changing and removing its members, and changing the lead.

Changing the lead never leaves anyone locked out by accident: the new lead must have an
account here (or nobody could change the plan), and the previous lead stays in the team,
so they keep seeing the family and updating their own actions.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework.models import Family, TafMember
from familyplan.web.casework.services import PlanRuleError


@transaction.atomic
def taf_member_save(*, family: Family, by: User, member: TafMember | None = None, **fields: Any) -> TafMember:
    """Add a practitioner to the team, or change one; linking them to their account lets them in."""
    permissions.require(by, permissions.PLAN_CHANGE, family)
    fields.pop("is_lead", None)  # the lead changes only through taf_lead_change, with its checks
    before = audit.snapshot(member) if member is not None else None
    member = member or TafMember(family=family)
    for name, value in fields.items():
        setattr(member, name, value)
    member.save()
    audit.record_change(member, before, family_id=family.pk, user=by)
    return member


@transaction.atomic
def taf_member_remove(*, member: TafMember, by: User) -> None:
    """Take a practitioner out of the team; the lead cannot be removed until someone else leads."""
    permissions.require(by, permissions.PLAN_CHANGE, member.family)
    if member.is_lead:
        raise PlanRuleError(_("Choose a new lead practitioner before removing the lead from the team."))
    audit.record(
        "delete",
        object_type="tafmember",
        object_id=member.pk,
        family_id=member.family_id,
        detail={"before": audit.snapshot(member)},
        user=by,
    )
    member.delete()


@transaction.atomic
def taf_lead_change(*, family: Family, by: User, to: TafMember) -> TafMember:
    """Make ``to`` the lead practitioner; the previous lead stays in the team as a member."""
    permissions.require(by, permissions.PLAN_CHANGE, family)
    if to.family_id != family.pk:
        raise PlanRuleError(_("Choose someone from this family's Team Around the Family."))
    if to.user_id is None:
        raise PlanRuleError(
            _("%(name)s has no account linked here, so could not change the plan. Link their account first.")
            % {"name": to.name}
        )
    previous = family.taf.filter(is_lead=True).exclude(pk=to.pk).first()
    if previous is not None:
        before = audit.snapshot(previous)
        previous.is_lead = False
        previous.save(update_fields=["is_lead"])
        audit.record_change(previous, before, family_id=family.pk, user=by)
    before = audit.snapshot(to)
    to.is_lead = True
    to.save(update_fields=["is_lead"])
    audit.record_change(to, before, family_id=family.pk, user=by)
    return to
