"""A family member's date of birth is asked for as GOV.UK asks for a date people know: day, month
and year boxes in one fieldset, with an error on the box that is wrong, listed in the error summary."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from familyplan.web.accounts.models import User
from familyplan.web.casework.models import FamilyMember, Plan
from tests.people import signed_in


def add_lily(lead: User, plan: Plan, day: str, month: str, year: str) -> str:
    response = signed_in(lead).post(
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
    return html.unescape(response.content.decode()) if response.status_code == 200 else ""


def box(page: str, name: str) -> str:
    found = re.search(rf'<input [^>]*id="id_date_of_birth-{name}"[^>]*>', page)
    assert found, f"no {name} box"
    return found[0]


def summary_links(page: str) -> list[tuple[str, str]]:
    summary = page.split('govuk-error-summary__list"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', summary)


def test_the_date_of_birth_is_three_labelled_boxes_in_one_fieldset(lead: User, plan: Plan) -> None:
    page = signed_in(lead).get(f"/families/{plan.family_id}/members/new/").content.decode()

    fieldset = page.split('<fieldset class="govuk-fieldset" role="group"', 1)[1].split("</fieldset>", 1)[0]
    assert "Date of birth (optional)</legend>" in fieldset
    for name, label in (("day", "Day"), ("month", "Month"), ("year", "Year")):
        assert (
            f'<label class="govuk-label govuk-date-input__label" for="id_date_of_birth-{name}">{label}</label>'
            in fieldset
        )
        assert f'name="date_of_birth-{name}"' in box(fieldset, name)
    assert re.search(r"For example, \d{1,2} \d{1,2} \d{4}", fieldset)


def test_a_date_of_birth_in_the_boxes_is_kept(lead: User, plan: Plan) -> None:
    add_lily(lead, plan, "3", "9", "2012")

    assert FamilyMember.objects.get(name="Lily").date_of_birth == dt.date(2012, 9, 3)


def test_no_date_of_birth_is_still_allowed(lead: User, plan: Plan) -> None:
    add_lily(lead, plan, "", "", "")

    assert FamilyMember.objects.get(name="Lily").date_of_birth is None


@pytest.mark.parametrize(
    ("day", "month", "year", "message", "wrong"),
    [
        ("3", "", "2012", "Date of birth must include a month", ["month"]),
        ("", "9", "", "Date of birth must include a day and year", ["day", "year"]),
        ("31", "2", "2020", "Date of birth must be a real date", ["day"]),
        ("3", "13", "2020", "Date of birth must be a real date", ["month"]),
        ("3", "9", "12", "Year must include 4 numbers", ["year"]),
    ],
)
def test_an_error_is_on_the_box_that_is_wrong_and_in_the_summary(
    lead: User, plan: Plan, day: str, month: str, year: str, message: str, wrong: list[str]
) -> None:
    page = add_lily(lead, plan, day, month, year)

    assert summary_links(page) == [(f"#id_date_of_birth-{wrong[0]}", message)]
    assert f"Error: {message}" in re.sub(r"<[^>]+>", "", page)
    for name in ("day", "month", "year"):
        assert ("govuk-input--error" in box(page, name)) == (name in wrong)
    assert f'value="{day}"' in box(page, "day")
    assert f'value="{year}"' in box(page, "year")
    assert not FamilyMember.objects.filter(name="Lily").exists()


def test_a_date_of_birth_still_to_come_marks_the_whole_date(lead: User, plan: Plan) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=2)

    page = add_lily(lead, plan, str(tomorrow.day), str(tomorrow.month), str(tomorrow.year))

    assert summary_links(page) == [("#id_date_of_birth-day", "Date of birth must be today or in the past")]
    assert all("govuk-input--error" in box(page, name) for name in ("day", "month", "year"))


def test_correcting_a_record_shows_the_stored_date_of_birth_in_its_boxes(lead: User, plan: Plan) -> None:
    member = plan.family.members.get(name="Ben")
    member.date_of_birth = dt.date(2014, 6, 21)
    member.save()

    page = signed_in(lead).get(f"/families/{plan.family_id}/members/{member.pk}/").content.decode()

    assert 'value="21"' in box(page, "day")
    assert 'value="6"' in box(page, "month")
    assert 'value="2014"' in box(page, "year")
