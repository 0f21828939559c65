"""A review's own page holds everything recorded at it, as it was recorded, so that an inspector can
read a review without the plan: goal by goal the scaling and each action's progress and status
change, the child's views, whether the child was told the outcome, and who took part."""

from __future__ import annotations

import html
import re

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Action, Goal, Plan
from familyplan.web.reviews.models import ActionReviewed, Review
from tests.people import signed_in
from tests.web.test_reviews_that_mean_something import a_goal_with_an_action, a_whole_review


def page_of(review: Review, user: User) -> str:
    response = signed_in(user).get(f"/plans/{review.plan_id}/reviews/{review.pk}/")
    assert response.status_code == 200
    # As read: the words of a row (its name, then its value) one after the other.
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def a_second_action(goal: Goal, by: User) -> Action:
    return services.action_save(
        by=by, goal=goal, how="Mrs March will book Mum onto the parenting course.", who="Mum", when="ongoing"
    )


def reviewed(
    plan: Plan, lead: User, achieved: bool = False, **changes: object
) -> tuple[Review, Goal, Action, Action]:
    goal, walking = a_goal_with_an_action(plan)
    course = a_second_action(goal, lead)
    services.action_progress_add(action=walking, by=lead, text="Late twice this week.", status="in_progress")
    walking.refresh_from_db()
    form = a_whole_review(goal, walking) | {
        f"status_{walking.pk}": "done",
        f"progress_{course.pk}": "Mum is on the waiting list.",
        f"status_{course.pk}": "not_started",
        f"version_{course.pk}": course.version,
        "child_views_gathered_before": "on",
        **({f"achieved_{goal.pk}": "on", f"goal_version_{goal.pk}": goal.version} if achieved else {}),
        **changes,
    }
    response = signed_in(lead).post(f"/plans/{plan.pk}/reviews/new/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Review.objects.get(plan=plan), goal, walking, course


def test_a_review_shows_each_actions_progress_and_status_change_under_its_goal(
    lead: User, plan: Plan
) -> None:
    review, goal, _walking, course = reviewed(plan, lead, child_told_outcome="on")
    # The plan moves on after the review: the review must still say what it recorded then.
    services.action_progress_add(action=course, by=lead, text="Mum started the course.", status="in_progress")

    page = page_of(review, lead)

    section = page[page.index("Goals and actions at this review") :]
    assert goal.outcome in section
    assert "Family: 6" in section
    assert "Practitioners: 5" in section
    walking_row = section[section.index("Mum will walk Ben to school every day.") :]
    assert f"{timezone.localdate():%-d %B %Y}, Lead Tester: Late twice this week." in walking_row
    assert "Walked every day but one." in walking_row
    assert "Changed from In progress to Done" in walking_row
    course_row = section[section.index("Mrs March will book Mum onto the parenting course.") :]
    assert "Mum is on the waiting list." in course_row
    assert "Not started (not changed)" in course_row
    assert "Mum started the course." not in page


def test_a_review_says_whether_the_child_was_told_the_outcome_and_how_their_views_were_gathered(
    lead: User, plan: Plan
) -> None:
    review, *_ = reviewed(plan, lead)

    page = page_of(review, lead)

    assert "Child told the outcome No: not recorded as told" in page
    assert "Child's views gathered before the review Yes: the child could not attend" in page
    assert "The child's views I like walking to school with Mum." in page
    assert "Who took part Mrs March (Head of Year 6)" in page
    assert "Recorded by Lead Tester" in page


def test_a_review_where_the_child_was_told_says_so(lead: User, plan: Plan) -> None:
    review, *_ = reviewed(plan, lead, child_told_outcome="on")

    assert "Child told the outcome Yes" in page_of(review, lead)


def test_a_goal_achieved_at_a_review_is_shown_achieved_there(lead: User, plan: Plan) -> None:
    review, goal, *_ = reviewed(plan, lead, achieved=True)

    page = page_of(review, lead)

    goal.refresh_from_db()
    assert goal.status == "achieved"
    assert "Achieved at this review" in page[page.index(goal.outcome) :]


BEFORE_STATUSES = "This review was recorded before the statuses of actions were kept"


def test_a_review_recorded_before_statuses_were_kept_says_so_once_and_keeps_its_progress(
    lead: User, plan: Plan
) -> None:
    review, _goal, _walking, _course = reviewed(plan, lead)
    # As a review recorded before reviews kept each action's status is stored.
    ActionReviewed.objects.filter(review=review).delete()

    page = page_of(review, lead)

    section = page[page.index("Goals and actions at this review") :]
    assert page.count(BEFORE_STATUSES) == 1
    assert section.index(BEFORE_STATUSES) < section.index("Progress on the actions for this goal")
    assert "Not recorded" not in section
    assert "Status" not in section  # no column of statuses the review did not keep
    assert "Walked every day but one." in section
    assert "Mum is on the waiting list." in section


def test_a_review_that_kept_its_statuses_does_not_say_they_were_not_kept(lead: User, plan: Plan) -> None:
    review, *_ = reviewed(plan, lead)

    page = page_of(review, lead)

    assert BEFORE_STATUSES not in page
    assert "Changed from In progress to Done" in page
