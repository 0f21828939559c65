"""Closing a plan as seed 003 asks: the reason and its follow-on questions, the agreement of
the family and the Team Around the Family, and a manager's sign-off or return to the lead."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from familyplan.plan.models import ClosureReason
from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework.models import OPEN_ACTION_STATUSES, Action, Closure, ClosureReturn, Goal, Plan
from familyplan.web.casework.notices import tell_coordinators_of_closure
from familyplan.web.casework.services import (
    PlanRuleError,
    Refused,
    StaleVersionError,
    _lock_open,
    plan_score_refresh,
)

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class ClosureRefused(Refused):
    """The closure misses what the guidance asks for: ``problems`` maps each part to what to do."""


def open_goals_chosen(plan: Plan, chosen: Sequence[int | str]) -> list[Goal]:
    """The plan's open goals among those chosen (by id); anything else chosen is left out."""
    ids = {int(pk) for pk in chosen if str(pk).isdigit()}
    return list(plan.goals.filter(status="open", pk__in=ids))


def closure_problems(
    *,
    plan: Plan,
    reason: str,
    family_agreed: bool,
    taf_agreed: bool,
    no_goal_achieved_reason: str = "",
    goals_achieved: Sequence[int | str] = (),
) -> dict[str, StrOrPromise]:
    """What the closure still needs, by the question it concerns; empty when it can be sent."""
    problems: dict[str, StrOrPromise] = {}
    # A family who withdrew consent are not asked to agree: the plan closes because they said no.
    # Every other reason needs their agreement, so a form with no reason yet is told so too, with
    # the one exception, and every problem shows at once.
    if not reason and not family_agreed:
        problems["family_agreed"] = _(
            "The family must agree before the plan is closed, unless they withdrew their consent"
        )
    elif reason != ClosureReason.CONSENT_WITHDRAWN.value and not family_agreed:
        problems["family_agreed"] = _("The family must agree before the plan is closed")
    if not taf_agreed:
        problems["taf_agreed"] = _("The Team Around the Family must agree before the plan is closed")
    if len(open_goals_chosen(plan, goals_achieved)) != len(set(map(str, goals_achieved))):
        problems["goals_achieved"] = _("Choose from the goals of this plan that are still open")
    achieved = plan.goals.filter(status="achieved").exists() or bool(goals_achieved)
    if (
        reason == ClosureReason.OUTCOMES_ACHIEVED.value
        and not achieved
        and not no_goal_achieved_reason.strip()
    ):
        problems["no_goal_achieved_reason"] = _(
            "No goal has been marked achieved: choose the goals that have been achieved, "
            "or say why the outcomes have been achieved"
        )
    return problems


@transaction.atomic
def closure_request(
    *,
    plan: Plan,
    by: User,
    reason: str,
    summary: str,
    ongoing_actions: str,
    family_agreed: bool = False,
    taf_agreed: bool = False,
    no_goal_achieved_reason: str = "",
    goals_achieved: Sequence[int | str] = (),
) -> Closure:
    """The lead asks to close the plan, saying which of its open goals were achieved; it becomes
    read-only until a manager signs it off, and those goals are marked achieved then."""
    permissions.require(by, permissions.PLAN_CHANGE, plan.family)
    _lock_open(plan)
    problems = closure_problems(
        plan=plan,
        reason=reason,
        family_agreed=family_agreed,
        taf_agreed=taf_agreed,
        no_goal_achieved_reason=no_goal_achieved_reason,
        goals_achieved=goals_achieved,
    )
    if problems:
        raise ClosureRefused(problems)
    closure = Closure.objects.create(
        plan=plan,
        reason=reason,
        summary=summary,
        ongoing_actions=ongoing_actions,
        family_agreed=family_agreed,
        taf_agreed=taf_agreed,
        no_goal_achieved_reason=no_goal_achieved_reason.strip(),
        requested_by=by,
    )
    closure.goals_achieved.set(open_goals_chosen(plan, goals_achieved))
    ClosureReturn.objects.filter(plan=plan, answered_at__isnull=True).update(answered_at=timezone.now())
    Plan.objects.filter(pk=plan.pk).update(status=Plan.Status.AWAITING_SIGN_OFF, version=F("version") + 1)
    plan_score_refresh(plan.pk)  # a plan closing is judged as one: no "fix these first" for open work
    plan.refresh_from_db()
    audit.record_change(closure, None, family_id=plan.family_id, user=by)
    _closure_waits_for_a_coordinator(plan, by)
    return closure


