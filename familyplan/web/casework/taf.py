"""The Team Around the Family: adding, changing and removing its members, and changing the lead.

Changing the lead never leaves anyone locked out by accident: the new lead must have an active
account here (or nobody could change the plan), the lead's account cannot be unlinked and the lead
cannot stop leading until someone else does, and the previous lead stays in the team, so they keep
seeing the family and updating their own actions. The pages and the API ask the same checks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework import rules
from familyplan.web.casework.models import Family, TafMember
from familyplan.web.casework.services import PlanRuleError, Refused

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def _cannot_lead(name: str, user: User | None) -> StrOrPromise | None:
    """Why someone could not lead the plan: they need an active account here to change it."""
    if user is None:
        return _(
            "%(name)s has no account linked here, so could not change the plan. Link their account first."
        ) % {"name": name}
    if not user.is_active:
        return _(
            "%(name)s's account here is not active, so they could not change the plan. "
            "Choose someone whose account is active."
        ) % {"name": name}
    return None


def lead_problems(*, family: Family, to: TafMember) -> dict[str, StrOrPromise]:
    """What stops ``to`` becoming the lead practitioner; empty when they can."""
    if to.family_id != family.pk:
        return {"is_lead": _("Choose someone from this family's Team Around the Family.")}
    reason = _cannot_lead(to.name, to.user)
    return {"account": reason} if reason is not None else {}


def account_named(username: str) -> User | None:
    """The active account a TAF member is linked to, by its username ("" for none)."""
    if not username.strip():
        return None
    user: User | None = User.objects.filter(username=username.strip(), is_active=True).first()
    if user is None:
        missing = _("There is no active account with the username %(username)s") % {"username": username}
        raise Refused({"account": missing})
    return user


@transaction.atomic
def taf_member_save(*, family: Family, by: User, member: TafMember | None = None, **fields: Any) -> TafMember:
    """Add a practitioner to the team, or change one; linking them to their account lets them in."""
    permissions.require(by, permissions.PLAN_CHANGE, family)
    fields.pop("is_lead", None)  # the lead changes only through taf_lead_change, with its checks
    if member is not None and member.is_lead and "user" in fields:
        reason = _cannot_lead(str(fields.get("name") or member.name), fields["user"])
        if reason is not None:
            raise Refused({"account": reason})
    return audit.record_save(member or TafMember(family=family), fields, family_id=family.pk, user=by)


@transaction.atomic
def taf_member_change(
    *, family: Family, by: User, member: TafMember, is_lead: bool, **fields: Any
) -> TafMember:
    """Another system adds (``member`` unsaved) or changes a TAF member: asked what the pages ask
    (the role in full, the agency, an account for the lead), and made the lead only through
    taf_lead_change's checks. The lead stops leading only when someone else is made the lead."""
    problems = rules.taf_problems(fields)
    if member.is_lead and not is_lead:
        problems["is_lead"] = _("A plan needs a lead practitioner: make someone else the lead first")
    if problems:
        raise Refused(problems)
    member = taf_member_save(family=family, by=by, member=member if member.pk else None, **fields)
    if is_lead and not member.is_lead:
        taf_lead_change(family=family, by=by, to=member)
    return member


@transaction.atomic
def taf_member_remove(*, member: TafMember, by: User) -> None:
    """Take a practitioner out of the team; the lead cannot be removed until someone else leads."""
    permissions.require(by, permissions.PLAN_CHANGE, member.family)
    if member.is_lead:
        raise PlanRuleError(_("Choose a new lead practitioner before removing the lead from the team."))
    audit.record_deletion(member, family_id=member.family_id, user=by)
    member.delete()


@transaction.atomic
def taf_lead_change(*, family: Family, by: User, to: TafMember) -> TafMember:
    """Make ``to`` the lead practitioner; the previous lead stays in the team as a member.
    Refused (naming the problem) if they could not lead the plan (lead_problems)."""
    permissions.require(by, permissions.PLAN_CHANGE, family)
    problems = lead_problems(family=family, to=to)
    if problems:
        raise Refused(problems)
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
