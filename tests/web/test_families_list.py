"""The list of families gives each live plan's next review as the plan page does, and says which are overdue."""

from __future__ import annotations

import datetime as dt
import re

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from familyplan.web.casework.review_due import review_due_on
from familyplan.web.templatetags.govuk import date_uk
from tests.people import signed_in


def next_review_cell(page: str, family_name: str) -> str:
    row = page[page.index(f"{family_name} family</a>") :]
    cells = re.findall(r'<td class="govuk-table__cell"[^>]*>(.*?)</td>', row[: row.index("</tr>")], re.S)
    shown = re.sub(
        r'<span class="app-table-stack__name"[^>]*>.*?</span>', "", cells[-1]
    )  # a phone's column name
    return re.sub(r"<[^>]+>", "", shown).strip()


def test_a_plan_never_reviewed_shows_when_its_first_review_is_due(lead: User, plan: Plan) -> None:
    page = signed_in(lead).get("/").content.decode()

    due = timezone.localdate() + dt.timedelta(weeks=8)  # a full early help cycle after it started
    assert review_due_on(plan) == due
    assert next_review_cell(page, "Smith") == date_uk(due)


def test_a_plan_past_its_first_review_is_marked_overdue(lead: User) -> None:
    family = services.family_create(by=lead, family_name="Okafor")
    started = timezone.localdate() - dt.timedelta(weeks=9)
    services.plan_start(family=family, by=lead, plan_type="early_help", started_on=started)

    page = signed_in(lead).get("/").content.decode()

    cell = next_review_cell(page, "Okafor")
    assert cell.split() == [*date_uk(started + dt.timedelta(weeks=8)).split(), "Overdue"]


def test_a_closed_plan_has_no_next_review(lead: User, plan: Plan) -> None:
    Plan.objects.filter(pk=plan.pk).update(status=Plan.Status.CLOSED)

    page = signed_in(lead).get("/").content.decode()

    assert next_review_cell(page, "Smith") == "–"


def test_the_list_asks_the_database_as_often_for_many_families_as_for_a_few(lead: User) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for_the_list() -> int:
        client = signed_in(lead)
        with CaptureQueriesContext(connection) as queries:
            client.get("/")
        return len(queries)

    for name in ("Adams", "Baker"):
        family = services.family_create(by=lead, family_name=name)
        services.plan_start(family=family, by=lead, plan_type="early_help", started_on=timezone.localdate())
    few = queries_for_the_list()
    for name in ("Clarke", "Dunn", "Evans", "Ford"):
        family = services.family_create(by=lead, family_name=name)
        services.plan_start(family=family, by=lead, plan_type="early_help", started_on=timezone.localdate())

    assert queries_for_the_list() == few
