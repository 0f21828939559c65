"""A plan closed because its outcomes were achieved says which goals were: they are achieved when the
plan closes, the outcomes report counts them, and the family's final copy reads as a finished plan."""

from __future__ import annotations

import csv
import html
import io

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import closure, services
from familyplan.web.casework.models import Goal, Plan
from tests.people import signed_in

ACHIEVED = {
    "reason": "outcomes_achieved",
    "summary": "Ben is in school every day and sleeps well.",
    "family_agreed": "on",
    "taf_agreed": "on",
}


def text(response) -> str:
    return html.unescape(response.content.decode())


def two_goals(plan: Plan, lead: User) -> tuple[Goal, Goal]:
    school = services.goal_save(
        by=lead,
        plan=plan,
        outcome="Ben will be in school for 90% of sessions.",
        supporting_families_outcome="education",
    )
    services.action_save(
        by=lead,
        goal=school,
        how="Mum will walk Ben to school every day.",
        who="Mum",
        when="Every day (review 14/04/2099)",
    )
    sleep = services.goal_save(
        by=lead,
        plan=plan,
        outcome="Ben will be asleep by 8pm on school nights.",
        supporting_families_outcome="health",
    )
    return school, sleep


def test_the_goals_chosen_as_achieved_are_achieved_when_the_plan_closes(
    lead: User, manager: User, plan: Plan
) -> None:
    school, sleep = two_goals(plan, lead)
    client = signed_in(lead)

    form = text(client.get(f"/plans/{plan.pk}/close/"))
    asked = client.post(f"/plans/{plan.pk}/close/", {**ACHIEVED, "goals_achieved": [str(school.pk)]})
    check = text(client.get(f"/plans/{plan.pk}/close/check/"))
    client.post(f"/plans/{plan.pk}/close/check/")
    waiting = Goal.objects.get(pk=school.pk).status
    signed_in(manager).post(f"/plans/{plan.pk}/sign-off/", {"decision": "sign_off", "comment": ""})

    today = timezone.localdate()
    report = (
        signed_in(manager)
        .get(f"/oversight/outcomes/?start={today:%d/%m/%Y}&end={today:%d/%m/%Y}&format=csv")
        .content.decode()
    )
    assert "Which goals have been achieved?" in form
    assert f'value="{school.pk}"' in form
    assert asked.status_code == 302
    assert "Goals achieved" in check
    assert "Ben will be in school for 90% of sessions." in check
    assert waiting == "open"  # until the closure is signed off
    assert (Goal.objects.get(pk=school.pk).status, Goal.objects.get(pk=school.pk).achieved_on) == (
        "achieved",
        today,
    )
    assert Goal.objects.get(pk=sleep.pk).status == "open"
    assert ["Getting a good education", "1", "1", "0"] in list(csv.reader(io.StringIO(report)))


def test_outcomes_achieved_with_no_goal_chosen_still_needs_a_reason(lead: User, plan: Plan) -> None:
    two_goals(plan, lead)

    refused = text(signed_in(lead).post(f"/plans/{plan.pk}/close/", ACHIEVED))

    assert "No goal has been marked achieved: choose the goals that have been achieved" in refused


def test_a_closure_returned_to_the_lead_leaves_the_goals_open(lead: User, manager: User, plan: Plan) -> None:
    school, _sleep = two_goals(plan, lead)
    client = signed_in(lead)
    client.post(f"/plans/{plan.pk}/close/", {**ACHIEVED, "goals_achieved": [str(school.pk)]})
    client.post(f"/plans/{plan.pk}/close/check/")

    closure.closure_return(plan=plan, by=manager, comment="Ask the school first.")

    assert Goal.objects.get(pk=school.pk).status == "open"


def test_the_familys_final_copy_says_what_was_achieved_and_has_no_dates_to_come(
    lead: User, manager: User, plan: Plan
) -> None:
    school, _sleep = two_goals(plan, lead)
    client = signed_in(lead)
    client.post(f"/plans/{plan.pk}/close/", {**ACHIEVED, "goals_achieved": [str(school.pk)]})
    client.post(f"/plans/{plan.pk}/close/check/")
    signed_in(manager).post(f"/plans/{plan.pk}/sign-off/", {"decision": "sign_off", "comment": ""})

    page = text(client.get(f"/plans/{plan.pk}/family-copy/"))

    achieved = page.split("What was achieved</h2>", 1)[1].split("</h2>", 1)[0]
    assert "this is your final copy" in page
    assert "What we want to change" not in page
    assert "Ben will be in school for 90% of sessions." in achieved
    assert "Ben will be asleep by 8pm" not in achieved
    assert "What we worked on" in page
    assert "Who did what" in page
    assert "every day. <strong>(not done)</strong>" in page  # never marked done or stopped
    assert "2099" not in page  # the action's review date
    assert "Next meeting" not in page
    assert page.count("<table") == page.count("</table>")  # each goal's actions end under that goal


def test_answers_lost_with_the_session_are_asked_again_with_a_reason(lead: User, plan: Plan) -> None:
    signed_in(lead).post(
        f"/plans/{plan.pk}/close/", {**ACHIEVED, "no_goal_achieved_reason": "Ben is settled."}
    )

    # Signed in again: a new session, without the answers.
    response = signed_in(lead).post(f"/plans/{plan.pk}/close/check/", follow=True)

    page = text(response)
    assert response.redirect_chain[-1][0] == f"/plans/{plan.pk}/close/"
    assert "Your answers about closing the plan were not kept" in page
    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.LIVE


def test_the_check_and_sign_off_pages_list_the_actions_still_open(
    lead: User, manager: User, plan: Plan
) -> None:
    school, _sleep = two_goals(plan, lead)
    client = signed_in(lead)
    client.post(f"/plans/{plan.pk}/close/", {**ACHIEVED, "goals_achieved": [str(school.pk)]})

    check = text(client.get(f"/plans/{plan.pk}/close/check/"))
    client.post(f"/plans/{plan.pk}/close/check/")
    sign_off = text(signed_in(manager).get(f"/plans/{plan.pk}/sign-off/"))

    for page in (check, sign_off):
        assert "Actions not marked done or stopped" in page
        assert "1 action is still open. The family's final copy will show it as not done." in page
        assert "Mum will walk Ben to school every day. – Mum (Not started)" in page
    assert "Before the plan closes, update each one on the plan" in check
    assert "return the closure to the lead practitioner and say which" in sign_off
    assert "Before the plan closes, update each one on the plan" not in sign_off


def test_a_closed_plan_asks_for_nothing_more_to_be_fixed_and_no_date_to_be_kept(
    lead: User, manager: User, plan: Plan
) -> None:
    school, _sleep = two_goals(plan, lead)
    services.action_save(
        by=lead,
        goal=school,
        how="Mum will ring the school office by 9am when Ben is ill.",
        who="Mum",
        when="ASAP",
    )
    client = signed_in(lead)
    assert "Fix these first" in text(client.get(f"/plans/{plan.pk}/"))
    client.post(f"/plans/{plan.pk}/close/", {**ACHIEVED, "goals_achieved": [str(school.pk)]})
    client.post(f"/plans/{plan.pk}/close/check/")
    signed_in(manager).post(f"/plans/{plan.pk}/sign-off/", {"decision": "sign_off", "comment": ""})

    page = text(client.get(f"/plans/{plan.pk}/"))
    assert "Fix these first" not in page
    assert "Problems the checker found (the plan can no longer be changed)" in page
