"""A plan brought in with an action whose "how will this happen" cell was empty: wherever a message
names that action (the review's messages, on the page and through the API, the lead's work tray, a
clash with someone else's change) it is "an action with nothing written", never a pair of empty
quotes; an action with words is still named by them."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.importing import import_file
from familyplan.web.casework.models import Action, Plan
from tests.api.test_api_writes import Api
from tests.people import join_the_team, make_user, signed_in

NOTHING = "an action with nothing written"
TODAY = timezone.localdate()


@pytest.fixture
def imported(lead: User, tmp_path: Path) -> Plan:
    """The Nowak family's plan, brought in from a file: one action has nothing written, one has."""
    goal = {
        "outcome": "Ben will be in school every day",
        "actions": [
            {"how": "", "who": "Jo March (Head of Year 6)", "when": "Every Monday"},
            {"how": "Mum will walk Ben to school every day.", "who": "Mum", "when": "Every day"},
        ],
    }
    path = tmp_path / "nowak.json"
    path.write_text(json.dumps({"family_name": "Nowak", "goals": [goal]}), encoding="utf-8")
    result = import_file(path, lead)
    assert result.status == "imported", result.reason
    return result.family.plans.get()


def unwritten(plan: Plan) -> Action:
    return Action.objects.get(goal__plan=plan, how="")


