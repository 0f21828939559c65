"""A stored plan as the interchange model, for the checker, the family's copy and exports."""

from __future__ import annotations

from familyplan.plan import models as m
from familyplan.web.casework.models import Plan as StoredPlan


def _lines(text: str) -> list[str]:
    return StoredPlan.lines(text)


def to_model(plan: StoredPlan) -> m.Plan:
    """The plan as data. Expects the plan from selectors.plan_with_parts (no extra queries)."""
    family = plan.family
    reviews = list(plan.reviews.all())
    goals = list(plan.goals.all())
    goal_index = {goal.pk: i for i, goal in enumerate(goals)}
    closure = getattr(plan, "closure", None)
    interim = getattr(plan, "interim", None)
    return m.Plan(
        family_name=family.family_name,
        plan_type=m.PlanType(plan.plan_type),
        started_on=plan.started_on,
        family_members=[
            m.FamilyMember(
                name=member.name,
                relationship=member.relationship,
                date_of_birth=member.date_of_birth,
                is_child=member.is_child,
                involved_in_plan=member.involved_in_plan,
                reason_not_involved=member.reason_not_involved,
                views=member.views,
            )
            for member in family.members.all()
        ],
        support_network=[
            m.NetworkMember(name=n.name, relationship=n.relationship, how_they_help=n.how_they_help)
            for n in family.network.all()
        ],
        practitioners=[
            m.Practitioner(name=t.name, role=t.role, agency=t.agency, contact=t.contact, is_lead=t.is_lead)
            for t in family.taf.all()
        ],
        reason=plan.reason,
        worries=_lines(plan.worries),
        strengths=_lines(plan.strengths),
        needs=_lines(plan.needs),
        aspirations=plan.aspirations,
        identity_and_diversity=plan.identity_and_diversity,
        goals=[
            m.Goal(
                outcome=goal.outcome,
                supporting_families_outcome=m.SupportingFamiliesOutcome(goal.supporting_families_outcome)
                if goal.supporting_families_outcome
                else None,
                measure_of_success=goal.measure_of_success,
                need=goal.need,
                term=goal.term,
                status=m.GoalStatus(goal.status),
                actions=[
                    m.Action(
                        how=action.how,
                        who=action.who,
                        when=action.when,
                        due_date=action.due_date,
                        recurrence=action.recurrence,
                        review_date=action.review_date,
                        status=m.ActionStatus(action.status),
                        progress=[m.ProgressNote(date=n.date, text=n.text) for n in action.progress.all()],
                    )
                    for action in goal.actions.all()
                ],
            )
            for goal in goals
        ],
        contingency=plan.contingency,
        interim_safety_plan=m.InterimSafetyPlan(
            issue=interim.issue, actions=interim.actions, end_date=interim.end_date
        )
        if interim
        else None,
        service_gaps=[
            m.ServiceGap(
                support_needed=g.support_needed, risk=g.risk, coordinator_told_on=g.coordinator_told_on
            )
            for g in plan.service_gaps.all()
        ],
        family_views=plan.family_views,
        next_steps=plan.next_steps,
        reviews=[
            m.Review(
                date=r.date,
                kind=r.kind,
                attendees=_lines(r.attendees),
                apologies=_lines(r.apologies),
                contingency_reviewed=r.contingency_reviewed,
                notes=r.notes,
                next_review_date=r.next_review_date,
                scaling=[
                    m.ScalingScore(
                        goal_index=goal_index[s.goal_id],
                        family=s.family_score,
                        practitioners=s.practitioner_score,
                    )
                    for goal in goals
                    for s in goal.scores.all()
                    if s.review_id == r.pk
                ],
            )
            for r in reviews
        ],
        next_review_date=plan.next_review_date,
        closure=m.Closure(
            reason=m.ClosureReason(closure.reason),
            date=closure.requested_at.date(),
            summary=closure.summary,
            ongoing_actions=closure.ongoing_actions,
            family_agreed=closure.family_agreed,
            taf_agreed=closure.taf_agreed,
            signed_off_by=closure.signed_off_by.display_name if closure.signed_off_by else "",
        )
        if closure
        else None,
    )
