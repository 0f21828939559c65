"""Two people editing the same record: the second to save sees both versions and keeps what they typed."""

from __future__ import annotations

import html

import pytest

from familyplan.web.accounts.models import User
from familyplan.web.casework import closure, services
from familyplan.web.casework.models import Closure, Plan
from familyplan.web.council.models import CouncilSettings
from tests.council.test_settings import SAVED
from tests.people import make_user, signed_in
from tests.web.test_reviews_that_mean_something import a_goal_with_an_action, a_whole_review


def test_the_second_save_is_stopped_and_keeps_both_peoples_text(
    lead: User, manager: User, plan: Plan
) -> None:
    opened_version = plan.version
    first, second = signed_in(lead), signed_in(manager)
    first.get(f"/plans/{plan.pk}/contingency/")
    second.get(f"/plans/{plan.pk}/contingency/")

    saved = first.post(
        f"/plans/{plan.pk}/contingency/",
        {"contingency": "Grandma Pat will take Ben to school.", "version": opened_version},
    )
    clash = second.post(
        f"/plans/{plan.pk}/contingency/",
        {"contingency": "Auntie Jo will have Ben after school.", "version": opened_version},
    )

    page = html.unescape(clash.content.decode())
    plan.refresh_from_db()
    assert saved.status_code == 302
    assert clash.status_code == 409
    assert "Someone else saved this plan while you were editing it" in page
    assert "Grandma Pat will take Ben to school." in page  # what the first person saved
    assert "Auntie Jo will have Ben after school." in page  # what the second person typed, still in the box
    assert plan.contingency == "Grandma Pat will take Ben to school."


def test_after_seeing_the_clash_the_second_person_can_save(lead: User, manager: User, plan: Plan) -> None:
    services.plan_update(
        by=lead, plan=plan, version=plan.version, contingency="Grandma Pat will take Ben to school."
    )
    current = Plan.objects.get(pk=plan.pk).version

    merged = signed_in(manager).post(
        f"/plans/{plan.pk}/contingency/",
        {
            "contingency": "Grandma Pat will take Ben to school; Auntie Jo will have him after.",
            "version": current,
        },
    )

    plan.refresh_from_db()
    assert merged.status_code == 302
    assert plan.contingency == "Grandma Pat will take Ben to school; Auntie Jo will have him after."


def test_a_stale_version_is_refused_by_the_service_itself(plan: Plan) -> None:
    services.plan_update(by=plan.created_by, plan=plan, version=plan.version, reason="First")

    with pytest.raises(services.StaleVersionError) as stale:
        services.plan_update(by=plan.created_by, plan=plan, version=1, reason="Second")

    assert stale.value.current.reason == "First"
    assert Plan.objects.get(pk=plan.pk).reason == "First"


def test_two_people_changing_the_same_action_do_not_overwrite_each_other(
    lead: User, manager: User, plan: Plan
) -> None:
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school.")
    action = services.action_save(
        by=lead, goal=goal, how="Mum will walk Ben to school.", who="Mum", when="Every day"
    )
    url = f"/plans/{plan.pk}/goals/{goal.pk}/actions/{action.pk}/"
    opened = html.unescape(signed_in(lead).get(url).content.decode())
    opened_version = opened.split('name="version" value="')[1].split('"')[0]

    first = signed_in(manager).post(
        url,
        {
            "how": "Dad will walk Ben to school.",
            "who": "Dad",
            "when": "Every day",
            "status": "in_progress",
            "version": opened_version,
        },
    )
    second = signed_in(lead).post(
        url,
        {
            "how": "Mum will drive Ben to school.",
            "who": "Mum",
            "when": "Every day",
            "status": "not_started",
            "version": opened_version,
        },
    )

    page = html.unescape(second.content.decode())
    action.refresh_from_db()
    assert first.status_code == 302
    assert second.status_code == 409
    assert "Dad will walk Ben to school." in page
    assert "Mum will drive Ben to school." in page
    assert action.how == "Dad will walk Ben to school."


def test_a_review_does_not_overwrite_a_status_someone_changed_while_it_was_written(
    lead: User, manager: User, plan: Plan
) -> None:
    goal, action = a_goal_with_an_action(plan)
    opened = html.unescape(signed_in(lead).get(f"/plans/{plan.pk}/reviews/new/").content.decode())
    opened_version = opened.split(f'name="version_{action.pk}" value="')[1].split('"')[0]
    services.action_progress_add(action=action, by=lead, text="Ben went every day.", status="done")

    clash = signed_in(manager).post(
        f"/plans/{plan.pk}/reviews/new/",
        a_whole_review(
            goal,
            action,
            **{f"progress_{action.pk}": "Mornings are still hard.", f"version_{action.pk}": opened_version},
        ),
    )

    page = html.unescape(clash.content.decode())
    action.refresh_from_db()
    assert clash.status_code == 409
    assert "Someone else saved actions or goals in this plan while you were editing it." in page
    assert "Done" in page  # the status someone else saved
    assert "In progress" in page  # the status chosen here
    assert "Mornings are still hard." in page  # what was typed is kept
    assert action.status == "done"
    assert not plan.reviews.exists()


def test_a_second_administrator_sees_both_versions_of_the_council_settings(db) -> None:
    first, second = (signed_in(make_user(name, role=User.Role.ADMINISTRATOR)) for name in ("ada", "bea"))
    form = html.unescape(first.get("/settings/").content.decode())
    opened_version = form.split('name="version" value="')[1].split('"')[0]
    theirs = {**SAVED, "council_name": "Hull City Council", "version": opened_version}
    mine = {**SAVED, "council_name": "Kingston upon Hull", "version": opened_version}

    saved = first.post("/settings/", theirs)
    clash = second.post("/settings/", mine)

    page = html.unescape(clash.content.decode())
    assert saved.status_code == 302
    assert clash.status_code == 409
    assert "Someone else saved the council settings while you were editing it." in page
    assert "Hull City Council" in page
    assert "Kingston upon Hull" in page
    assert CouncilSettings.objects.get().council_name == "Hull City Council"


def test_two_people_asking_to_close_the_same_plan_make_one_request(lead: User, plan: Plan) -> None:
    as_first_read, as_second_read = Plan.objects.get(pk=plan.pk), Plan.objects.get(pk=plan.pk)
    ask = {"reason": "consent_withdrawn", "ongoing_actions": "", "family_agreed": False, "taf_agreed": True}

    closure.closure_request(plan=as_first_read, by=lead, summary="Mum asked for the plan to stop.", **ask)
    with pytest.raises(services.PlanClosedError):
        closure.closure_request(plan=as_second_read, by=lead, summary="All done.", **ask)

    assert Closure.objects.get(plan=plan).summary == "Mum asked for the plan to stop."
