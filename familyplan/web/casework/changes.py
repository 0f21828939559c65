"""Changes other systems make (through the API), each against the version they last read.

A plan and everything in it (goals, actions, progress notes, reviews, closure) share the
plan's version: every change raises it, and a change sent with an older one is refused
(StaleVersionError), checked inside the change's own transaction. A family's record (its
details, members, support network and Team Around the Family) has a version of its own,
worked out from what it holds, so any change by anyone makes an older one stale.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.casework import goal_children, references, removals, rules, taf
from familyplan.web.casework.closure import closure_request
from familyplan.web.casework.models import (
    Action,
    Family,
    FamilyMember,
    Goal,
    InterimSafetyPlan,
    Plan,
    ProgressNote,
    ServiceGap,
    TafMember,
)
from familyplan.web.casework.services import (
    PlanClosedError,
    PlanRuleError,
    Refused,
    StaleVersionError,
    _bump,
    correction_audit,
    gap_told,
    plan_score_refresh,
    service_gap_add,
    when_dates,
)
from familyplan.web.versioning import claim

FAMILY_FIELDS = ("family_name", "reference", "address_area", "language", "legal_hold")


class StaleFamilyError(PlanRuleError):
    """Someone else changed the family's record since this version was read."""

    def __init__(self, current: int) -> None:
        self.current = current
        super().__init__(_("Someone else changed this family's record since you read it."))


def _columns(record: Any) -> dict[str, Any]:
    return {f.attname: getattr(record, f.attname) for f in record._meta.concrete_fields}


def family_version(family: Family) -> int:
    """The family record's version: changes whenever its details or any of its people change.

    Read from the family's prefetched people when the caller has them (a list of families does).
    """
    held = {
        "family": [getattr(family, name) for name in FAMILY_FIELDS],
        "people": [
            sorted((_columns(p) for p in related.all()), key=lambda c: c["id"])
            for related in (family.members, family.network, family.taf)
        ],
    }
    digest = hashlib.sha256(json.dumps(held, default=str, sort_keys=True).encode()).hexdigest()
    return int(digest[:8], 16) % 2_000_000_000 + 1


def _family_at(family: Family, version: int) -> Family:
    current = Family.objects.select_for_update().get(pk=family.pk)
    if family_version(current) != version:
        raise StaleFamilyError(family_version(current))
    return current


def plan_at(plan: Plan, version: int) -> Plan:
    """The plan, locked for this change, if it is live and still at ``version``."""
    current = Plan.objects.select_for_update().get(pk=plan.pk)
    if current.status != Plan.Status.LIVE:
        raise PlanClosedError
    if current.version != version:
        raise StaleVersionError(current)
    return current


def changing(plan: Plan, by: User, version: int) -> Plan:
    """The plan, locked for a change ``by`` may make, if it is live and still at ``version``."""
    permissions.require(by, permissions.PLAN_CHANGE, plan.family)
    return plan_at(plan, version)


def version_raised(plan: Plan) -> Plan:
    """The plan's version raised after a change to it or its parts, and its score worked out again."""
    Plan.objects.filter(pk=plan.pk).update(version=F("version") + 1, updated_at=timezone.now())
    plan_score_refresh(plan.pk)
    plan.refresh_from_db()
    return plan


def _deleted(record: Any, family_id: int, by: User) -> None:
    audit.record_deletion(record, family_id=family_id, user=by)  # with what it held
    record.delete()


@transaction.atomic
def family_update(*, family: Family, by: User, version: int, **fields: Any) -> Family:
    permissions.require(by, permissions.PLAN_CHANGE, family)
    family = _family_at(family, version)
    if problems := references.reference_problems(fields.get("reference", ""), by, but=family):
        raise Refused(problems)
    return audit.record_save(family, fields, family_id=family.pk, user=by)


