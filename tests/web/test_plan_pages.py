"""Building a plan through the pages: SMART feedback, reviews, views links and the family's copy."""

from __future__ import annotations

import datetime as dt
import html
import re

from django.test import Client
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Goal, Plan
from familyplan.web.reviews.models import Review, ViewsSubmission
from tests.people import signed_in

TODAY = timezone.localdate()
SIX_WEEKS_ON = TODAY + dt.timedelta(weeks=6)


def text(response) -> str:
    return html.unescape(response.content.decode())


def a_goal_with_an_action(plan: Plan) -> Goal:
    goal = services.goal_save(
        by=plan.created_by,
        plan=plan,
        outcome="Ben will be in school for 90% of sessions.",
        supporting_families_outcome="education",
    )
    services.action_save(
        by=plan.created_by,
        goal=goal,
        how="Mum will walk Ben to school every day.",
        who="Mum",
        when="Every day (review 14/04/2026)",
    )
    return goal


def test_the_smart_panel_warns_about_a_purposeless_verb(lead: User) -> None:
    response = signed_in(lead).post(
        "/check/", {"kind": "action", "field": "how", "how": "Mum will monitor Ben's school attendance"}
    )

    assert response.status_code == 200
    assert "'monitor' does not say what will actually be done" in text(response)


def test_the_smart_panel_is_quiet_about_a_good_action(lead: User) -> None:
    response = signed_in(lead).post(
        "/check/",
        {
            "kind": "action",
            "field": "how",
            "how": "Mum will walk Ben to the school gate at 8.30am every day.",
        },
    )

    assert "No problems found" in text(response)


def test_the_smart_panel_shows_what_the_checker_read(lead: User) -> None:
    response = signed_in(lead).post(
        "/check/",
        {
            "kind": "outcome",
            "field": "outcome",
            "outcome": "Ben will get himself dressed for school without help.",
        },
    )

    page = text(response)
    assert "What the checker read" in page
    assert "“Ben”" in page  # who
    assert "“without help”" in page  # the evidence


def test_the_smart_panel_takes_who_and_when_from_the_action_form(lead: User) -> None:
    form = {"kind": "action", "field": "how", "how": "The school transport form will be completed."}

    alone = text(signed_in(lead).post("/check/", form))
    with_cells = text(
        signed_in(lead).post(
            "/check/", {**form, "who": "Jo Brown (Family Support Worker)", "when": "3/3/2026"}
        )
    )

    assert "Nobody is named as doing this" in alone
    assert "Nobody is named as doing this" not in with_cells


