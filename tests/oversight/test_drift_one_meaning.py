"""Drift has one meaning: the dashboard's database query and the plan's own rule agree on every case."""

from __future__ import annotations

import datetime as dt
import itertools

from familyplan.plan.reviews import ReviewProgress, is_drifting
from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Action, Goal, Plan, ProgressNote
from familyplan.web.reviews.models import Review, ScalingScore
from familyplan.web.reviews.selectors import DRIFT, with_drift

TODAY = dt.date(2026, 6, 1)
SCORES = [(), ((4, 4),), ((4, 5), (4, 5)), ((3, None), (6, 6)), ((6, 6), (5, None)), ((5, 5), (None, None))]


def a_reviewed_plan(
    lead: User, scores: tuple[tuple[int | None, int | None], ...], done: int, notes: bool
) -> Plan:
    family = services.family_create(by=lead, family_name="Case")
    plan = Plan.objects.create(family=family, started_on=TODAY - dt.timedelta(weeks=30), created_by=lead)
    goal = Goal.objects.create(plan=plan, outcome="Ben will be in school.")
    for i in range(2):
        Action.objects.create(goal=goal, how=f"Step {i}", status="done" if i < done else "in_progress")
    for weeks, (family_score, practitioner_score) in zip(range(len(scores), 0, -1), scores, strict=True):
        review = Review.objects.create(
            plan=plan, date=TODAY - dt.timedelta(weeks=6 * weeks), next_review_date=TODAY, recorded_by=lead
        )
        ScalingScore.objects.create(
            review=review, goal=goal, family_score=family_score, practitioner_score=practitioner_score
        )
        if notes:
            ProgressNote.objects.create(
                action=goal.actions.first(), review=review, date=review.date, text="x"
            )
    return plan


def the_plans_own_rule(plan: Plan) -> bool:
    """The plan's own rule over every goal's scores at every review, with the plan's actions done."""
    done = Action.objects.filter(goal__plan=plan, status="done").count()
    history = [
        ReviewProgress(
            reviewed_on=review.date,
            family_score=score.family_score,
            practitioner_score=score.practitioner_score,
            actions_done=done,
            progress_notes=ProgressNote.objects.filter(review=review).count(),
            goal=str(score.goal_id),
        )
        for review in plan.reviews.all()
        for score in review.scores.all()
    ]
    return is_drifting(history)


def test_the_dashboard_query_and_the_plans_rule_agree_on_drift(lead: User) -> None:
    cases = list(itertools.product(SCORES, (0, 1, 2), (False, True)))
    plans = {
        a_reviewed_plan(lead, scores, done, notes).pk: (scores, done, notes) for scores, done, notes in cases
    }

    by_query = set(with_drift(Plan.objects.filter(pk__in=plans)).filter(DRIFT).values_list("pk", flat=True))
    by_rule = {pk for pk in plans if the_plans_own_rule(Plan.objects.get(pk=pk))}

    disagreements = {plans[pk] for pk in by_query ^ by_rule}
    assert disagreements == set()
    assert 0 < len(by_rule) < len(cases)


def a_plan_with_a_goal_added(lead: User, first: tuple[int, int], added: int) -> Plan:
    """One goal scored at two reviews (``first``), and a second goal added and first scored at the
    later one (``added``); every action has been done and progress recorded."""
    plan = a_reviewed_plan(lead, ((first[0], first[0]), (first[1], first[1])), done=2, notes=True)
    later = plan.reviews.order_by("-date").first()
    new_goal = Goal.objects.create(plan=plan, outcome="Mum sleeps through.")
    ScalingScore.objects.create(review=later, goal=new_goal, family_score=added, practitioner_score=added)
    return plan


def test_a_goal_added_since_the_last_review_does_not_make_or_hide_drift(lead: User) -> None:
    rising_with_a_low_new_goal = a_plan_with_a_goal_added(lead, (6, 7), added=3)
    flat_with_a_high_new_goal = a_plan_with_a_goal_added(lead, (6, 6), added=9)
    plans = Plan.objects.filter(pk__in=[rising_with_a_low_new_goal.pk, flat_with_a_high_new_goal.pk])

    by_query = set(with_drift(plans).filter(DRIFT).values_list("pk", flat=True))

    assert by_query == {flat_with_a_high_new_goal.pk}
    assert not the_plans_own_rule(rising_with_a_low_new_goal)
    assert the_plans_own_rule(flat_with_a_high_new_goal)
