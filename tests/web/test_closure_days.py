"""The days of a closure, as the plan page, exports and the API give them: the council's days, and
never the day a plan came in standing for a day it closed."""

from __future__ import annotations

import datetime as dt
import importlib
from zoneinfo import ZoneInfo

from django.apps import apps

from familyplan.web.accounts.models import User
from familyplan.web.api.reviews import ClosureOut
from familyplan.web.casework import services
from familyplan.web.casework.interchange import to_model
from familyplan.web.casework.models import Closure, Family, Plan
from familyplan.web.casework.selectors import plan_parts
from tests.people import signed_in

LONDON = ZoneInfo("Europe/London")
migration = importlib.import_module("familyplan.web.casework.migrations.0016_imported_sign_off_day_not_known")


def closed(plan: Plan, by: User, asked: dt.datetime, signed: dt.datetime | None, **fields: object) -> Closure:
    made = Closure.objects.create(
        plan=plan, reason="outcomes_achieved", summary="Done.", requested_by=by, **fields
    )
    Closure.objects.filter(pk=made.pk).update(requested_at=asked, signed_off_at=signed)
    Plan.objects.filter(pk=plan.pk).update(status=Plan.Status.CLOSED)
    made.refresh_from_db()
    return made


def test_a_closure_just_after_midnight_keeps_the_councils_day_on_the_page_and_going_out(
    lead: User, manager: User, plan: Plan
) -> None:
    asked = dt.datetime(2026, 6, 2, 0, 20, tzinfo=LONDON)  # 23:20 on 1 June in UTC
    closed(plan, lead, asked, asked + dt.timedelta(minutes=20), signed_off_by=manager)

    exported = to_model(plan_parts().get(pk=plan.pk)).closure
    page = signed_in(lead).get(f"/plans/{plan.pk}/").content.decode()

    assert exported is not None
    assert (exported.date, exported.signed_off_on) == (dt.date(2026, 6, 2), dt.date(2026, 6, 2))
    assert f"signed off by {manager.display_name} on 2 June 2026." in page


def test_a_plan_that_came_in_closed_with_a_day_of_sign_off_and_no_name_shows_the_day(
    lead: User, plan: Plan
) -> None:
    signed = dt.datetime(2026, 4, 3, 12, tzinfo=LONDON)
    closed(plan, lead, signed, signed)

    page = signed_in(lead).get(f"/plans/{plan.pk}/").content.decode()

    assert "This plan was closed before it came into Family Plan, signed off on 3 April 2026." in page


def test_the_upgrade_clears_the_day_an_import_stood_in_for_a_sign_off_and_keeps_what_is_known(
    lead: User, manager: User, family: Family, plan: Plan
) -> None:
    came_in = dt.datetime(2026, 12, 1, 9, 30, tzinfo=LONDON)
    no_day = closed(plan, lead, came_in, came_in + dt.timedelta(milliseconds=3), signed_off_by_name="Morgan")
    other = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=dt.date(2026, 1, 5)
    )
    with_day = closed(
        other, lead, dt.datetime(2026, 4, 1, 12, tzinfo=LONDON), came_in, signed_off_by_name="Morgan"
    )
    third = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=dt.date(2026, 1, 5)
    )
    here = closed(third, lead, came_in, came_in + dt.timedelta(days=2), signed_off_by=manager)

    migration.clear_import_days(apps, None)

    for closure in (no_day, with_day, here):
        closure.refresh_from_db()
    assert (no_day.asked_on_known, no_day.signed_off_at) == (False, None)
    assert (with_day.asked_on_known, with_day.signed_off_at) == (True, None)
    assert (here.asked_on_known, here.signed_off_at) == (True, came_in + dt.timedelta(days=2))
    assert ClosureOut.from_orm(no_day).requested_at is None  # the API does not give the day it came in


def test_an_answer_kept_before_a_field_was_added_is_still_given_back() -> None:
    kept = {
        "reason": "outcomes_achieved",
        "summary": "Done.",
        "ongoing_actions": "",
        "family_agreed": True,
        "taf_agreed": True,
        "requested_at": "2026-04-01T12:00:00+01:00",
        "signed_off_at": None,
        "sign_off_comment": "",
    }

    again = ClosureOut.model_validate(kept)

    assert (again.no_goal_achieved_reason, again.requested_at) == (
        "",
        dt.datetime(2026, 4, 1, 11, tzinfo=dt.UTC),
    )
