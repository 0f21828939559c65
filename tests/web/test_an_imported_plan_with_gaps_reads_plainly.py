"""A plan brought in with a goal whose outcome cell was empty, and an action with no who and a date
that does not exist, reads plainly where it is reviewed: the goal says it has no outcome written, and
the when is shown as written with a hint that its date needs correcting, not joined to nothing."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest

from familyplan.web.accounts.models import User
from familyplan.web.casework.importing import import_file
from familyplan.web.casework.models import Plan
from tests.people import signed_in


@pytest.fixture
def imported_with_gaps(lead: User, tmp_path: Path) -> Plan:
    path = tmp_path / "nowak.csv"
    path.write_text(
        "Family Goal,How will this happen,Who will do this,When will we do this\n"
        ",Mum will walk Ben to school every morning,,31/02/2027\n"
        "Ben will be in school every day,Ben will go to breakfast club,Ms Patel (Head of Year),Every Monday from 30/02/2027\n",
        encoding="utf-8",
    )
    result = import_file(path, lead, today=dt.date(2026, 12, 1))
    assert result.status == "imported", result.reason
    return result.family.plans.get()


def words(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_the_review_form_says_a_goal_has_no_outcome_and_a_date_needs_correcting(
    lead: User, imported_with_gaps: Plan
) -> None:
    page = signed_in(lead).get(f"/plans/{imported_with_gaps.pk}/reviews/new/").content.decode()

    headings = [words(h) for h in re.findall(r'<h3 class="govuk-heading-s">(.*?)</h3>', page, flags=re.S)]
    assert headings[:2] == ["Goal 1 (no outcome written)", "Goal 2: Ben will be in school every day"]
    legends = [words(legend) for legend in re.findall(r"<legend[^>]*>(.*?)</legend>", page, flags=re.S)]
    assert (
        "Mum will walk Ben to school every morning 31/02/2027 (not a real date: it needs correcting)"
        in legends
    )
    assert (
        "Ben will go to breakfast club Ms Patel (Head of Year), Every Monday from 30/02/2027"
        " (30/02/2027 is not a real date: it needs correcting)"
    ) in legends
    assert ", 31/02/2027" not in words(page)


def test_the_plan_page_says_a_goal_has_no_outcome(lead: User, imported_with_gaps: Plan) -> None:
    page = words(signed_in(lead).get(f"/plans/{imported_with_gaps.pk}/").content.decode())

    assert "Goal 1 (no outcome written)" in page
    assert "Goal 1: " not in page


def test_a_when_with_real_dates_and_a_who_reads_as_before(lead: User, plan: Plan) -> None:
    from familyplan.web.casework import services

    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school every day")
    services.action_save(by=lead, goal=goal, how="Mum will walk Ben to school", who="Mum", when="Every day")

    page = signed_in(lead).get(f"/plans/{plan.pk}/reviews/new/").content.decode()

    legends = [words(legend) for legend in re.findall(r"<legend[^>]*>(.*?)</legend>", page, flags=re.S)]
    assert "Mum will walk Ben to school Mum, Every day" in legends


def test_an_open_action_with_no_who_is_listed_without_a_dash_when_the_plan_closes(
    lead: User, imported_with_gaps: Plan
) -> None:
    from tests.web.test_closing_with_outcomes_achieved import ACHIEVED

    client = signed_in(lead)
    client.post(
        f"/plans/{imported_with_gaps.pk}/close/", {**ACHIEVED, "no_goal_achieved_reason": "Ben is settled."}
    )

    check = words(client.get(f"/plans/{imported_with_gaps.pk}/close/check/").content.decode())

    assert "Mum will walk Ben to school every morning (Not started)" in check
    assert "Ben will go to breakfast club – Ms Patel (Head of Year) (Not started)" in check


def test_the_action_page_of_a_goal_with_no_outcome_says_so_in_its_caption(
    lead: User, imported_with_gaps: Plan
) -> None:
    goal = imported_with_gaps.goals.get(outcome="")
    action = goal.actions.get()

    page = words(
        signed_in(lead)
        .get(f"/plans/{imported_with_gaps.pk}/goals/{goal.pk}/actions/{action.pk}/")
        .content.decode()
    )

    assert "Goal (no outcome written) Change an action" in page