@transaction.atomic
def family_delete(*, family: Family, by: User, version: int) -> None:
    """An administrator removes a family's whole record; never one under a legal hold."""
    permissions.require(by, permissions.FAMILY_DELETE, family)
    family = _family_at(family, version)
    if family.legal_hold:
        raise PlanRuleError(_("This family's record is under a legal hold, so it cannot be deleted."))
    _deleted(family, family.pk, by)


@transaction.atomic
def person_save(*, family: Family, by: User, version: int, record: Any, **fields: Any) -> Any:
    """Add (``record`` a new, unsaved one) or change a member, network member or TAF member, asked
    what the family's pages ask (casework.rules): a member's correction needs its reason, and a TAF
    member becomes the lead only through the lead's own checks (casework.taf)."""
    permissions.require(by, permissions.PLAN_CHANGE, family)
    _family_at(family, version)
    if isinstance(record, TafMember):
        return taf.taf_member_change(family=family, by=by, member=record, **fields)
    reason = str(fields.pop("reason", "")).strip()
    correcting = isinstance(record, FamilyMember) and record.pk is not None
    if isinstance(record, FamilyMember):
        problems = rules.member_problems({**fields, "reason": reason}, correcting=correcting)
    else:
        problems = rules.network_problems(fields)
    if problems:
        raise Refused(problems)
    before = audit.snapshot(record) if record.pk else None
    for name, value in fields.items():
        setattr(record, name, value)
    record.family = family
    record.save()
    if correcting and before is not None:
        correction_audit(record, before, reason, by)
        for plan in goal_children.goals_follow_rename(record, before["name"], by):
            _bump(plan)
    else:
        audit.record_change(record, before, family_id=family.pk, user=by)
    return record


@transaction.atomic
def person_delete(*, family: Family, by: User, version: int, record: Any) -> None:
    permissions.require(by, permissions.PLAN_CHANGE, family)
    _family_at(family, version)
    if isinstance(record, TafMember) and record.is_lead:
        raise PlanRuleError(_("The lead practitioner cannot be removed: make someone else the lead first."))
    if isinstance(record, FamilyMember):
        removals.member_remove(member=record, by=by)  # as its page does
        return
    _deleted(record, family.pk, by)


@transaction.atomic
def plan_change(*, plan: Plan, by: User, version: int, **fields: Any) -> Plan:
    plan = changing(plan, by, version)
    next_day = fields.pop("next_review_date", None)
    if next_day is not None and next_day != plan.next_review_date:
        problems = rules.next_review_problems(plan, next_day)
        if problems:
            raise Refused(problems)
        fields["next_review_date"] = next_day
    audit.record_save(plan, fields, family_id=plan.family_id, user=by)
    return version_raised(plan)


@transaction.atomic
def plan_delete(*, plan: Plan, by: User, version: int) -> None:
    """A plan started by mistake goes; one that has been reviewed or closed stays on the record."""
    plan = changing(plan, by, version)
    if plan.reviews.exists():
        raise PlanRuleError(_("This plan has been reviewed, so it stays on the record: close it instead."))
    _deleted(plan, plan.family_id, by)


@transaction.atomic
def part_save(*, plan: Plan, by: User, version: int, record: Goal | Action, **fields: Any) -> Any:
    """Add or change a goal or an action of the plan, asked what the goal and action pages ask
    (casework.rules): a goal's Supporting Families outcome, achieved only at a review; an
    action's who, and real dates in its when."""
    plan = changing(plan, by, version)
    if isinstance(record, Goal):
        problems = rules.goal_problems(fields, status_before=record.status if record.pk else None)
    else:
        problems = rules.action_problems(fields, when_before=record.when if record.pk else None)
    if problems:
        raise Refused(problems)
    if isinstance(record, Action) and "when" in fields:
        fields |= when_dates(fields["when"])
    audit.record_save(record, fields, family_id=plan.family_id, user=by)
    version_raised(plan)
    return record


