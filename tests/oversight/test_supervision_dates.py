"""A supervision note records supervision that has been held, while the plan ran: a day after today
or before the plan started is refused, naming the date, with what was typed kept; and a plan that
has had no oversight stays on the manager's list of them."""

from __future__ import annotations

import datetime as dt
import html

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Plan
from familyplan.web.oversight.models import SupervisionNote
from tests.people import signed_in
from tests.web.test_messages_say_which_field import errors_of

TODAY = timezone.localdate()


def started_long_ago(plan: Plan) -> Plan:
    Plan.objects.filter(pk=plan.pk).update(started_on=TODAY - dt.timedelta(days=120))
    return Plan.objects.get(pk=plan.pk)


def record(manager: User, plan: Plan, day: str):
    return signed_in(manager).post(
        f"/plans/{plan.pk}/supervision/", {"date": day, "text": "We talked about school."}
    )


def test_a_supervision_dated_after_today_is_refused(manager: User, plan: Plan) -> None:
    tomorrow = (TODAY + dt.timedelta(days=1)).strftime("%d/%m/%Y")

    response = record(manager, plan, tomorrow)

    page = html.unescape(response.content.decode())
    assert errors_of(page) == ["The date of the supervision must be today or in the past"]
    assert f'value="{tomorrow}"' in page
    assert "We talked about school." in page
    assert not SupervisionNote.objects.exists()


def test_a_supervision_dated_before_the_plan_started_is_refused(manager: User, plan: Plan) -> None:
    plan = started_long_ago(plan)

    response = record(manager, plan, "01/01/1990")

    page = html.unescape(response.content.decode())
    assert errors_of(page) == [
        "The date of the supervision must be on or after the day the plan started, "
        f"{plan.started_on:%d/%m/%Y}"
    ]
    assert 'value="01/01/1990"' in page
    assert not SupervisionNote.objects.exists()


def test_a_supervision_held_on_the_day_the_plan_started_or_today_is_recorded(
    manager: User, plan: Plan
) -> None:
    plan = started_long_ago(plan)

    first = record(manager, plan, f"{plan.started_on:%d/%m/%Y}")
    latest = record(manager, plan, f"{TODAY:%d/%m/%Y}")

    assert (first.status_code, latest.status_code) == (302, 302)
    assert sorted(SupervisionNote.objects.values_list("date", flat=True)) == [plan.started_on, TODAY]


def test_a_plan_with_no_oversight_stays_listed_when_a_note_is_dated_ahead(manager: User, plan: Plan) -> None:
    plan = started_long_ago(plan)
    # A note dated ahead, as one could be saved before such dates were refused.
    SupervisionNote.objects.create(plan=plan, by=manager, date=TODAY + dt.timedelta(days=30), text="Ahead.")

    record(manager, plan, (TODAY + dt.timedelta(days=60)).strftime("%d/%m/%Y"))
    listed = signed_in(manager).get("/oversight/no-oversight/")

    assert "Smith" in listed.content.decode()
    assert f'href="/plans/{plan.pk}/' in listed.content.decode()
