"""Writes: the business rules of families, plans and closure, one function each.

Views call these and nothing else to change data, so every rule (one live plan,
read-only once closed, a second person signs off) holds whichever page,
command or API makes the change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from django.db import IntegrityError, transaction
from django.db.models import Case, F, When
from django.db.models.functions import Coalesce
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from familyplan.plan.parsing import parse_when
from familyplan.smart import Report
from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import goal_children, references
from familyplan.web.casework.models import (
    OPEN_ACTION_STATUSES,
    Action,
    Family,
    FamilyMember,
    Goal,
    InterimSafetyPlan,
    NetworkMember,
    Plan,
    ProgressNote,
    ServiceGap,
    TafMember,
)
from familyplan.web.casework.notices import tell_coordinators
from familyplan.web.casework.rules import start_date_problems
from familyplan.web.casework.signals import plan_changed
from familyplan.web.council.signals import settings_changed
from familyplan.web.versioning import StaleVersionError, claim, claim_new

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

__all__ = ["StaleVersionError"]

Person = TypeVar("Person", bound=FamilyMember | NetworkMember | TafMember)
Part = TypeVar("Part", Goal, Action)


class PlanRuleError(Exception):
    """A change the guidance or the plan's state does not allow, with a message for the person."""


class Refused(PlanRuleError):
    """A change that misses what the guidance asks for: ``problems`` maps each part it concerns to
    what to do (a page shows each beside its field; the API answers 422 naming them)."""

    def __init__(self, problems: Mapping[str, StrOrPromise]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(str(message) for message in self.problems.values()))


class SecondLivePlanError(PlanRuleError):
    def __init__(self, live: Plan) -> None:
        self.live = live
        super().__init__("This family already has a live plan. There can only be one plan for each family.")


class PlanClosedError(PlanRuleError):
    def __init__(self) -> None:
        super().__init__("This plan is closed, or waiting for sign-off, so it cannot be changed.")


def require_open(plan: Plan) -> None:
    if plan.status != Plan.Status.LIVE:
        raise PlanClosedError


def _lock_open(plan: Plan) -> Plan:
    """Inside a save: hold the plan's row (so saves to one plan queue, in one order) and check it
    is still open as it stands now, not as it stood when the page was read."""
    locked = Plan.objects.select_for_update().get(pk=plan.pk)
    require_open(locked)
    return locked


def plan_score_refresh(plan_id: int) -> int:
    """Check the plan once and keep the report and score with it; then say that the plan changed.

    Every service that saves a change calls this, and nothing else runs the checker on a
    whole stored plan: pages and the API read the stored report (casework.reports).
    """
    from familyplan.smart import check_plan
    from familyplan.web.casework.interchange import to_checked_model
    from familyplan.web.casework.reports import report_to_stored
    from familyplan.web.casework.selectors import plan_parts
    from familyplan.web.council.services import catalogue

    today = timezone.localdate()
    report = check_plan(to_checked_model(plan_parts().get(pk=plan_id)), today=today, catalogue=catalogue())
    score = report.overall
    Plan.objects.filter(pk=plan_id).update(
        smart_score=score, smart_report=report_to_stored(report), smart_checked_on=today
    )
    overdue_dates_refresh([plan_id])
    # Drift is the reviews' to work out (reviews.services.plan_drift_refresh listens).
    plan_changed.send(sender=Plan, plan_id=plan_id)
    return score


def plan_report(plan: Plan) -> Report:
    """The plan's stored SMART report. One made on an earlier day, or before the council's settings
    last changed, is made again first."""
    from familyplan.web.casework.reports import report_from_stored

    if not plan.smart_report or plan.smart_checked_on != timezone.localdate():
        plan_score_refresh(plan.pk)
        plan.refresh_from_db(fields=["smart_score", "smart_report", "smart_checked_on"])
    return report_from_stored(plan.smart_report)


def reports_refresh() -> int:
    """Check again every live plan whose stored report was not made today (dates have passed since,
    or the council's settings changed), so the dashboard's scores hold for plans nobody opened.
    `familyplan refresh-reports` runs it daily; it says how many plans it checked."""
    stale = Plan.objects.filter(status=Plan.Status.LIVE).exclude(smart_checked_on=timezone.localdate())
    checked = 0
    for plan_id in stale.order_by("pk").values_list("pk", flat=True).iterator(chunk_size=500):
        plan_score_refresh(plan_id)
        checked += 1
    return checked


@receiver(settings_changed, dispatch_uid="casework.reports_out_of_date")
def reports_out_of_date(sender: Any, **kwargs: Any) -> None:
    """The council's rules or review cycles changed: every stored report is made again when it is
    next read, or by the next `familyplan refresh-reports`."""
    Plan.objects.filter(status=Plan.Status.LIVE).update(smart_checked_on=None)