def _waiting(plan: Plan, by: User, version: int | None) -> Plan:
    """The plan, locked, if it waits for sign-off by ``by`` and (when given) is still at ``version``."""
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    if plan.status != Plan.Status.AWAITING_SIGN_OFF:
        raise PlanRuleError(_("This plan is not waiting for sign-off."))
    if version is not None and plan.version != version:
        raise StaleVersionError(plan)
    if (refused := why_not_sign_off(by, plan)) is not None:
        raise PlanRuleError(refused)
    return plan


def why_not_sign_off(user: User, plan: Plan) -> StrOrPromise | None:
    """Why ``user`` cannot sign off (or return) this plan's closure, or None if they can: told
    before they write a comment and press a button, not after."""
    oversees = permissions.can(user, permissions.CLOSURE_SIGN_OFF, plan)
    if not permissions.can(user, permissions.CLOSURE_SECOND_PERSON, plan):
        # First: a lead or the person who asked, manager or not, is told who signs off instead.
        return someone_else_signs_off(user, plan)
    if not oversees:
        return _("Only the family's team manager or an early help coordinator can sign off this closure.")
    return None


def someone_else_signs_off(user: User, plan: Plan) -> StrOrPromise:
    """Why ``user`` may not sign off this closure, and who may: the closure needs a second person."""
    overseer = user.role in (User.Role.MANAGER, User.Role.COORDINATOR)
    if permissions.leads_the_plan(user, plan):
        if not overseer:
            return _(
                "You lead this plan. Its closure is signed off by a manager of the family's team"
                " or an early help coordinator."
            )
        return _(
            "You lead this plan, so someone else must sign off its closure: another manager of the"
            " family's team or an early help coordinator."
        )
    if not overseer:
        return _(
            "You asked to close this plan. Its closure is signed off by a manager of the family's"
            " team or an early help coordinator."
        )
    return _(
        "You asked to close this plan, so someone else must sign off its closure: another manager of"
        " the family's team or an early help coordinator."
    )


def may_sign_off(plan: Plan) -> list[User]:
    """Everyone with an account who can sign off this plan's closure now: a coordinator or a
    manager of the family's team, who is not its lead nor the person who asked to close it."""
    overseers = User.objects.filter(is_active=True).filter(
        Q(role=User.Role.COORDINATOR)
        | Q(role=User.Role.MANAGER, team__isnull=False, team_id=plan.family.team_id)
    )
    return [
        u
        for u in overseers
        if permissions.can(u, permissions.CLOSURE_SIGN_OFF, plan)
        and permissions.can(u, permissions.CLOSURE_SECOND_PERSON, plan)
    ]


_SIGNER_ROLES: dict[str, StrOrPromise] = {
    User.Role.MANAGER: _("team manager"),
    User.Role.COORDINATOR: _("early help coordinator"),
}


def who_signs_off(plan: Plan) -> str:
    """The people who can sign off this closure, by name, so the one who cannot knows whom to ask."""
    able = sorted(may_sign_off(plan), key=lambda u: (u.role != User.Role.MANAGER, u.display_name))
    if not able:
        return str(_("No one with an account can sign it off yet: ask your administrator."))
    named = "; ".join(
        f"{u.display_name}, {_SIGNER_ROLES.get(u.role, u.get_role_display())}" for u in able[:5]
    )
    if len(able) > 5:
        named += str(_(" and %(count)d more") % {"count": len(able) - 5})
    return str(_("Who can sign it off: %(people)s.") % {"people": named})


