"""What the review form asks, and refuses, once a plan has been worked on: a second review on the
same day, actions that have stopped or are done, and updates TAF members sent in since the last review."""

from __future__ import annotations

import html

from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Plan
from familyplan.web.reviews.models import Review
from tests.people import signed_in
from tests.web.test_reviews_that_mean_something import a_goal_with_an_action, a_whole_review


def text(response) -> str:
    return html.unescape(response.content.decode())


def test_a_review_sent_again_for_the_same_day_is_refused_and_links_to_the_one_recorded(
    lead: User, plan: Plan
) -> None:
    goal, action = a_goal_with_an_action(plan)
    client = signed_in(lead)
    first = client.post(f"/plans/{plan.pk}/reviews/new/", a_whole_review(goal, action))
    recorded = Review.objects.get(plan=plan)
    action.refresh_from_db()

    # The browser's Back, and the form sent again.
    again = client.post(
        f"/plans/{plan.pk}/reviews/new/",
        a_whole_review(goal, action, **{f"version_{action.pk}": action.version}),
    )

    page = text(again)
    day = f"{recorded.date:%d/%m/%Y}"
    assert first.status_code == 302
    assert again.status_code == 200
    assert Review.objects.filter(plan=plan).count() == 1
    assert "There is a problem" in page
    assert f'<a href="#id_date">A review on {day} has already been recorded for this plan' in page
    assert f'href="/plans/{plan.pk}/reviews/{recorded.pk}/"' in page
