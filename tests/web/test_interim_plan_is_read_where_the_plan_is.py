"""An interim safety plan is read where the plan is: on its page, by everyone around the family,
and in the family's own copy while it lasts (MISSION: short, issue-specific, with an end date)."""

from __future__ import annotations

import datetime as dt
import html

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Family, Plan
from tests.people import join_the_team, make_user, signed_in

TODAY = timezone.localdate()
WORRY = "Dad's drinking at weekends when he has the children"
SAFE = "Nan Pat will be at Dad's house for every weekend visit until the full plan is agreed"


def page(user: User, url: str) -> str:
    response = signed_in(user).get(url)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def interim(plan: Plan, lead: User, ends: dt.date) -> None:
    services.interim_save(plan=plan, by=lead, version=0, issue=WORRY, actions=SAFE, end_date=ends)


def test_the_plan_page_shows_what_the_interim_plan_says(lead: User, plan: Plan) -> None:
    interim(plan, lead, TODAY + dt.timedelta(days=10))

    shown = page(lead, f"/plans/{plan.pk}/")

    assert WORRY in shown
    assert SAFE in shown


def test_a_colleague_around_the_family_can_read_the_interim_plan(
    lead: User, family: Family, plan: Plan
) -> None:
    colleague = make_user("schoolnurse")
    join_the_team(family, lead, colleague, "Sam Lee", "School Nurse", "NHS")
    interim(plan, lead, TODAY + dt.timedelta(days=10))

    assert SAFE in page(colleague, f"/plans/{plan.pk}/")


def test_the_familys_copy_says_what_keeps_everyone_safe_until_it_ends(lead: User, plan: Plan) -> None:
    interim(plan, lead, TODAY + dt.timedelta(days=10))

    copy = page(lead, f"/plans/{plan.pk}/family-copy/")

    assert SAFE in copy
    assert "Keeping everyone safe for now" in copy


def test_an_ended_interim_plan_is_not_in_the_familys_copy_but_stays_on_the_plan(
    lead: User, plan: Plan
) -> None:
    interim(plan, lead, TODAY + dt.timedelta(days=10))
    plan.interim.end_date = TODAY - dt.timedelta(days=1)
    plan.interim.save()

    assert SAFE not in page(lead, f"/plans/{plan.pk}/family-copy/")
    assert "Ended" in page(lead, f"/plans/{plan.pk}/")


def test_an_interim_plan_cannot_be_set_to_run_for_months(lead: User, plan: Plan) -> None:
    far = TODAY + dt.timedelta(days=400)
    response = signed_in(lead).post(
        f"/plans/{plan.pk}/interim/",
        {
            "issue": WORRY,
            "actions": SAFE,
            "end_date": f"{far:%d/%m/%Y}",
            "version": 0,
        },
    )

    page = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert "The end date must be within 7 days: an interim plan is short, and a full plan follows it" in page
    assert not hasattr(Plan.objects.get(pk=plan.pk), "interim")
