"""What the review form asks, and refuses, once a plan has been worked on: a second review on the
same day, actions that have stopped or are done, and updates TAF members sent in since the last review."""

from __future__ import annotations

import datetime as dt
import html
import re

from django.utils import timezone

from familyplan.plan import models as m
from familyplan.smart import check_plan
from familyplan.web.accounts.models import User
from familyplan.web.casework import selectors, services
from familyplan.web.casework.interchange import plan_from_model, to_model
from familyplan.web.casework.models import Action, Family, Goal, Plan, ProgressNote
from familyplan.web.council.services import catalogue
from familyplan.web.reviews.models import Review
from familyplan.web.reviews.services import review_record
from tests.people import join_the_team, make_user, signed_in
from tests.smart.test_plan_rules import a_good_plan
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


def stopped_and_done(plan: Plan, goal) -> tuple[Action, Action]:
    """A duplicate action the team stopped, and one the family finished."""
    by = plan.created_by
    stopped = services.action_save(
        by=by, goal=goal, how="Mum will walk Ben to school every day.", who="Mum", when="ongoing"
    )
    stopped = services.action_save(
        by=by,
        goal=goal,
        action=stopped,
        version=stopped.version,
        status="stopped",
        how=stopped.how,
        who=stopped.who,
        when=stopped.when,
    )
    done = services.action_save(
        by=by, goal=goal, how="Mum will buy Ben a new school bag.", who="Mum", when="by 01/09/2026"
    )
    done = services.action_save(
        by=by,
        goal=goal,
        action=done,
        version=done.version,
        status="done",
        how=done.how,
        who=done.who,
        when=done.when,
    )
    return stopped, done


def test_a_review_asks_no_progress_on_stopped_or_done_actions(lead: User, plan: Plan) -> None:
    goal, action = a_goal_with_an_action(plan)
    stopped, done = stopped_and_done(plan, goal)
    client = signed_in(lead)

    form = text(client.get(f"/plans/{plan.pk}/reviews/new/"))
    response = client.post(f"/plans/{plan.pk}/reviews/new/", a_whole_review(goal, action))

    assert f'name="progress_{action.pk}"' in form
    assert f'name="progress_{stopped.pk}"' not in form
    assert f'name="progress_{done.pk}"' not in form
    assert response.status_code == 302
    assert Action.objects.get(pk=stopped.pk).status == "stopped"
    assert Action.objects.get(pk=done.pk).status == "done"


def test_the_familys_copy_says_a_stopped_action_is_stopped(lead: User, plan: Plan) -> None:
    goal, _action = a_goal_with_an_action(plan)
    stopped_and_done(plan, goal)

    page = text(signed_in(lead).get(f"/plans/{plan.pk}/family-copy/"))

    assert "Mum will walk Ben to school every day. <strong>(stopped)</strong>" in page
    assert "Mum will buy Ben a new school bag. <strong>(done)</strong>" in page
    assert "(no date agreed yet)" not in page  # "ongoing" was the stopped action's when


def test_fix_these_first_is_what_the_checker_finds_once_an_action_is_stopped(lead: User, plan: Plan) -> None:
    goal, _action = a_goal_with_an_action(plan)
    stopped_and_done(plan, goal)
    stored = selectors.plan_with_parts(lead, plan.pk)
    fixes = check_plan(to_model(stored), today=timezone.localdate(), catalogue=catalogue()).top_fixes

    page = text(signed_in(lead).get(f"/plans/{plan.pk}/"))
    shown = re.search(r"Fix these first</h3>\s*<ol[^>]*>(.*?)</ol>", page, flags=re.S)

    assert shown is not None
    assert [re.sub(r"<[^>]+>.*", "", li).strip() for li in re.findall(r"<li>(.*?)</li>", shown[1], re.S)] == [
        f.message for f in fixes
    ]


