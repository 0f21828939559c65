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


def test_a_plan_never_reviewed_shows_its_review_overdue_by_the_cycle(lead: User, family) -> None:
    """Started on 1 June 2025 and never reviewed: due by 27 July 2025 (eight weeks), as the checker
    and the dashboard say, on My work and on the plan's page."""
    started = TODAY - dt.timedelta(weeks=20)
    plan = services.plan_start(family=family, by=lead, plan_type="early_help", started_on=started)
    due = f"{started + dt.timedelta(weeks=8):%-d %B %Y}"

    work = text(signed_in(lead).get("/my-work/"))
    plan_page = text(signed_in(lead).get(f"/plans/{plan.pk}/"))

    assert "No reviews due in the next two weeks." not in work
    assert f"Overdue</strong> since {due}, with no review yet" in work
    assert "No review date set yet." not in plan_page
    assert "Review overdue" in plan_page
    assert f"its first review was due by {due}" in plan_page


def test_a_plan_never_reviewed_shows_its_first_review_coming_up(lead: User, family) -> None:
    started = TODAY - dt.timedelta(weeks=7)
    plan = services.plan_start(family=family, by=lead, plan_type="early_help", started_on=started)
    due = f"{started + dt.timedelta(weeks=8):%-d %B %Y}"

    work = text(signed_in(lead).get("/my-work/"))
    plan_page = text(signed_in(lead).get(f"/plans/{plan.pk}/"))

    assert f'Smith family<span class="govuk-visually-hidden"> – their plan</span></a>: due {due}' in work
    assert f"First review due by {due}." in plan_page


def test_my_own_overdue_action_is_marked_overdue_and_comes_first(lead: User, plan: Plan) -> None:
    goal = Goal.objects.create(plan=plan, outcome="Ben will be in school.")
    me = plan.family.taf.get(user=lead)
    later = services.action_save(
        by=lead, goal=goal, how="Sarah will ring the school nurse.", who="Sarah", when="Later on"
    )
    late = services.action_save(
        by=lead,
        goal=goal,
        how="Sarah will book the housing appointment.",
        who="Sarah",
        when=f"By {TODAY - dt.timedelta(days=20):%d/%m/%Y}",
    )
    Action.objects.filter(pk__in=[later.pk, late.pk]).update(taf_member=me)
    services.overdue_dates_refresh([plan.pk])

    page = text(signed_in(lead).get("/my-work/"))
    mine = page[
        page.index("Actions given to me") : page.index("Overdue actions given to others in the plans I lead")
    ]

    assert mine.index("book the housing appointment") < mine.index("ring the school nurse")
    assert f"Overdue</strong> since {TODAY - dt.timedelta(days=20):%-d %B %Y}" in mine
    assert mine.count("Overdue</strong>") == 1
