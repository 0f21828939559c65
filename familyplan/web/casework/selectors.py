"""Reads: which families and plans a person may see (need to know), and the plan page's data.

Every page and download gets its records through here. One record is let through
by the ``family.view`` rule (accounts.permissions); lists are filtered here to the
same answer: a practitioner sees the families whose Team Around the Family they
are in; a manager sees their team's families too; a coordinator and an
administrator see all.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import Team, User
from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework.models import Action, Family, Goal, Plan, ProgressNote, TafMember


def families_for(user: User) -> QuerySet[Family]:
    if not user.is_authenticated or not user.is_active:
        return Family.objects.none()
    if user.is_administrator or user.is_coordinator:
        return Family.objects.all()
    in_taf = Q(taf__user=user)
    if user.is_manager and user.team_id is not None:
        return Family.objects.filter(in_taf | Q(team_id=user.team_id)).distinct()
    return Family.objects.filter(in_taf).distinct()


def sees_every_family(user: User) -> bool:
    return user.is_authenticated and user.is_active and (user.is_administrator or user.is_coordinator)


def plans_for(user: User) -> QuerySet[Plan]:
    if sees_every_family(user):
        return Plan.objects.all()
    return Plan.objects.filter(family__in=families_for(user))


def _team_managed_by(user: User) -> int | None:
    if user.is_authenticated and user.is_active and user.is_manager:
        return user.team_id
    return None


def plans_overseen_by(user: User) -> QuerySet[Plan]:
    """The plans whose oversight is this person's: their own team's for a manager, every plan for a
    coordinator or an administrator. A manager sitting in another team's Team Around the Family sees
    that family (plans_for) but does not count it among their team's, nor sign it off."""
    if sees_every_family(user):
        return Plan.objects.all()
    if (team_id := _team_managed_by(user)) is not None:
        return Plan.objects.filter(family__team_id=team_id)
    return Plan.objects.none()


def teams_overseen_by(user: User) -> QuerySet[Team]:
    """The teams whose plans this person oversees, as plans_overseen_by counts them: a report
    narrowed to any other team would only show them noughts."""
    if sees_every_family(user):
        return Team.objects.all()
    if (team_id := _team_managed_by(user)) is not None:
        return Team.objects.filter(pk=team_id)
    return Team.objects.none()


def _viewed(kind: str, pk: int, family_id: int) -> None:
    # Every record a person opens is on the audit trail, whichever page opened it.
    audit.record(AuditEvent.Action.VIEW, object_type=kind, object_id=pk, family_id=family_id)


def families_shown(families: Iterable[Family]) -> None:
    """A list that shows whole family records (the API's) puts each family on its trail as viewed."""
    audit.record_all(AuditEvent.Action.VIEW, [audit.Entry("family", f.pk, f.pk) for f in families])


def _seen(user: User, family: Family) -> None:
    # Anyone without a need to know gets "not found": never a hint that the family exists.
    if not permissions.can(user, permissions.FAMILY_VIEW, family):
        raise Http404


def family_get(user: User, family_id: int) -> Family:
    """The family, or 404 for anyone without a need to know (never a hint that it exists)."""
    family = get_object_or_404(Family.objects.prefetch_related("taf"), pk=family_id)
    _seen(user, family)
    _viewed("family", family.pk, family.pk)
    return family


def plan_get(user: User, plan_id: int) -> Plan:
    plan = get_object_or_404(
        Plan.objects.select_related("family").prefetch_related("family__taf"), pk=plan_id
    )
    _seen(user, plan.family)
    _viewed("plan", plan.pk, plan.family_id)
    return plan


def plan_parts(plans: QuerySet[Plan] | None = None) -> QuerySet[Plan]:
    """Plans with their goals, actions, progress, reviews and scores, and each action's status at
    each review, in a fixed number of queries."""
    # Reviews and their scores belong to the reviews app, which sits above casework: they are
    # reached through the plan's and goal's own relations, never by importing that app.
    scores = Goal._meta.get_field("scores").related_model._default_manager  # type: ignore[union-attr]
    actions = Action.objects.prefetch_related(
        Prefetch("progress", queryset=ProgressNote.objects.select_related("by").order_by("date", "id"))
    ).select_related("taf_member")
    goals = Goal.objects.prefetch_related(
        Prefetch("actions", queryset=actions),
        Prefetch("scores", queryset=scores.select_related("review").order_by("review__date")),
    )
    return (
        (Plan.objects.all() if plans is None else plans)
        .select_related("family", "closure", "closure__signed_off_by", "closure__requested_by", "interim")
        .prefetch_related(
            Prefetch("goals", queryset=goals),
            "reviews",  # in date order (the review's own ordering)
            "reviews__actions_reviewed",
            "service_gaps",
            "supervision__by",
            "family__members",
            "family__network",
            "family__taf",
        )
    )


def plan_with_parts(user: User, plan_id: int) -> Plan:
    plan = get_object_or_404(plan_parts(), pk=plan_id)
    _seen(user, plan.family)
    _viewed("plan", plan.pk, plan.family_id)
    return plan


def live_plan(family: Family) -> Plan | None:
    return family.plans.exclude(status=Plan.Status.CLOSED).first()


def closures_waiting_for(user: User) -> QuerySet[Plan]:
    """The closures this person may sign off now: on plans they oversee, not asked for by them and
    not on a plan they lead (those wait for someone else)."""
    leads = TafMember.objects.filter(family=OuterRef("family"), user=user, is_lead=True)
    return (
        plans_overseen_by(user)
        .filter(status=Plan.Status.AWAITING_SIGN_OFF)
        .exclude(closure__requested_by=user)
        .exclude(Exists(leads))
        .select_related("family", "closure")
    )