def an_action_for_jo(lead: User, plan: Plan) -> tuple[User, Goal, Action]:
    """Jo March, of Hill School, in the Team Around the Family with her account, and her action."""
    school = make_user("march", first_name="Jo", last_name="March")
    jo = join_the_team(plan.family, lead, school, "Jo March", "Head of Year 6", "Hill School")
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school for 90% of sessions.")
    action = services.action_save(
        by=lead,
        goal=goal,
        how="Jo will meet Ben at the gate at 8.45am every Monday.",
        who="Jo March (Head of Year 6)",
        when="Every Monday (review 14/04/2027)",
        taf_member=jo,
    )
    return school, goal, action


def test_a_taf_members_update_is_beside_her_action_on_the_review_and_in_the_leads_work(
    lead: User, plan: Plan
) -> None:
    school, goal, action = an_action_for_jo(lead, plan)
    update = signed_in(school).post(
        f"/plans/{plan.pk}/actions/{action.pk}/progress/",
        {"text": "Met Ben at the gate three Mondays running.", "status": "in_progress"},
    )
    client = signed_in(lead)

    work = text(client.get("/my-work/"))
    form = text(client.get(f"/plans/{plan.pk}/reviews/new/"))
    action.refresh_from_db()
    review = a_whole_review(goal, action, **{f"version_{action.pk}": action.version})
    review["attendees_taf"] = ["Jo March (Head of Year 6)"]
    recorded = client.post(f"/plans/{plan.pk}/reviews/new/", review)
    work_after = text(client.get("/my-work/"))

    today = f"{timezone.localdate():%-d %B %Y}"
    assert update.status_code == 302
    assert "Met Ben at the gate three Mondays running." in work
    assert f"Jo March on {today}, about “Jo will meet Ben at the gate" in work
    beside = form.split("Jo will meet Ben at the gate at 8.45am every Monday.", 1)[1].split("</fieldset>")[0]
    assert f"Latest update from Jo March, {today}:" in beside
    assert "Met Ben at the gate three Mondays running." in beside
    assert recorded.status_code == 302
    assert "Met Ben at the gate three Mondays running." not in work_after


def test_an_update_on_an_action_finished_since_the_last_review_is_still_shown(lead: User, plan: Plan) -> None:
    school, _goal, action = an_action_for_jo(lead, plan)
    signed_in(school).post(
        f"/plans/{plan.pk}/actions/{action.pk}/progress/",
        {"text": "Ben now walks in alone.", "status": "done"},
    )

    form = text(signed_in(lead).get(f"/plans/{plan.pk}/reviews/new/"))

    assert f'name="progress_{action.pk}"' not in form
    assert "Updates on actions finished since the last review" in form
    assert "Ben now walks in alone." in form


def test_progress_that_came_in_with_a_plans_file_is_not_sent_in_by_the_team(
    lead: User, family: Family
) -> None:
    """Notes a plan's file held (no one here wrote them, no review looked at them) are the plan's
    history: not progress the team sent in for the lead's next review, nor landed in that review."""
    today = timezone.localdate()
    model = a_good_plan()
    first = model.goals[0]
    noted = first.actions[0].model_copy(
        update={
            "progress": [
                m.ProgressNote(date=today, text="Completed: 46385"),
                m.ProgressNote(date=today, text="Went to every session.", by="Jo Hill"),
            ]
        }
    )
    model = model.model_copy(
        update={
            "started_on": today - dt.timedelta(weeks=2),
            "reviews": [],
            "goals": [first.model_copy(update={"actions": [noted, *first.actions[1:]]}), *model.goals[1:]],
        }
    )
    plan = plan_from_model(family, model, lead, today)
    client = signed_in(lead)

    work = text(client.get("/my-work/"))
    form = text(client.get(f"/plans/{plan.pk}/reviews/new/"))
    review = review_record(
        plan=plan,
        by=lead,
        review_fields={
            "date": today,
            "attendees": "Mum",
            "child_views": "Ben likes school.",
            "next_review_date": today + dt.timedelta(weeks=6),
        },
        actions=[],
        goals=[],
    )

    sent_in = work.split('id="updates"', 1)[1].split("</ul>")[0].split("<h2")[0]
    assert "None waiting." in sent_in
    assert "Completed: 46385" not in work
    assert "Went to every session." not in work
    assert "Latest update from" not in form
    assert not ProgressNote.objects.filter(review=review).exists()