def test_a_new_action_form_holds_a_place_for_each_smart_check(lead: User, plan: Plan) -> None:
    # The result replaces this placeholder, so the Save button does not jump under the pointer.
    goal = a_goal_with_an_action(plan)

    page = text(signed_in(lead).get(f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/"))

    assert page.count("The SMART check will show here as you type.") == 3  # how, who and when


def test_without_javascript_the_check_happens_on_save(lead: User, plan: Plan) -> None:
    goal = a_goal_with_an_action(plan)

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/",
        {"how": "Mum will monitor attendance", "when": "ASAP", "status": "not_started"},
    )

    page = text(response)
    assert "Choose who will do this, or write their name and role" in page
    assert "'monitor' does not say what will actually be done" in page
    assert "'ASAP' is not a date" in page


def test_an_action_saved_with_a_date_has_it_read_day_first(lead: User, plan: Plan) -> None:
    goal = a_goal_with_an_action(plan)

    signed_in(lead).post(
        f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/",
        {
            "how": "Sarah will visit on Tuesday at 4pm to plan meals.",
            "who": "Sarah Jones (Family Support Worker)",
            "when": "03.02.2099",
            "status": "not_started",
        },
    )

    assert goal.actions.last().due_date == dt.date(2099, 2, 3)


def test_the_plan_page_shows_the_report_and_scores(lead: User, plan: Plan) -> None:
    a_goal_with_an_action(plan)

    page = text(signed_in(lead).get(f"/plans/{plan.pk}/"))

    assert "How SMART is this plan?" in page
    assert "There is no contingency plan." in page
    assert "Specific" in page


def test_a_role_written_as_an_acronym_is_refused(lead: User, plan: Plan) -> None:
    response = signed_in(lead).post(
        f"/families/{plan.family_id}/taf/new/", {"name": "Priya Shah", "role": "HV", "agency": "NHS"}
    )

    assert 'Write the role in full instead of HV, for example "Health Visitor"' in text(response)


def test_a_review_records_progress_scores_and_the_next_date(lead: User, plan: Plan) -> None:
    goal = a_goal_with_an_action(plan)
    action = goal.actions.get()

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/",
        {
            "date": TODAY.strftime("%d/%m/%Y"),
            "kind": "meeting",
            "next_review_date": SIX_WEEKS_ON.strftime("%d/%m/%Y"),
            "attendees_taf": ["Ben (Son)"],
            "child_views": "I like the walk.",
            f"progress_{action.pk}": "Walked every day but one.",
            f"status_{action.pk}": "in_progress",
            f"version_{action.pk}": action.version,
            f"family_{goal.pk}": "6",
            f"practitioners_{goal.pk}": "5",
        },
    )

    review = Review.objects.get(plan=plan)
    plan.refresh_from_db()
    assert response.status_code == 302
    assert review.scores.get().family_score == 6
    assert action.progress.get().text == "Walked every day but one."
    assert plan.next_review_date == SIX_WEEKS_ON
    assert review.attendees == "Ben (Son)"


def test_a_score_outside_0_to_10_is_refused(lead: User, plan: Plan) -> None:
    goal = a_goal_with_an_action(plan)

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/",
        {
            "date": "02/03/2026",
            "kind": "meeting",
            "next_review_date": "13/04/2026",
            f"family_{goal.pk}": "11",
        },
    )

    assert "Enter the family's score for “" in text(response)
    assert not Review.objects.exists()


def test_the_next_review_is_proposed_six_weeks_on(lead: User, plan: Plan) -> None:
    page = text(signed_in(lead).get(f"/plans/{plan.pk}/reviews/new/"))

    assert (timezone.localdate() + dt.timedelta(weeks=6)).strftime("%d/%m/%Y") in page


def test_a_views_link_works_once_and_the_views_land_in_the_next_review(lead: User, plan: Plan) -> None:
    made = text(signed_in(lead).post(f"/plans/{plan.pk}/views-link/", {"for_name": "Susan"}))
    link = made.split('id="views-link" type="text" readonly value="')[1].split('"')[0]
    path = link.split("testserver")[1]
    anonymous = Client()

    first = anonymous.post(path, {"going_well": "Ben gets up on time."})
    second = anonymous.post(path, {"going_well": "Again."})
    signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/",
        {
            "date": TODAY.strftime("%d/%m/%Y"),
            "kind": "collated",
            "next_review_date": SIX_WEEKS_ON.strftime("%d/%m/%Y"),
            "attendees_other": "Susan (Mum)",
            "child_views": "Not asked yet.",
        },
    )

    assert "Your views have been sent" in text(first)
    assert second.status_code == 410
    submission = ViewsSubmission.objects.get()
    assert submission.name == "Susan"
    assert submission.review == Review.objects.get(plan=plan)


def test_the_familys_copy_is_a_pdf(lead: User, plan: Plan) -> None:
    a_goal_with_an_action(plan)

    response = signed_in(lead).get(f"/plans/{plan.pk}/family-copy.pdf")

    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_bad_dates_get_a_clear_message(lead: User, family) -> None:
    response = signed_in(lead).post(
        f"/families/{family.pk}/members/new/",
        {
            "name": "Lily",
            "relationship": "Daughter",
            "date_of_birth-day": "31",
            "date_of_birth-month": "2",
            "date_of_birth-year": "2020",
            "involved_in_plan": "on",
        },
    )

    assert "Date of birth must be a real date" in text(response)


