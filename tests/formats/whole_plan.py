"""A plan with every field of the plan format filled, for the round-trip tests."""

from __future__ import annotations

import datetime as dt

from familyplan.plan import models as m


def a_plan_with_every_field() -> m.Plan:
    day = dt.date
    return m.Plan(
        family_name="Nowak",
        family_reference="EH-2026-0042",
        family_area="North ward",
        family_language="cy",
        plan_type=m.PlanType.MY_PLAN,
        started_on=day(2026, 1, 5),
        family_members=[
            m.FamilyMember(
                name="Anna Nowak",
                relationship="Mum",
                date_of_birth=day(1990, 4, 2),
                views="I want mornings to be calmer.",
            ),
            m.FamilyMember(
                name="Piotr Nowak",
                relationship="Dad",
                involved_in_plan=False,
                reason_not_involved="Lives abroad; kept informed by phone.",
            ),
            m.FamilyMember(
                name="Ben Nowak",
                relationship="son",
                date_of_birth=day(2015, 9, 1),
                is_child=True,
                views="Football",
            ),
        ],
        support_network=[
            m.NetworkMember(
                name="Gran", relationship="Grandmother", how_they_help="School runs", contact="07700 900123"
            )
        ],
        practitioners=[
            m.Practitioner(
                name="Sam Lead",
                role="Family Support Worker",
                agency="Council",
                contact="0161 000",
                is_lead=True,
            ),
            m.Practitioner(
                name="Mrs March", role="Head of Year 6", agency="Hill School", contact="march@hill"
            ),
        ],
        reason="Ben is missing school.\nMum is struggling in the mornings.",
        worries=["Ben misses school", "=SUM(A1) is not a formula"],
        strengths=["Gran helps", "Ben likes football"],
        needs=["School attendance", "Calmer mornings"],
        aspirations="Ben goes to school happy.",
        identity_and_diversity="The family speak Polish at home.",
        goals=[
            m.Goal(
                outcome="Ben will be in school for 95% of sessions by July.",
                supporting_families_outcome=m.SupportingFamiliesOutcome.EDUCATION,
                for_children=["Ben Nowak"],
                measure_of_success="The school's attendance record.",
                term="short",
                need="School attendance",
                status=m.GoalStatus.ACHIEVED,
                achieved_on=day(2026, 2, 10),
                actions=[
                    m.Action(
                        how="Mum will walk Ben to school at 8.30am.",
                        who="Anna Nowak (Mum)",
                        when="03/02/2026",
                        owners=[m.Responsible(name="Anna Nowak", role="Mum", kind=m.PersonKind.FAMILY)],
                        due_date=day(2026, 2, 3),
                        recurrence="every school day",
                        review_date=day(2026, 3, 1),
                        status=m.ActionStatus.DONE,
                        progress=[
                            m.ProgressNote(date=day(2026, 1, 20), text="Walked every day.", by="Sam Lead"),
                            m.ProgressNote(
                                date=day(2026, 2, 10), text="Done.", by="Anna Nowak", review_index=0
                            ),
                        ],
                        at_reviews=[
                            m.ActionAtReview(
                                review_index=0,
                                status_before=m.ActionStatus.IN_PROGRESS,
                                status=m.ActionStatus.DONE,
                            )
                        ],
                    ),
                    m.Action(
                        how="Mrs March will meet Ben every Monday at 9am.",
                        who="Mrs March (Head of Year 6)",
                        when="Every Monday",
                        status=m.ActionStatus.IN_PROGRESS,
                        at_reviews=[
                            m.ActionAtReview(
                                review_index=0,
                                status_before=m.ActionStatus.NOT_STARTED,
                                status=m.ActionStatus.IN_PROGRESS,
                            )
                        ],
                    ),
                ],
            ),
            m.Goal(
                outcome="Mum will feel calmer in the mornings by April.",
                supporting_families_outcome=m.SupportingFamiliesOutcome.HEALTH,
                measure_of_success="Mum's own score out of 10.",
                term="medium",
                need="Calmer mornings",
                status=m.GoalStatus.STOPPED,
                actions=[
                    m.Action(
                        how="Gran will stay on Sunday nights.",
                        who="Gran",
                        when="31/03/2026",
                        status=m.ActionStatus.STOPPED,
                    )
                ],
            ),
        ],
        contingency="If Mum cannot take Ben, Gran takes him.\nIf Gran cannot, Mrs March phones home at 9.15.",
        interim_safety_plan=m.InterimSafetyPlan(
            issue="Mornings", actions="Gran stays over", end_date=day(2026, 2, 1)
        ),
        service_gaps=[
            m.ServiceGap(
                kind_of_service="Parenting",
                support_needed="A Polish-speaking parenting course",
                risk="Mornings stay hard",
                coordinator_told_on=day(2026, 1, 15),
            )
        ],
        family_views="Mum wants help with mornings.",
        next_steps="Meet the school on Monday.",
        reviews=[
            m.Review(
                date=day(2026, 2, 10),
                kind="collated",
                attendees=["Anna Nowak", "Mrs March"],
                apologies=["Gran"],
                scaling=[
                    m.ScalingScore(goal_index=0, family=6, practitioners=5),
                    m.ScalingScore(goal_index=1, no_score_reason="Mum was too unwell to score."),
                ],
                contingency_reviewed=True,
                contingency_note="Still right.",
                child_views="Ben likes the exit card.",
                child_views_gathered_before=True,
                child_told_outcome=True,
                child_views_missing_reason="Ben was on a school trip.",
                notes="Going well.",
                next_review_date=day(2026, 3, 24),
                next_review_reason="The school holidays.",
            )
        ],
        next_review_date=day(2026, 3, 24),
        supervision=[m.SupervisionNote(date=day(2026, 2, 12), by="Morgan Manager", text="Plan on track.")],
        closure=m.Closure(
            reason=m.ClosureReason.OUTCOMES_ACHIEVED,
            date=day(2026, 4, 1),
            summary="Ben is in school.",
            ongoing_actions="School keeps the exit card.",
            family_agreed=True,
            taf_agreed=True,
            no_goal_achieved_reason="Ben's attendance held at 96% for a term.",
            signed_off_by="Morgan Manager",
            sign_off_comment="Agreed: a good close, with school keeping an eye.",
            signed_off_on=day(2026, 4, 3),
        ),
    )


def unfilled_fields(plan: m.Plan) -> list[str]:
    """Fields of the plan format filled nowhere in the plan (the round trips would not test them)."""
    seen: set[str] = set()
    filled: set[str] = set()

    def walk(model: m.BaseModel, where: str) -> None:
        for name, info in type(model).model_fields.items():
            value, path = getattr(model, name), f"{where}.{name}"
            seen.add(path)
            if value != info.get_default(call_default_factory=True) or name == "schema_version":
                filled.add(path)
            items = value if isinstance(value, list) else [value]
            for item in items:
                if isinstance(item, m.BaseModel):
                    walk(item, path)

    walk(plan, "plan")
    return sorted(seen - filled)
