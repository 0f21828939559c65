"""Closing a plan as seed 003 asks: the right questions for each reason, a manager's comment,
and a closure that can be returned to the lead practitioner."""

from __future__ import annotations

import html

from familyplan.web.accounts.models import User
from familyplan.web.casework import closure, services
from familyplan.web.casework.models import ClosureReturn, Plan
from tests.people import signed_in

CONSENT_WITHDRAWN = {
    "reason": "consent_withdrawn",
    "summary": "Mum asked for the plan to stop on 1 December.",
    "ongoing_actions": "School will keep offering the breakfast club.",
    "taf_agreed": "on",
}


def text(response) -> str:
    return html.unescape(response.content.decode())


def close(lead: User, plan: Plan, answers: dict[str, str]):
    client = signed_in(lead)
    first = client.post(f"/plans/{plan.pk}/close/", answers)
    if first.status_code != 302:
        return first
    return client.post(f"/plans/{plan.pk}/close/check/")


def test_a_family_who_withdrew_consent_are_not_asked_to_agree(lead: User, plan: Plan) -> None:
    response = close(lead, plan, CONSENT_WITHDRAWN)

    plan.refresh_from_db()
    assert response.status_code == 302
    assert plan.status == Plan.Status.AWAITING_SIGN_OFF
    assert plan.closure.family_agreed is False


def test_other_reasons_still_need_the_familys_agreement(lead: User, plan: Plan) -> None:
    response = close(lead, plan, {**CONSENT_WITHDRAWN, "reason": "moved_away"})

    assert "The family must agree before the plan is closed" in text(response)
    assert plan.status == Plan.Status.LIVE


def test_outcomes_achieved_needs_an_achieved_goal_or_a_reason(lead: User, plan: Plan) -> None:
    services.goal_save(by=lead, plan=plan, outcome="Ben will be in school for 90% of sessions.")
    achieved = {**CONSENT_WITHDRAWN, "reason": "outcomes_achieved", "family_agreed": "on"}

    refused = close(lead, plan, achieved)
    accepted = close(
        lead, plan, {**achieved, "no_goal_achieved_reason": "Ben's attendance is 97% this term."}
    )

    assert "No goal has been marked achieved" in text(refused)
    assert accepted.status_code == 302
    assert (
        Plan.objects.get(pk=plan.pk).closure.no_goal_achieved_reason == "Ben's attendance is 97% this term."
    )


def test_the_manager_sees_open_errors_and_returns_the_closure_with_a_comment(
    lead: User, manager: User, plan: Plan
) -> None:
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school.")
    services.action_save(by=lead, goal=goal, how="Mum will monitor Ben.", who="school", when="ASAP")
    close(lead, plan, CONSENT_WITHDRAWN)

    page = text(signed_in(manager).get(f"/plans/{plan.pk}/sign-off/"))
    no_comment = signed_in(manager).post(f"/plans/{plan.pk}/sign-off/", {"decision": "return"})
    returned = signed_in(manager).post(
        f"/plans/{plan.pk}/sign-off/",
        {"decision": "return", "comment": "Record what Mum said when she withdrew consent."},
    )

    plan.refresh_from_db()
    assert "errors the checker found" in page or "error the checker found" in page
    assert "Say what the lead practitioner needs to do" in text(no_comment)
    assert returned.status_code == 302
    assert plan.status == Plan.Status.LIVE
    assert not hasattr(plan, "closure") or plan.closure is None
    lead_page = text(signed_in(lead).get(f"/plans/{plan.pk}/"))
    assert "Record what Mum said when she withdrew consent." in lead_page
    assert "Record what Mum said when she withdrew consent." in text(signed_in(lead).get("/my-work/"))


