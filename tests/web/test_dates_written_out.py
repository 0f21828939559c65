"""A date written as people write one, with the month's name ("3 March 2015"), is read as that
day in every date field, as the day-first digits are (and a month's name in a date of birth's month
box); a day that does not exist is still refused."""

from __future__ import annotations

import datetime as dt
import html

import pytest

from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Plan
from familyplan.web.oversight.models import SupervisionNote
from tests.people import signed_in


def add_a_daughter_born(lead: User, plan: Plan, day: str, month: str, year: str):
    return signed_in(lead).post(
        f"/families/{plan.family_id}/members/new/",
        {
            "name": "Lily",
            "relationship": "Daughter",
            "date_of_birth-day": day,
            "date_of_birth-month": month,
            "date_of_birth-year": year,
            "involved_in_plan": "on",
        },
    )


@pytest.mark.parametrize("month", ["March", "march", "Mar", "Mar.", "03"])
def test_a_date_of_birth_with_the_months_name_is_kept(lead: User, plan: Plan, month: str) -> None:
    response = add_a_daughter_born(lead, plan, "3", month, "2015")

    assert response.status_code == 302
    assert plan.family.members.get(name="Lily").date_of_birth == dt.date(2015, 3, 3)


def test_a_day_that_does_not_exist_with_the_months_name_is_still_refused(lead: User, plan: Plan) -> None:
    response = add_a_daughter_born(lead, plan, "31", "February", "2015")

    assert "Date of birth must be a real date" in html.unescape(response.content.decode())
    assert not plan.family.members.filter(name="Lily").exists()


def test_the_date_of_a_supervision_written_out_is_read_as_that_day(manager: User, plan: Plan) -> None:
    day = plan.started_on

    signed_in(manager).post(
        f"/plans/{plan.pk}/supervision/",
        {"date": f"{day.day} {day:%B %Y}", "text": "Talked through the plan."},
    )

    assert SupervisionNote.objects.get(plan=plan).date == day