def _closure_waits_for_a_coordinator(plan: Plan, by: User) -> None:
    # No manager of the family's team can sign it off (the only one leads the plan or asked to
    # close it, or the team has none): the coordinators are told rather than leaving it unseen.
    able = may_sign_off(plan)
    if not able or any(u.role == User.Role.MANAGER for u in able):
        return
    team_has_a_manager = User.objects.filter(
        is_active=True, role=User.Role.MANAGER, team__isnull=False, team_id=plan.family.team_id
    ).exists()
    emails = [u.email for u in able if u.email]
    told = tell_coordinators_of_closure(plan, emails, team_has_a_manager=team_has_a_manager)
    audit.record(
        AuditEvent.Action.UPDATE,
        object_type="closure",
        object_id=plan.pk,
        family_id=plan.family_id,
        detail={
            "coordinators_told": len(emails) if told else 0,
            "why": "no manager of the team can sign it off",
        },
        user=by,
    )


@transaction.atomic
def closure_sign_off(*, plan: Plan, by: User, comment: str = "", version: int | None = None) -> Closure:
    """A manager, who is not the person who asked to close it nor the lead, signs the closure off
    (from ``version`` of the plan, when another system sends it)."""
    plan = _waiting(plan, by, version)
    closure = plan.closure
    before = audit.snapshot(Closure.objects.get(pk=closure.pk))
    closure.signed_off_by = by
    closure.signed_off_at = timezone.now()
    closure.sign_off_comment = comment.strip()
    closure.save(update_fields=["signed_off_by", "signed_off_at", "sign_off_comment"])
    _goals_achieved_on(closure, timezone.localdate(closure.signed_off_at), by)
    Plan.objects.filter(pk=plan.pk).update(status=Plan.Status.CLOSED, version=F("version") + 1)
    plan_score_refresh(plan.pk)
    audit.record_change(closure, before, family_id=plan.family_id, user=by)
    return closure


def open_actions(plan: Plan) -> list[Action]:
    """The actions of a closing plan nobody marked done or stopped: the lead settles them, or says
    who carries them on, before the plan closes; the family's final copy says they were not done."""
    return list(
        Action.objects.filter(goal__plan=plan, status__in=OPEN_ACTION_STATUSES)
        .exclude(goal__status="stopped")
        .select_related("goal")
        .order_by("goal__order", "goal__pk", "order", "pk")
    )


def _goals_achieved_on(closure: Closure, day: dt.date, by: User) -> None:
    """The goals the lead said were achieved are achieved on the day the plan closes: the outcomes
    reports and the family's final copy count them."""
    for goal in closure.goals_achieved.filter(status="open"):
        before = audit.snapshot(goal)
        goal.status, goal.achieved_on, goal.version = "achieved", day, goal.version + 1
        goal.save(update_fields=["status", "achieved_on", "version"])
        audit.record_change(goal, before, family_id=closure.plan.family_id, user=by)


@transaction.atomic
def closure_return(*, plan: Plan, by: User, comment: str, version: int | None = None) -> ClosureReturn:
    """The manager sends the closure back to the lead with what to do: the plan is live again."""
    plan = _waiting(plan, by, version)
    if not comment.strip():
        raise ClosureRefused({"comment": _("Say what the lead practitioner needs to do before it can close")})
    closure = plan.closure
    returned = ClosureReturn.objects.create(
        plan=plan,
        reason=closure.reason,
        summary=closure.summary,
        ongoing_actions=closure.ongoing_actions,
        no_goal_achieved_reason=closure.no_goal_achieved_reason,
        requested_by=closure.requested_by,
        comment=comment.strip(),
        returned_by=by,
    )
    audit.record_deletion(closure, family_id=plan.family_id, user=by)
    closure.delete()
    Plan.objects.filter(pk=plan.pk).update(status=Plan.Status.LIVE, version=F("version") + 1)
    plan_score_refresh(plan.pk)
    audit.record_change(returned, None, family_id=plan.family_id, user=by)
    return returned
