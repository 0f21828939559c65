"""The rules a council relies on: one live plan, read-only when closed, a second person signs off."""

from __future__ import annotations

import pytest
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import services
from familyplan.web.casework.models import Family, Plan
from tests.people import join_the_team, make_user, signed_in

CLOSURE = {
    "reason": "outcomes_achieved",
    "summary": "Ben is in school every day.",
    "no_goal_achieved_reason": "The family met their outcomes outside the plan's goals.",
    "ongoing_actions": "",
    "family_agreed": "on",
    "taf_agreed": "on",
}


def ask_to_close(client, plan: Plan) -> None:
    client.post(f"/plans/{plan.pk}/close/", CLOSURE)
    client.post(f"/plans/{plan.pk}/close/check/")


def test_a_second_live_plan_for_the_same_family_is_refused(lead: User, plan: Plan) -> None:
    client = signed_in(lead)

    response = client.post(
        f"/families/{plan.family_id}/plan/new/", {"plan_type": "early_help", "started_on": "01/03/2025"}
    )

    assert response.status_code == 409
    assert "This family already has a live plan" in response.content.decode()
    assert f'href="/plans/{plan.pk}/"' in response.content.decode()
    assert Plan.objects.filter(family=plan.family).count() == 1


def test_the_service_also_refuses_a_second_live_plan(lead: User, plan: Plan) -> None:
    with pytest.raises(services.SecondLivePlanError) as refused:
        services.plan_start(family=plan.family, by=lead, plan_type="my_plan", started_on=timezone.localdate())

    assert refused.value.live == plan


def test_a_new_plan_can_start_once_the_last_one_is_closed(lead: User, manager: User, plan: Plan) -> None:
    ask_to_close(signed_in(lead), plan)
    signed_in(manager).post(f"/plans/{plan.pk}/sign-off/")

    response = signed_in(lead).post(
        f"/families/{plan.family_id}/plan/new/", {"plan_type": "my_plan", "started_on": "01/03/2025"}
    )

    assert response.status_code == 302
    assert Plan.objects.filter(family=plan.family).count() == 2


def test_the_lead_cannot_sign_off_their_own_closure(lead: User, plan: Plan) -> None:
    lead.role = User.Role.MANAGER  # even a lead who is also a manager
    lead.save()
    client = signed_in(lead)
    ask_to_close(client, plan)

    response = client.post(f"/plans/{plan.pk}/sign-off/")

    plan.refresh_from_db()
    assert response.status_code == 403
    assert "You lead this plan, so someone else must sign off its closure" in response.content.decode()
    assert plan.status == Plan.Status.AWAITING_SIGN_OFF


def test_a_plan_led_by_the_teams_only_manager_waits_for_a_coordinator_who_is_told(
    lead: User, plan: Plan, mailoutbox: list, django_capture_on_commit_callbacks
) -> None:
    lead.role = User.Role.MANAGER  # the team's manager leads this family's plan
    lead.save()
    coordinator = make_user("coordinator", role=User.Role.COORDINATOR, email="coordinator@council.example")
    client = signed_in(lead)

    with django_capture_on_commit_callbacks(execute=True):
        ask_to_close(client, plan)

    [email] = mailoutbox
    assert email.to == ["coordinator@council.example"]
    assert f"/plans/{plan.pk}/sign-off/" in email.body
    assert plan.family.family_name not in email.body + email.subject
    page = client.get(f"/plans/{plan.pk}/").content.decode()
    assert "Check and sign off the closure" not in page
    assert "an early help coordinator" in page
    assert plan.family.family_name not in client.get("/sign-offs/").content.decode()
    assert plan.family.family_name in signed_in(coordinator).get("/sign-offs/").content.decode()


def test_a_closure_another_team_manager_can_sign_off_sends_no_email(
    lead: User, manager: User, plan: Plan, mailoutbox: list, django_capture_on_commit_callbacks
) -> None:
    make_user("coordinator", role=User.Role.COORDINATOR, email="coordinator@council.example")

    with django_capture_on_commit_callbacks(execute=True):
        ask_to_close(signed_in(lead), plan)

    assert mailoutbox == []
    assert "Check and sign off the closure" in signed_in(manager).get(f"/plans/{plan.pk}/").content.decode()


def test_a_manager_who_sits_in_the_taf_still_sees_the_closure_they_can_sign_off(
    lead: User, manager: User, plan: Plan
) -> None:
    join_the_team(plan.family, lead, manager, "Helen Price", "Team Manager", "Early Help")
    ask_to_close(signed_in(lead), plan)

    assert plan.family.family_name in signed_in(manager).get("/sign-offs/").content.decode()