def words(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def a_review_of(plan: Plan, **progress: str) -> dict[str, object]:
    """The review form filled in whole, but for the progress given (action ``unwritten`` and ``written``)."""
    form: dict[str, object] = {
        "date": f"{TODAY:%d/%m/%Y}",
        "kind": "meeting",
        "attendees_other": "Anna Nowak (Mum)",
        "child_views_missing_reason": "Ben was ill.",
        "next_review_date": f"{TODAY + dt.timedelta(weeks=6):%d/%m/%Y}",
    }
    for goal in plan.goals.all():
        form |= {
            f"family_{goal.pk}": "5",
            f"practitioners_{goal.pk}": "5",
            f"goal_version_{goal.pk}": goal.version,
        }
        for action in goal.actions.all():
            name = "written" if action.how else "unwritten"
            form |= {
                f"progress_{action.pk}": progress.get(name, "Going well."),
                f"status_{action.pk}": action.status,
            }
            form[f"version_{action.pk}"] = action.version
    return form


def test_progress_missing_on_an_action_with_nothing_written_names_it_so_not_with_empty_quotes(
    lead: User, imported: Plan
) -> None:
    form = a_review_of(imported, unwritten="", written="")

    page = words(signed_in(lead).post(f"/plans/{imported.pk}/reviews/new/", form).content.decode())

    assert f"Write what progress has been made on {NOTHING}, even if there has been none" in page
    assert (
        "Write what progress has been made on “Mum will walk Ben to school every day.”, "
        "even if there has been none"
    ) in page
    assert "“”" not in page


def test_a_review_sent_through_the_api_without_progress_names_an_action_with_nothing_written_so(
    lead: User, imported: Plan
) -> None:
    body = {
        "date": f"{TODAY}",
        "next_review_date": f"{TODAY + dt.timedelta(weeks=6)}",
        "attendees": "Anna Nowak (Mum)",
        "version": Plan.objects.get(pk=imported.pk).version,
    }

    refused = Api(lead)("POST", f"/plans/{imported.pk}/reviews", body, status=422)

    assert refused["problems"][f"progress_{unwritten(imported).pk}"] == (
        f"Write what progress has been made on {NOTHING}, even if there has been none"
    )


def test_my_work_names_an_action_with_nothing_written_in_progress_sent_in_and_in_the_action_lists(
    lead: User, imported: Plan
) -> None:
    school = make_user("march", first_name="Jo", last_name="March")
    jo = join_the_team(imported.family, lead, school, "Jo March", "Head of Year 6", "Hill School")
    action = unwritten(imported)
    Action.objects.filter(pk=action.pk).update(taf_member=jo)
    sent = signed_in(school).post(
        f"/plans/{imported.pk}/actions/{action.pk}/progress/",
        {"text": "Ben came in on time every Monday.", "status": "in_progress"},
    )
    Action.objects.filter(pk=action.pk).update(overdue_from=TODAY - dt.timedelta(days=3))

    leads_work = words(signed_in(lead).get("/my-work/").content.decode())
    jos_work = words(signed_in(school).get("/my-work/").content.decode())

    assert sent.status_code == 302
    assert (
        f"Jo March on {TODAY:%-d %B %Y}, about {NOTHING}, ready for the next review: "
        "Ben came in on time every Monday."
    ) in leads_work
    assert ": An action with nothing written – Jo March (Head of Year 6) (Every Monday)" in leads_work
    assert ": An action with nothing written (Every Monday) Overdue" in jos_work
    assert "“”" not in leads_work
    assert ": (Every Monday)" not in jos_work


def test_a_status_someone_else_changed_on_an_action_with_nothing_written_names_it_so(
    lead: User, manager: User, imported: Plan
) -> None:
    action = unwritten(imported)
    form = a_review_of(imported)
    services.action_progress_add(action=action, by=lead, text="Ben went every Monday.", status="done")

    clash = signed_in(manager).post(f"/plans/{imported.pk}/reviews/new/", form)

    page = words(clash.content.decode())
    assert clash.status_code == 409
    assert f"Status of {NOTHING}" in page
    assert "Status of: " not in page


def test_an_action_with_nothing_written_that_is_done_is_celebrated_by_that_name_on_the_plan(
    lead: User, imported: Plan
) -> None:
    services.action_progress_add(action=unwritten(imported), by=lead, text="Done.", status="done")

    page = words(signed_in(lead).get(f"/plans/{imported.pk}/").content.decode())

    assert f"To celebrate Action done: {NOTHING}" in page


# Where the action's own text stands on its own, as a link, a heading of its part of a form, a cell
# or a line of a list, an action with nothing written says so, and its link can still be followed.


def test_the_plan_page_links_to_an_action_with_nothing_written_by_saying_so(
    lead: User, imported: Plan
) -> None:
    action = unwritten(imported)

    page = signed_in(lead).get(f"/plans/{imported.pk}/").content.decode()

    link = f'href="/plans/{imported.pk}/goals/{action.goal_id}/actions/{action.pk}/">'
    assert f"{link}An action with nothing written</a>" in page
    assert f"{link}</a>" not in page


def test_the_review_names_an_action_with_nothing_written_where_it_is_recorded_and_read(
    lead: User, imported: Plan
) -> None:
    client = signed_in(lead)

    form = client.get(f"/plans/{imported.pk}/reviews/new/").content.decode()
    recorded = client.post(f"/plans/{imported.pk}/reviews/new/", a_review_of(imported))
    review = words(client.get(f"/plans/{imported.pk}/reviews/{imported.reviews.get().pk}/").content.decode())

    legends = [words(legend) for legend in re.findall(r"<legend[^>]*>(.*?)</legend>", form, flags=re.S)]
    assert "An action with nothing written Jo March (Head of Year 6), Every Monday" in legends
    assert recorded.status_code == 302
    assert "Action An action with nothing written" in review


def test_the_pages_for_one_action_with_nothing_written_say_so(lead: User, imported: Plan) -> None:
    action = unwritten(imported)
    client = signed_in(lead)

    progress = words(client.get(f"/plans/{imported.pk}/actions/{action.pk}/progress/").content.decode())
    remove = words(
        client.get(
            f"/plans/{imported.pk}/goals/{action.goal_id}/actions/{action.pk}/remove/"
        ).content.decode()
    )

    assert "An action with nothing written Update progress" in progress
    assert "Remove this action? An action with nothing written ! Warning Remove an action only if" in remove


def test_an_open_action_with_nothing_written_is_named_so_when_the_plan_closes(
    lead: User, imported: Plan
) -> None:
    from tests.web.test_closing_with_outcomes_achieved import ACHIEVED

    client = signed_in(lead)
    client.post(f"/plans/{imported.pk}/close/", {**ACHIEVED, "no_goal_achieved_reason": "Ben is settled."})

    check = words(client.get(f"/plans/{imported.pk}/close/check/").content.decode())

    assert "An action with nothing written – Jo March (Head of Year 6) (Not started)" in check
