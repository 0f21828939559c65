"""Two people editing the same plan: the second to save sees what changed and keeps what they typed."""

from __future__ import annotations

import html

import pytest

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from tests.people import signed_in


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
    services.plan_update(plan=plan, version=plan.version, contingency="Grandma Pat will take Ben to school.")
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
    services.plan_update(plan=plan, version=plan.version, reason="First")

    with pytest.raises(services.StaleVersionError) as stale:
        services.plan_update(plan=plan, version=1, reason="Second")

    assert stale.value.current.reason == "First"
    assert Plan.objects.get(pk=plan.pk).reason == "First"


def test_two_people_changing_the_same_action_do_not_overwrite_each_other(
    lead: User, manager: User, plan: Plan
) -> None:
    goal = services.goal_save(plan=plan, outcome="Ben will be in school.")
    action = services.action_save(goal=goal, how="Mum will walk Ben to school.", who="Mum", when="Every day")
    url = f"/plans/{plan.pk}/goals/{goal.pk}/actions/{action.pk}/"
    opened = html.unescape(signed_in(lead).get(url).content.decode())
    saved_as = opened.split('name="saved_as" value="')[1].split('"')[0]

    first = signed_in(manager).post(
        url,
        {
            "how": "Dad will walk Ben to school.",
            "who": "Dad",
            "when": "Every day",
            "status": "in_progress",
            "saved_as": saved_as,
        },
    )
    second = signed_in(lead).post(
        url,
        {
            "how": "Mum will drive Ben to school.",
            "who": "Mum",
            "when": "Every day",
            "status": "not_started",
            "saved_as": saved_as,
        },
    )

    page = html.unescape(second.content.decode())
    action.refresh_from_db()
    assert first.status_code == 302
    assert second.status_code == 409
    assert "Dad will walk Ben to school." in page
    assert "Mum will drive Ben to school." in page
    assert action.how == "Dad will walk Ben to school."
