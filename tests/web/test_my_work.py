"""A lead practitioner's own work tray: what needs them, across their families."""

from __future__ import annotations

import datetime as dt
import html

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Action, Goal, Plan
from familyplan.web.reviews.models import Review, ScalingScore
from familyplan.web.reviews.services import plan_drift_refresh, views_link_create, views_submit
from tests.people import make_user, signed_in

TODAY = timezone.localdate()


def text(response) -> str:
    return html.unescape(response.content.decode())


def test_my_work_shows_overdue_reviews_drift_views_and_my_actions(lead: User, plan: Plan) -> None:
    Plan.objects.filter(pk=plan.pk).update(next_review_date=TODAY - dt.timedelta(days=3))
    goal = Goal.objects.create(plan=plan, outcome="Ben will be in school.")
    Action.objects.create(goal=goal, how="Walk Ben to school.", who="Mum", when="Every day", status="done")
    mine = services.action_save(
        by=lead,
        goal=goal,
        how="Sarah will meet Ben every Monday.",
        who="Lead Tester (Family Support Worker)",
        when="Every Monday (review 14/04/2027)",
    )
    Action.objects.filter(pk=mine.pk).update(taf_member=plan.family.taf.get(user=lead))
    for weeks in (8, 2):
        review = Review.objects.create(
            plan=plan, date=TODAY - dt.timedelta(weeks=weeks), next_review_date=TODAY, recorded_by=lead
        )
        ScalingScore.objects.create(review=review, goal=goal, family_score=4, practitioner_score=4)
    plan_drift_refresh(plan_id=plan.pk)
    _, token = views_link_create(plan=plan, by=lead, for_name="Susan")
    views_submit(token=token, going_well="Mornings.", worried_about="", would_like="")

    page = text(signed_in(lead).get("/my-work/"))

    assert "Smith family" in page
    assert "Overdue" in page
    assert '<strong class="govuk-tag govuk-tag--red">Drift</strong>' in page
    assert "from Susan" in page
    assert "Sarah will meet Ben every Monday." in page


def test_someone_elses_families_are_not_in_my_work(lead: User, plan: Plan) -> None:
    other = make_user("other", team=lead.team)

    page = text(signed_in(other).get("/my-work/"))

    assert "Smith family" not in page
    assert "You are not in any family's Team Around the Family yet." in page