def test_a_closure_on_a_family_with_no_team_goes_to_the_coordinators(
    lead: User, plan: Plan, mailoutbox: list
) -> None:
    Family.objects.filter(pk=plan.family_id).update(team=None)
    make_user("teamless", role=User.Role.MANAGER)  # a manager of no team cannot sign it off
    make_user("coordinator", role=User.Role.COORDINATOR, email="coordinator@council.example")

    ask_to_close(signed_in(lead), plan)

    [email] = mailoutbox
    assert "has no manager who can sign it off" in email.body
    told = AuditEvent.objects.get(object_type="closure", action=AuditEvent.Action.UPDATE)
    assert told.detail["coordinators_told"] == 1


def test_a_mail_server_that_fails_does_not_undo_the_closure(
    lead: User, plan: Plan, settings, caplog: pytest.LogCaptureFixture
) -> None:
    lead.role = User.Role.MANAGER
    lead.save()
    make_user("coordinator", role=User.Role.COORDINATOR, email="coordinator@council.example")
    settings.EMAIL_BACKEND = "tests.web.failing_mail.Backend"

    ask_to_close(signed_in(lead), plan)

    assert Plan.objects.get(pk=plan.pk).status == Plan.Status.AWAITING_SIGN_OFF
    assert "could not be sent" in caplog.text
    told = AuditEvent.objects.get(object_type="closure", action=AuditEvent.Action.UPDATE)
    assert told.detail["coordinators_told"] == 0


def test_another_manager_signs_off_and_the_plan_closes(lead: User, manager: User, plan: Plan) -> None:
    ask_to_close(signed_in(lead), plan)

    response = signed_in(manager).post(f"/plans/{plan.pk}/sign-off/")

    plan.refresh_from_db()
    assert response.status_code == 302
    assert plan.status == Plan.Status.CLOSED
    assert plan.closure.signed_off_by == manager


def test_closing_needs_the_agreement_of_family_and_taf(lead: User, plan: Plan) -> None:
    response = signed_in(lead).post(f"/plans/{plan.pk}/close/", {**CLOSURE, "family_agreed": ""})

    assert "The family must agree before the plan is closed" in response.content.decode()
    assert 'class="govuk-error-summary"' in response.content.decode()


@pytest.mark.parametrize(
    ("url", "data"),
    [
        (
            "/plans/{plan}/goals/new/",
            {"outcome": "Ben will be in school.", "supporting_families_outcome": "education"},
        ),
        ("/plans/{plan}/contingency/", {"contingency": "Grandma Pat will help.", "version": "1"}),
        ("/plans/{plan}/about/", {"reason": "x", "version": "1"}),
        ("/plans/{plan}/started/", {"started_on": "01/03/2025", "reason": "Mistyped.", "version": "1"}),
        ("/plans/{plan}/gaps/new/", {"kind_of_service": "x", "support_needed": "x", "risk": "x"}),
        (
            "/plans/{plan}/reviews/new/",
            {"date": "01/03/2025", "kind": "meeting", "next_review_date": "12/04/2025"},
        ),
    ],
)
def test_a_closed_plan_cannot_be_edited(lead: User, manager: User, plan: Plan, url: str, data: dict) -> None:
    ask_to_close(signed_in(lead), plan)
    signed_in(manager).post(f"/plans/{plan.pk}/sign-off/")
    version = Plan.objects.get(pk=plan.pk).version

    response = signed_in(lead).post(url.format(plan=plan.pk), data, follow=True)

    plan.refresh_from_db()
    assert plan.version == version
    assert plan.goals.count() == 0
    assert plan.reviews.count() == 0
    assert "cannot be" in response.content.decode()


def test_a_plan_waiting_for_sign_off_is_read_only_too(lead: User, plan: Plan) -> None:
    ask_to_close(signed_in(lead), plan)

    with pytest.raises(services.PlanClosedError):
        services.goal_save(by=lead, plan=Plan.objects.get(pk=plan.pk), outcome="New goal")


def test_someone_outside_the_family_gets_not_found(outsider: User, plan: Plan) -> None:
    client = signed_in(outsider)

    assert client.get(f"/plans/{plan.pk}/").status_code == 404
    assert client.get(f"/families/{plan.family_id}/").status_code == 404
    assert client.get(f"/plans/{plan.pk}/family-copy.pdf").status_code == 404


def test_a_manager_sees_their_teams_families(manager: User, plan: Plan) -> None:
    assert signed_in(manager).get(f"/plans/{plan.pk}/").status_code == 200


def test_a_manager_from_another_team_does_not(plan: Plan) -> None:
    other = make_user("other-manager", role=User.Role.MANAGER)

    assert signed_in(other).get(f"/plans/{plan.pk}/").status_code == 404