def test_a_returned_closure_sent_again_and_signed_off_shows_its_reason_summary_and_comment(
    lead: User, manager: User, plan: Plan
) -> None:
    close(lead, plan, CONSENT_WITHDRAWN)
    closure.closure_return(plan=plan, by=manager, comment="Add what school will keep doing.")
    close(lead, plan, {**CONSENT_WITHDRAWN, "ongoing_actions": "School will keep the breakfast club place."})

    signed_in(manager).post(
        f"/plans/{plan.pk}/sign-off/", {"decision": "sign_off", "comment": "Closed as the family asked."}
    )

    plan.refresh_from_db()
    page = text(signed_in(lead).get(f"/plans/{plan.pk}/"))
    assert plan.status == Plan.Status.CLOSED
    assert ClosureReturn.objects.get().answered_at is not None
    assert "The family withdrew consent" in page
    assert "Mum asked for the plan to stop on 1 December." in page
    assert "School will keep the breakfast club place." in page
    assert "Closed as the family asked." in page


def test_each_change_link_on_the_check_page_goes_to_its_own_question(lead: User, plan: Plan) -> None:
    client = signed_in(lead)
    client.post(f"/plans/{plan.pk}/close/", CONSENT_WITHDRAWN)

    page = text(client.get(f"/plans/{plan.pk}/close/check/"))

    for question in ("id_reason_0", "id_summary", "id_ongoing_actions", "id_family_agreed"):
        assert f'href="/plans/{plan.pk}/close/#{question}"' in page
    assert page.count(f'href="/plans/{plan.pk}/close/"') == 1  # the back link only


def test_an_empty_closure_form_shows_every_problem_it_can_at_once(lead: User, plan: Plan) -> None:
    page = text(signed_in(lead).post(f"/plans/{plan.pk}/close/", {"summary": ""}))

    assert "Choose why the plan is closing" in page
    assert "Enter a final summary" in page
    assert "The Team Around the Family must agree before the plan is closed" in page


def test_a_reason_with_missing_agreements_shows_them_with_the_missing_summary(lead: User, plan: Plan) -> None:
    page = text(signed_in(lead).post(f"/plans/{plan.pk}/close/", {"reason": "outcomes_achieved"}))

    assert "Enter a final summary" in page
    assert "The family must agree before the plan is closed" in page
    assert "The Team Around the Family must agree before the plan is closed" in page
    assert "No goal has been marked achieved" in page


def test_an_empty_closure_form_also_says_the_family_must_agree_unless_they_withdrew_consent(
    lead: User, plan: Plan
) -> None:
    page = text(signed_in(lead).post(f"/plans/{plan.pk}/close/", {"summary": ""}))

    summary = page[page.index("govuk-error-summary") : page.index("</ul>", page.index("govuk-error-summary"))]
    assert "The family must agree before the plan is closed, unless they withdrew their consent" in summary
    assert 'href="#id_family_agreed"' in summary


def test_a_form_without_a_reason_but_with_the_familys_agreement_is_not_told_to_get_it(
    lead: User, plan: Plan
) -> None:
    page = text(signed_in(lead).post(f"/plans/{plan.pk}/close/", {"summary": "", "family_agreed": "on"}))

    assert "Choose why the plan is closing" in page
    assert "The family must agree" not in page


def test_a_returned_closure_opens_with_what_was_sent_to_be_put_right(
    lead: User, manager: User, plan: Plan
) -> None:
    close(lead, plan, CONSENT_WITHDRAWN)
    closure.closure_return(plan=plan, by=manager, comment="Add what school will keep doing.")

    form = text(signed_in(lead).get(f"/plans/{plan.pk}/close/"))

    assert "Mum asked for the plan to stop on 1 December." in form
    assert "School will keep offering the breakfast club." in form
    assert 'value="consent_withdrawn" checked' in form


def test_a_plan_waiting_for_sign_off_says_so_when_a_review_is_asked_for(lead: User, plan: Plan) -> None:
    close(lead, plan, CONSENT_WITHDRAWN)

    response = signed_in(lead).get(f"/plans/{plan.pk}/reviews/new/", follow=True)

    assert "waiting for a manager to sign off its closure, so it cannot be reviewed" in text(response)
    assert "This plan is closed" not in text(response)