@transaction.atomic
def part_delete(*, plan: Plan, by: User, version: int, record: Any) -> None:
    """Remove a goal, action, progress note or review of the plan."""
    plan = changing(plan, by, version)
    _deleted(record, plan.family_id, by)
    version_raised(plan)


@transaction.atomic
def progress_save(*, action: Action, by: User, version: int, note: ProgressNote, text: str) -> ProgressNote:
    """A progress note on an action: by the person the action is given to, or whoever changes the plan."""
    permissions.require(by, permissions.ACTION_UPDATE, action)
    plan = plan_at(action.goal.plan, version)
    before = audit.snapshot(note) if note.pk else None
    note.action, note.text = action, text.strip()
    if not note.pk:
        note.date, note.by = timezone.localdate(), by
    note.save()
    audit.record_change(note, before, family_id=plan.family_id, user=by)
    version_raised(plan)
    return note


@transaction.atomic
def closure_ask(*, plan: Plan, by: User, version: int, **fields: Any) -> Any:
    """The lead asks to close the plan (see services.closure_request), against the version read."""
    return closure_request(plan=changing(plan, by, version), by=by, **fields)


@transaction.atomic
def closure_withdraw(*, plan: Plan, by: User, version: int) -> Plan:
    """The request to close is taken back before sign-off: the plan is live again."""
    permissions.require(by, permissions.PLAN_CHANGE, plan.family)
    current = Plan.objects.select_for_update().get(pk=plan.pk)
    if current.status != Plan.Status.AWAITING_SIGN_OFF:
        raise PlanRuleError(_("This plan is not waiting for sign-off, so there is no request to take back."))
    if current.version != version:
        raise StaleVersionError(current)
    _deleted(current.closure, current.family_id, by)
    Plan.objects.filter(pk=current.pk).update(status=Plan.Status.LIVE)
    return version_raised(current)


@transaction.atomic
def interim_change(*, plan: Plan, by: User, version: int, **fields: Any) -> InterimSafetyPlan:
    """Write the plan's interim safety plan whole (made if it has none), asked what its page asks."""
    plan = changing(plan, by, version)
    if problems := rules.interim_problems(fields, timezone.localdate()):
        raise Refused(problems)
    interim = InterimSafetyPlan.objects.filter(plan=plan).first() or InterimSafetyPlan(plan=plan)
    audit.record_save(interim, fields, family_id=plan.family_id, user=by)
    version_raised(plan)
    return interim


@transaction.atomic
def gap_add(*, plan: Plan, by: User, version: int, **fields: Any) -> ServiceGap:
    """Record a gap in provision (seed 001); the early help coordinators are told, as from its page."""
    plan = changing(plan, by, version)
    if problems := rules.gap_problems(fields):
        raise Refused(problems)
    return service_gap_add(plan=plan, by=by, **fields)  # raises the plan's version


@transaction.atomic
def interim_remove(*, plan: Plan, by: User, version: int) -> Plan:
    """End the interim safety plan once the full plan is in place, as its page does."""
    plan = changing(plan, by, version)
    interim = InterimSafetyPlan.objects.filter(plan=plan).first()
    if interim is None:
        raise PlanRuleError(_("This plan has no interim safety plan to end."))
    removals.check_interim_can_end(plan)
    removals.interim_ended(plan, interim, by)
    return version_raised(plan)


@transaction.atomic
def gap_correct(*, plan: Plan, by: User, version: int, gap: ServiceGap, **fields: Any) -> ServiceGap:
    """Correct a recorded gap, or add the risk one brought in without it lacks, as its page does."""
    plan = changing(plan, by, version)
    if problems := rules.gap_problems(fields):
        raise Refused(problems)
    gap = claim(gap, gap.version)  # so that a page opened on the gap before this does not undo it
    audit.record_save(gap, fields, family_id=plan.family_id, user=by)
    gap_told(gap)
    version_raised(plan)
    return gap
