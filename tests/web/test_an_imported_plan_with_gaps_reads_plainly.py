"""A plan brought in with a goal whose outcome cell was empty, and an action with no who and a date
that does not exist, reads plainly where it is reviewed: the goal says it has no outcome written, and
the when is shown as written with a hint that its date needs correcting, not joined to nothing. The
review's messages name such a goal "a goal with no outcome written", on the page and through the API,
never with a pair of empty quotes."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework.importing import import_file
from familyplan.web.casework.models import Action, Goal, Plan
from tests.api.test_api_writes import Api
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


EMPTY = "a goal with no outcome written"


def a_review_of(plan: Plan, **scores: str) -> dict[str, object]:
    """The review form filled in whole, but for the scores given (goal ``empty`` and ``written``)."""
    today = timezone.localdate()
    form: dict[str, object] = {
        "date": f"{today:%d/%m/%Y}",
        "kind": "meeting",
        "attendees_other": "Anna Nowak (Mum)",
        "child_views_missing_reason": "Ben was ill.",
        "next_review_date": f"{today + dt.timedelta(weeks=6):%d/%m/%Y}",
    }
    for goal in plan.goals.all():
        name = "empty" if not goal.outcome.strip() else "written"
        form |= {f"family_{goal.pk}": scores.get(name, "5"), f"practitioners_{goal.pk}": "5"}
        form[f"goal_version_{goal.pk}"] = goal.version
        for action in goal.actions.all():
            form |= {f"progress_{action.pk}": "Going well.", f"status_{action.pk}": action.status}
            form[f"version_{action.pk}"] = action.version
    return form


def test_a_score_missing_for_a_goal_with_no_outcome_names_it_so_not_with_empty_quotes(
    lead: User, imported_with_gaps: Plan
) -> None:
    form = a_review_of(imported_with_gaps, empty="")

    page = words(signed_in(lead).post(f"/plans/{imported_with_gaps.pk}/reviews/new/", form).content.decode())

    assert f"Give the family's score for {EMPTY}, or say why there is none" in page
    assert "“”" not in page


def test_a_wrong_score_for_a_goal_with_no_outcome_names_it_so_and_a_written_goal_is_still_quoted(
    lead: User, imported_with_gaps: Plan
) -> None:
    form = a_review_of(imported_with_gaps, empty="12", written="eleven")

    page = words(signed_in(lead).post(f"/plans/{imported_with_gaps.pk}/reviews/new/", form).content.decode())

    assert f"Enter the family's score for {EMPTY}, from 0 to 10" in page
    assert "Enter the family's score for “Ben will be in school every day”, from 0 to 10" in page
    assert "“”" not in page


def test_a_review_sent_through_the_api_without_a_score_names_a_goal_with_no_outcome_so(
    lead: User, imported_with_gaps: Plan
) -> None:
    empty = Goal.objects.get(plan=imported_with_gaps, outcome="")
    today = timezone.localdate()
    body = {
        "date": f"{today}",
        "next_review_date": f"{today + dt.timedelta(weeks=6)}",
        "attendees": "Anna Nowak (Mum)",
        "version": Plan.objects.get(pk=imported_with_gaps.pk).version,
    }

    refused = Api(lead)("POST", f"/plans/{imported_with_gaps.pk}/reviews", body, status=422)

    assert refused["problems"][f"score_{empty.pk}"] == (
        f"Give a score from the family and from the practitioners for {EMPTY}, or say why there is none"
    )


def test_my_work_lists_an_action_with_no_who_or_no_when_with_nothing_joined_to_them(
    lead: User, tmp_path: Path
) -> None:
    past = timezone.localdate() - dt.timedelta(days=10)
    path = tmp_path / "nowak.csv"
    path.write_text(
        "Family Goal,How will this happen,Who will do this,When will we do this\n"
        f"Ben will be in school every day,Mum will walk Ben to school every morning,,{past:%d/%m/%Y}\n"
        "Ben will be in school every day,Ben will go to breakfast club,Lead Tester (Family Support Worker),\n",
        encoding="utf-8",
    )
    plan = import_file(path, lead).family.plans.get()
    Action.objects.filter(goal__plan=plan, when="").update(taf_member=plan.family.taf.get(user=lead))

    page = words(signed_in(lead).get("/my-work/").content.decode())

    assert f"their plan : Mum will walk Ben to school every morning ({past:%d/%m/%Y})" in page
    assert "their plan : Ben will go to breakfast club Overdue actions given to others" in page
    assert " – (" not in page
    assert "()" not in page