def overdue_dates_refresh(plans: Any) -> None:
    """Keep each action's overdue date (see Action.overdue_from) for these plans (ids or a queryset)."""
    actions = Action.objects.filter(goal__plan__in=plans)
    actions.update(overdue_from=None)
    actions.filter(
        goal__plan__status=Plan.Status.LIVE, goal__status="open", status__in=OPEN_ACTION_STATUSES
    ).update(
        overdue_from=Case(
            When(recurrence="", then=Coalesce(F("due_date"), F("review_date"))), default=F("review_date")
        )
    )


def _bump(plan: Plan) -> None:
    Plan.objects.filter(pk=plan.pk).update(version=F("version") + 1, updated_at=timezone.now())
    plan_score_refresh(plan.pk)
    plan.refresh_from_db(fields=["version", "updated_at", "smart_score"])


@transaction.atomic
def family_create(*, by: User, family_name: str, reference: str = "", address_area: str = "") -> Family:
    permissions.require(by, permissions.FAMILY_CREATE)
    if problems := references.reference_problems(reference, by):
        raise Refused(problems)
    family = Family.objects.create(
        family_name=family_name, reference=reference, address_area=address_area, team=by.team, created_by=by
    )
    TafMember.first_lead(family, by)
    audit.record_change(family, None, family_id=family.pk, user=by)
    return family


def may_change(by: User, family: Family) -> None:
    """Refuse (PermissionDenied) unless ``by`` may change this family's record and plan."""
    permissions.require(by, permissions.PLAN_CHANGE, family)


@transaction.atomic
def person_add(*, family: Family, by: User, model: type[Person], **fields: Any) -> Person:
    """Add someone to the family's record: a member of the family (``model`` FamilyMember), of its
    support network (NetworkMember) or of the Team Around the Family (TafMember)."""
    may_change(by, family)
    if model is TafMember and fields.pop("is_lead", False):
        # Making someone the lead has checks of its own (casework.taf.taf_lead_change).
        raise Refused({"is_lead": _("Add them to the team first, then make them the lead practitioner")})
    return audit.record_save(model(family=family), fields, family_id=family.pk, user=by)


@transaction.atomic
def member_correct(
    *, member: FamilyMember, by: User, reason: str, version: int | None, **fields: Any
) -> FamilyMember:
    """Correct a family member's record from ``version``; the correction, its reason and who made
    it are audited. StaleVersionError if someone else corrected it since."""
    may_change(by, member.family)
    claim(member, version)
    before = audit.snapshot(member)
    for name, value in fields.items():
        setattr(member, name, value)
    member.save()
    correction_audit(member, before, reason, by)
    for plan in goal_children.goals_follow_rename(member, before["name"], by):
        _bump(plan)
    return member


def correction_audit(member: FamilyMember, before: dict[str, Any], reason: str, by: User) -> None:
    """A family member's record corrected: what changed, why, and who corrected it."""
    audit.record(
        AuditEvent.Action.UPDATE,
        object_type="familymember",
        object_id=member.pk,
        family_id=member.family_id,
        detail={
            "correction": reason,
            "changes": {
                k: {"before": before[k], "after": v}
                for k, v in audit.snapshot(member).items()
                if before[k] != v
            },
        },
        user=by,
    )


@transaction.atomic
def plan_start(*, family: Family, by: User, plan_type: str, started_on: dt.date) -> Plan:
    may_change(by, family)
    if problems := start_date_problems(started_on, timezone.localdate()):
        raise Refused(problems)
    if (live := family.plans.exclude(status=Plan.Status.CLOSED).first()) is not None:
        raise SecondLivePlanError(live)
    try:
        with transaction.atomic():
            plan = Plan.objects.create(
                family=family, plan_type=plan_type, started_on=started_on, created_by=by
            )
            audit.record_change(plan, None, family_id=family.pk, user=by)
            return plan
    except IntegrityError as error:
        # Two people starting a plan at the same moment: the database keeps it to one.
        if (live := family.plans.exclude(status=Plan.Status.CLOSED).first()) is None:
            raise
        raise SecondLivePlanError(live) from error


@transaction.atomic
def plan_update(*, plan: Plan, by: User, version: int, **fields: Any) -> Plan:
    """Change the plan's own text, refusing if someone else saved since ``version`` was read."""
    may_change(by, plan.family)
    require_open(plan)
    before = audit.snapshot(Plan.objects.get(pk=plan.pk))
    updated = Plan.objects.filter(pk=plan.pk, version=version, status=Plan.Status.LIVE).update(
        version=F("version") + 1, updated_at=timezone.now(), **fields
    )
    if not updated:
        current = Plan.objects.get(pk=plan.pk)
        if current.status != Plan.Status.LIVE:
            raise PlanClosedError
        raise StaleVersionError(current)
    plan_score_refresh(plan.pk)
    plan.refresh_from_db()
    audit.record_change(plan, before, family_id=plan.family_id, user=by)
    return plan


