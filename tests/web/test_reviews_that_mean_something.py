"""A review is refused until it holds what the guidance asks for, so a plan cannot look reviewed when it is not."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from django.test import Client
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Action, FamilyMember, Goal, Plan, TafMember
from familyplan.web.reviews import services as review_services
from familyplan.web.reviews.models import Review, ViewsLink
from tests.people import signed_in

TODAY = timezone.localdate()


def uk(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def text(response) -> str:
    return html.unescape(response.content.decode())


def a_goal_with_an_action(plan: Plan) -> tuple[Goal, Action]:
    services.person_add(
        model=TafMember,
        by=plan.created_by,
        family=plan.family,
        name="Mrs March",
        role="Head of Year 6",
        agency="Hill School",
    )
    goal = services.goal_save(
        by=plan.created_by,
        plan=plan,
        outcome="Ben will be in school for 90% of sessions.",
        supporting_families_outcome="education",
    )
    action = services.action_save(
        by=plan.created_by,
        goal=goal,
        how="Mum will walk Ben to school every day.",
        who="Mum",
        when="Every day (review 14/04/2027)",
    )
    return goal, action


def a_whole_review(goal: Goal, action: Action, **changes: object) -> dict[str, object]:
    review = {
        "date": uk(TODAY),
        "kind": "meeting",
        "attendees_taf": ["Mrs March (Head of Year 6)"],
        "child_views": "I like walking to school with Mum.",
        f"progress_{action.pk}": "Walked every day but one.",
        f"status_{action.pk}": "in_progress",
        f"version_{action.pk}": action.version,  # as the form carries it
        f"family_{goal.pk}": "6",
        f"practitioners_{goal.pk}": "5",
        "next_review_date": uk(TODAY + dt.timedelta(weeks=6)),
    }
    review.update(changes)
    return review


def test_an_empty_review_is_refused_and_the_next_review_date_does_not_move(lead: User, plan: Plan) -> None:
    _goal, action = a_goal_with_an_action(plan)

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/",
        {
            "date": uk(TODAY),
            "kind": "meeting",
            f"status_{action.pk}": "not_started",
            "next_review_date": uk(TODAY + dt.timedelta(weeks=6)),
        },
    )

    page = text(response)
    plan.refresh_from_db()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "Tick who took part in the review, or write their names" in page
    assert "Write what progress has been made on “Mum will walk Ben to school every day.”" in page
    assert "Give a score from the family and from the practitioners for “" in page
    assert "Write the child's views, or say why they could not be gathered" in page
    assert not Review.objects.exists()
    assert plan.next_review_date is None


def test_the_attendees_are_ticked_from_the_team_around_the_family_and_the_family(
    lead: User, plan: Plan
) -> None:
    goal, action = a_goal_with_an_action(plan)

    form = text(signed_in(lead).get(f"/plans/{plan.pk}/reviews/new/"))
    response = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/",
        a_whole_review(goal, action, attendees_taf=["Mrs March (Head of Year 6)", "Ben (Son)"]),
    )

    assert 'type="checkbox" value="Mrs March (Head of Year 6)"' in form
    assert 'type="checkbox" value="Ben (Son)"' in form
    assert response.status_code == 302
    assert Review.objects.get().attendees == "Mrs March (Head of Year 6)\nBen (Son)"


def test_a_review_dated_before_the_plan_started_is_refused(lead: User, plan: Plan) -> None:
    goal, action = a_goal_with_an_action(plan)
    before = TODAY - dt.timedelta(days=3)

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/", a_whole_review(goal, action, date=uk(before))
    )

    assert f"The review must be on or after the day the plan started, {uk(plan.started_on)}" in text(response)
    assert not Review.objects.exists()


def test_a_review_dated_in_the_future_is_refused(lead: User, plan: Plan) -> None:
    goal, action = a_goal_with_an_action(plan)

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/",
        a_whole_review(goal, action, date=uk(TODAY + dt.timedelta(weeks=3))),
    )

    assert "The review date must be today or in the past" in text(response)
    assert not Review.objects.exists()


def test_a_next_review_past_the_cycle_needs_a_reason(lead: User, plan: Plan) -> None:
    goal, action = a_goal_with_an_action(plan)
    seventeen_weeks = uk(TODAY + dt.timedelta(weeks=17))
    latest = uk(TODAY + dt.timedelta(weeks=8))

    refused = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/", a_whole_review(goal, action, next_review_date=seventeen_weeks)
    )
    accepted = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/",
        a_whole_review(
            goal,
            action,
            next_review_date=seventeen_weeks,
            next_review_reason="The family are abroad for the summer.",
        ),
    )

    assert f"later than the plan's review cycle allows (by {latest})" in text(refused)
    assert accepted.status_code == 302
    review = Review.objects.get()
    assert review.next_review_reason == "The family are abroad for the summer."
    shown = text(signed_in(lead).get(f"/plans/{plan.pk}/reviews/{review.pk}/"))
    assert "The family are abroad for the summer." in shown


def test_a_goal_without_scores_needs_a_reason(lead: User, plan: Plan) -> None:
    goal, action = a_goal_with_an_action(plan)
    unscored = a_whole_review(goal, action, **{f"family_{goal.pk}": "", f"practitioners_{goal.pk}": ""})

    refused = signed_in(lead).post(f"/plans/{plan.pk}/reviews/new/", unscored)
    accepted = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/",
        {**unscored, f"no_score_{goal.pk}": "Mum was too unwell to score this time."},
    )

    assert "or say why there is none" in text(refused)
    assert accepted.status_code == 302
    assert Review.objects.get().scores.get().no_score_reason == "Mum was too unwell to score this time."


def test_the_review_form_shows_each_action_once_under_its_goal(lead: User, plan: Plan) -> None:
    a_goal_with_an_action(plan)

    page = text(signed_in(lead).get(f"/plans/{plan.pk}/reviews/new/"))

    assert page.count("Mum will walk Ben to school every day.") == 1
    assert page.index("Goal 1: Ben will be in school") < page.index("Mum will walk Ben to school every day.")


def test_an_impossible_date_is_refused_when_an_action_is_saved(lead: User, plan: Plan) -> None:
    goal, _action = a_goal_with_an_action(plan)

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/",
        {
            "how": "Mum will take Ben to the dentist.",
            "who": "Mum",
            "when": "31/02/2027",
            "status": "not_started",
        },
    )

    assert response.status_code == 200
    assert "31/02/2027 is not a real date" in text(response)
    assert goal.actions.count() == 1


def test_an_impossible_review_date_is_refused(lead: User, plan: Plan) -> None:
    goal, action = a_goal_with_an_action(plan)

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/", a_whole_review(goal, action, next_review_date="31/02/2027")
    )

    assert "Enter a real date, day first" in text(response)
    assert not Review.objects.exists()


def test_a_review_sent_back_for_a_mistyped_date_also_says_what_the_guidance_still_needs(
    lead: User, plan: Plan
) -> None:
    goal, action = a_goal_with_an_action(plan)
    review = a_whole_review(
        goal, action, next_review_date="31/13/2027", attendees_taf=[], **{f"progress_{action.pk}": ""}
    )

    page = text(signed_in(lead).post(f"/plans/{plan.pk}/reviews/new/", review))

    summary = page[page.index("govuk-error-summary") :]
    assert "Tick who took part in the review" in summary
    assert "Write what progress has been made" in summary
    assert "Date of the next review" in summary
    assert Review.objects.count() == 0


def test_a_field_with_an_error_of_its_own_is_not_told_two_things(lead: User, plan: Plan) -> None:
    goal, action = a_goal_with_an_action(plan)
    review = a_whole_review(goal, action, **{f"family_{goal.pk}": "12", f"practitioners_{goal.pk}": ""})

    page = text(signed_in(lead).post(f"/plans/{plan.pk}/reviews/new/", review))

    assert "Enter the family's score for “" in page
    assert "or say why there is none" not in page


def test_a_goal_whose_other_score_is_wrong_is_told_once(lead: User, plan: Plan) -> None:
    goal, action = a_goal_with_an_action(plan)
    review = a_whole_review(goal, action, **{f"family_{goal.pk}": "6", f"practitioners_{goal.pk}": "11"})

    page = text(signed_in(lead).post(f"/plans/{plan.pk}/reviews/new/", review))

    assert "Enter the practitioners' score for “" in page
    assert "or say why there is none" not in page


def test_a_missing_score_is_named_and_its_link_leads_to_the_score_still_to_give(
    lead: User, plan: Plan
) -> None:
    goal, action = a_goal_with_an_action(plan)
    review = a_whole_review(goal, action, **{f"family_{goal.pk}": "7", f"practitioners_{goal.pk}": ""})

    page = text(signed_in(lead).post(f"/plans/{plan.pk}/reviews/new/", review))

    assert "Give the practitioners' score for “" in page
    assert f'href="#id_practitioners_{goal.pk}"' in page


def test_a_score_message_keeps_a_percentage_in_the_goal_as_written(lead: User, plan: Plan) -> None:
    goal, action = a_goal_with_an_action(plan)
    goal.outcome = "Ben in school 95% of days"
    goal.save()
    for score in ("12", "six"):
        review = a_whole_review(goal, action, **{f"family_{goal.pk}": score})

        page = text(signed_in(lead).post(f"/plans/{plan.pk}/reviews/new/", review))

        assert "Enter the family's score for “Ben in school 95% of days”" in page


def test_the_error_summary_lists_the_next_review_date_last_as_the_page_asks_it(
    lead: User, plan: Plan
) -> None:
    goal, action = a_goal_with_an_action(plan)
    review = a_whole_review(goal, action, date="", next_review_date="banana", **{f"progress_{action.pk}": ""})

    page = text(signed_in(lead).post(f"/plans/{plan.pk}/reviews/new/", review))
    summary = page[
        page.index("govuk-error-summary__list") : page.index("</ul>", page.index("govuk-error-summary__list"))
    ]

    assert summary.index("Enter the date of the review<") < summary.index("Write what progress has been made")
    assert summary.index("Write what progress has been made") < summary.index('href="#id_next_review_date"')


def views_sent_in(plan: Plan, by: User, name: str) -> None:
    _link, token = review_services.views_link_create(plan=plan, by=by, for_name=name)
    review_services.views_submit(
        token=token, going_well="Walking to school.", worried_about="Maths.", would_like="A dog."
    )


def test_a_childs_views_sent_in_through_the_familys_link_count_as_the_childs_views(
    lead: User, plan: Plan
) -> None:
    goal, action = a_goal_with_an_action(plan)
    views_sent_in(plan, lead, "Ben")

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/", a_whole_review(goal, action, child_views="")
    )

    assert response.status_code == 302
    review = Review.objects.get()
    assert [v.name for v in review.views.all()] == ["Ben"]
    shown = text(signed_in(lead).get(f"/plans/{plan.pk}/reviews/{review.pk}/"))
    assert "Walking to school." in shown


def test_views_sent_in_for_the_child_by_someone_else_count_as_the_childs_views(
    lead: User, plan: Plan
) -> None:
    goal, action = a_goal_with_an_action(plan)
    views_sent_in(plan, lead, "Mum, for Ben")

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/", a_whole_review(goal, action, child_views="")
    )

    assert response.status_code == 302


def test_only_a_parents_views_sent_in_do_not_stand_for_the_childs(lead: User, plan: Plan) -> None:
    goal, action = a_goal_with_an_action(plan)
    views_sent_in(plan, lead, "Sarah (Mum)")

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/", a_whole_review(goal, action, child_views="")
    )

    assert "Write the child's views, or say why they could not be gathered" in text(response)
    assert not Review.objects.exists()


def test_a_review_date_that_is_refused_is_not_used_to_judge_the_next_review(lead: User, plan: Plan) -> None:
    goal, action = a_goal_with_an_action(plan)
    review = a_whole_review(
        goal, action, date="01/01/2020", next_review_date=uk(TODAY + dt.timedelta(weeks=17))
    )

    page = text(signed_in(lead).post(f"/plans/{plan.pk}/reviews/new/", review))

    assert "The review must be on or after the day the plan started" in page
    assert "later than the plan's review cycle allows" not in page
    assert not Review.objects.exists()


def test_the_error_summary_goes_goal_by_goal_as_the_page_does(lead: User, plan: Plan) -> None:
    first, first_action = a_goal_with_an_action(plan)
    second = services.goal_save(by=lead, plan=plan, outcome="Mum will sleep for seven hours most nights.")
    second_action = services.action_save(
        by=lead, goal=second, how="Mum will switch her phone off at 10pm.", who="Mum", when="Every night"
    )
    review = a_whole_review(
        first,
        first_action,
        **{
            f"progress_{first_action.pk}": "",
            f"family_{first.pk}": "",
            f"practitioners_{first.pk}": "",
            f"progress_{second_action.pk}": "",
            f"status_{second_action.pk}": "in_progress",
            f"version_{second_action.pk}": second_action.version,
        },
    )

    page = text(signed_in(lead).post(f"/plans/{plan.pk}/reviews/new/", review))
    summary = page[page.index("govuk-error-summary__list") :]
    order = [
        summary.index(f'href="#id_progress_{first_action.pk}"'),
        summary.index(f'href="#id_family_{first.pk}"'),
        summary.index(f'href="#id_progress_{second_action.pk}"'),
        summary.index(f'href="#id_family_{second.pk}"'),
    ]

    assert order == sorted(order)


def link_made_on_the_page(plan: Plan, by: User, **fields: str) -> str:
    """The views link made through the page, as the family would open it."""
    made = text(signed_in(by).post(f"/plans/{plan.pk}/views-link/", fields))
    return made.split('id="views-link" type="text" readonly value="')[1].split('"')[0].split("testserver")[1]


def test_views_sent_through_a_link_made_for_a_child_chosen_from_the_family_count_as_the_childs(
    lead: User, plan: Plan
) -> None:
    goal, action = a_goal_with_an_action(plan)
    child = FamilyMember.objects.get(family=plan.family, name="Ben")
    page = text(signed_in(lead).get(f"/plans/{plan.pk}/views-link/"))
    assert f'<option value="{child.pk}">Ben (Son)</option>' in page

    path = link_made_on_the_page(plan, lead, person=str(child.pk))
    Client().post(path, {"going_well": "Walking to school."})
    response = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/", a_whole_review(goal, action, child_views="")
    )

    assert response.status_code == 302
    assert [v.name for v in Review.objects.get().views.all()] == ["Ben"]


def test_views_from_a_parent_chosen_from_the_family_are_not_the_childs_even_with_the_childs_name(
    lead: User, plan: Plan
) -> None:
    goal, action = a_goal_with_an_action(plan)
    dad = services.person_add(
        model=FamilyMember, by=lead, family=plan.family, name="Ben Smith", relationship="Dad"
    )

    path = link_made_on_the_page(plan, lead, person=str(dad.pk))
    Client().post(path, {"going_well": "Ben walks to school."})
    page = text(
        signed_in(lead).post(f"/plans/{plan.pk}/reviews/new/", a_whole_review(goal, action, child_views=""))
    )

    assert "Write the child's views, or say why they could not be gathered" in page
    assert not Review.objects.exists()


def test_a_views_link_is_for_one_person_chosen_or_written(lead: User, plan: Plan) -> None:
    child = FamilyMember.objects.get(family=plan.family, name="Ben")
    client = signed_in(lead)

    neither = text(client.post(f"/plans/{plan.pk}/views-link/", {"for_name": " "}))
    both = text(client.post(f"/plans/{plan.pk}/views-link/", {"person": str(child.pk), "for_name": "Susan"}))

    assert 'href="#id_person">Choose who the link is for, or write their name' in neither
    assert 'href="#id_for_name">Choose a family member or write a name, not both' in both
    assert not ViewsLink.objects.exists()


def test_a_views_link_cannot_be_made_for_another_familys_member(lead: User, plan: Plan) -> None:
    other = services.family_create(by=lead, family_name="Jones")
    stranger = services.person_add(model=FamilyMember, by=lead, family=other, name="Amy", relationship="Mum")
    assert isinstance(stranger, FamilyMember)

    with pytest.raises(services.PlanRuleError):
        review_services.views_link_create(plan=plan, by=lead, for_member=stranger)

    refused = text(signed_in(lead).post(f"/plans/{plan.pk}/views-link/", {"person": str(stranger.pk)}))
    assert "Select a valid choice" in refused
    assert not ViewsLink.objects.exists()


def test_a_score_is_typed_in_a_text_box_for_numbers_not_a_spinner(lead: User, plan: Plan) -> None:
    goal, _action = a_goal_with_an_action(plan)

    page = text(signed_in(lead).get(f"/plans/{plan.pk}/reviews/new/"))

    for who in ("family", "practitioners"):
        field = re.search(rf'<input[^>]*id="id_{who}_{goal.pk}"[^>]*>', page)
        assert field is not None
        assert 'type="text"' in field[0]
        assert 'inputmode="numeric"' in field[0]
    assert 'type="number"' not in page