def test_a_form_sent_back_with_an_error_keeps_what_was_chosen(lead: User, plan: Plan) -> None:
    response = signed_in(lead).post(
        f"/plans/{plan.pk}/goals/new/", {"outcome": "", "supporting_families_outcome": "housing"}
    )

    page = text(response)
    assert "Enter what you want to achieve" in page
    assert '<option value="housing" selected>Secure housing</option>' in page
    assert '<option value="education">' in page


def test_fix_these_first_names_each_place_in_the_words_of_the_pages(lead: User, plan: Plan) -> None:
    page = html.unescape(signed_in(lead).get(f"/plans/{plan.pk}/").content.decode())
    fixes = page[page.index("Fix these first") :]

    assert "_" not in fixes[: fixes.index("</ol>")]
    assert "(support network)" in fixes or "(family members)" in fixes or "(strengths)" in fixes


def test_the_overall_score_says_why_it_is_below_the_letters_and_what_no_contingency_costs(
    lead: User, plan: Plan
) -> None:
    services.goal_save(by=lead, plan=plan, outcome="Ben will be in school by 8.50am every day by Easter.")

    page = html.unescape(signed_in(lead).get(f"/plans/{plan.pk}/").content.decode())

    assert "so it can be lower than every letter's score" in page
    assert "With no contingency plan, a plan keeps only 70% of it." in page
    assert 'href="/help/scores/"' in page


def test_the_overall_score_says_what_actions_with_no_date_cost_and_not_once_one_has_a_date(
    lead: User, plan: Plan
) -> None:
    goal = services.goal_save(
        by=lead, plan=plan, outcome="Ben will be in school by 8.50am every day by Easter."
    )
    action = services.action_save(
        by=lead, goal=goal, how="Mum will walk Ben to school.", who="Mum", when="ASAP"
    )
    client = signed_in(lead)

    undated = html.unescape(client.get(f"/plans/{plan.pk}/").content.decode())
    services.action_save(
        by=lead,
        goal=goal,
        action=action,
        how="Mum will walk Ben to school.",
        who="Mum",
        when="Every day (review 18/01/2027)",
        version=action.version,
    )
    dated = html.unescape(client.get(f"/plans/{plan.pk}/").content.decode())

    assert "With no date or “how often” on any action, a plan keeps only 70% of it." in undated
    assert "keeps only 70% of it." in dated  # the contingency plan is still missing
    assert "With no date or “how often” on any action" not in dated


def test_a_part_of_the_plan_with_problems_is_not_called_completed(lead: User, plan: Plan) -> None:
    def contingency_status(contingency: str) -> str:
        services.plan_update(
            by=lead, plan=plan, version=Plan.objects.get(pk=plan.pk).version, contingency=contingency
        )
        page = html.unescape(signed_in(lead).get(f"/plans/{plan.pk}/").content.decode())
        row = page[page.index(">Contingency plan</a>") :]
        return (
            re.sub(r"<[^>]+>", "", row[row.index("govuk-task-list__status") : row.index("</li>")])
            .split(">", 1)[1]
            .strip()
        )

    assert re.fullmatch(
        r"\d+ problems? to check", contingency_status("Follow the usual safeguarding procedures.")
    )
    assert contingency_status("If Mum is unwell, Gran will take Ben to school by 8.40am.") == "Completed"


def test_the_plan_as_a_whole_counts_its_problems_under_about_the_plan(lead: User, plan: Plan) -> None:
    services.plan_update(
        by=lead,
        plan=plan,
        version=Plan.objects.get(pk=plan.pk).version,
        reason="Ben is missing school.",
        strengths="Gran helps in the mornings.",
        needs="Ben gets to school on time\nA secure home",
    )

    page = html.unescape(signed_in(lead).get(f"/plans/{plan.pk}/").content.decode())
    row = page[page.index(">About the plan</a>") :]
    status = re.sub(r"<[^>]+>", "", row[row.index("govuk-task-list__status") : row.index("</li>")])

    assert re.search(r"\d+ problems? to check", status)