def _part_save(
    plan: Plan,
    by: User,
    record: Part | None,
    version: int | None,
    new: Callable[[], Part],
    fields: dict[str, Any],
) -> Part:
    """Add a part of an open plan (``new``), or change ``record`` from ``version``, as ``by``;
    StaleVersionError if someone saved it since. The plan's version and score move on with it."""
    may_change(by, plan.family)
    _lock_open(plan)
    if record is not None:
        claim(record, version)
    record = audit.record_save(record or new(), fields, family_id=plan.family_id, user=by)
    _bump(plan)
    return record


@transaction.atomic
def goal_save(
    *, plan: Plan, by: User, goal: Goal | None = None, version: int | None = None, **fields: Any
) -> Goal:
    """Add a goal, or change one from ``version`` (StaleVersionError if someone saved it since)."""

    def new() -> Goal:
        return Goal(plan=plan, order=plan.goals.count())

    return _part_save(plan, by, goal, version, new, fields)


def when_dates(when: str) -> dict[str, Any]:
    """The dates an action's words about when give it: when it is due, how often it happens, and
    when that is reviewed."""
    parsed = parse_when(when)
    return {
        "due_date": parsed.due_date,
        "recurrence": parsed.recurrence[:500],
        "review_date": parsed.review_date,
    }


@transaction.atomic
def action_save(
    *, goal: Goal, by: User, action: Action | None = None, version: int | None = None, **fields: Any
) -> Action:
    """Add an action, or change one from ``version`` (StaleVersionError if someone saved it since).
    Its dates are read again from what it says about when."""

    def new() -> Action:
        return Action(goal=goal, order=goal.actions.count())

    if "when" in fields:
        fields |= when_dates(fields["when"])
    return _part_save(goal.plan, by, action, version, new, fields)


@transaction.atomic
def interim_save(
    *, plan: Plan, by: User, version: int | None, issue: str, actions: str, end_date: dt.date
) -> InterimSafetyPlan:
    """Write the plan's interim safety plan from ``version`` (0: there was none when the person
    opened the form); StaleVersionError if someone else saved it since."""
    may_change(by, plan.family)
    _lock_open(plan)
    interim = claim_new(InterimSafetyPlan, version, plan=plan) or InterimSafetyPlan(plan=plan)
    fields = {"issue": issue, "actions": actions, "end_date": end_date}
    audit.record_save(interim, fields, family_id=plan.family_id, user=by)
    _bump(plan)
    return interim


@transaction.atomic
def service_gap_add(
    *, plan: Plan, by: User, kind_of_service: str, support_needed: str, risk: str
) -> ServiceGap:
    may_change(by, plan.family)
    _lock_open(plan)
    gap = ServiceGap.objects.create(
        plan=plan, kind_of_service=kind_of_service, support_needed=support_needed, risk=risk
    )
    _bump(plan)
    if tell_coordinators(gap):
        ServiceGap.objects.filter(pk=gap.pk).update(coordinator_told_on=timezone.localdate())
        gap.refresh_from_db()
    audit.record_change(gap, None, family_id=plan.family_id, user=by)
    return gap


@transaction.atomic
def service_gap_correct(
    *, gap: ServiceGap, by: User, version: int | None, kind_of_service: str, support_needed: str, risk: str
) -> None:
    """Correct what a recorded gap says, or add the risk a gap brought in from another system lacks;
    StaleVersionError if someone else corrected it since ``version``."""
    may_change(by, gap.plan.family)
    _lock_open(gap.plan)
    claim(gap, version)
    fields = {"kind_of_service": kind_of_service, "support_needed": support_needed, "risk": risk}
    audit.record_save(gap, fields, family_id=gap.plan.family_id, user=by)
    gap_told(gap)
    _bump(gap.plan)


def gap_told(gap: ServiceGap) -> None:
    """A gap the coordinators have not heard of (one brought in from another system) goes to them
    now, with its risk (seed 001)."""
    if gap.coordinator_told_on is None and tell_coordinators(gap):
        ServiceGap.objects.filter(pk=gap.pk).update(coordinator_told_on=timezone.localdate())
        gap.refresh_from_db()


@transaction.atomic
def action_progress_add(*, action: Action, by: User, text: str, status: str) -> ProgressNote | None:
    """A TAF member's update on their own action, ready for the next review."""
    permissions.require(by, permissions.ACTION_UPDATE, action)
    plan = _lock_open(action.goal.plan)
    action.refresh_from_db()
    before = audit.snapshot(action)
    note = None
    if text.strip():
        note = ProgressNote.objects.create(action=action, date=timezone.localdate(), text=text.strip(), by=by)
    if status != action.status:
        action.status, action.version = status, action.version + 1
        action.save(update_fields=["status", "version"])
    _bump(plan)
    audit.record_change(action, before, family_id=plan.family_id, user=by)
    return note
