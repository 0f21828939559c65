"""The sign-off page says, before anything is pressed, why this person cannot sign the closure
off; someone who cannot see the family at all is still told it is not there."""

from __future__ import annotations

from django.utils import timezone

from familyplan.web.accounts.models import Team, User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from tests.people import ask_to_close, make_user, signed_in

LEADS = "You lead this plan, so someone else must sign off its closure"


def test_a_manager_who_leads_the_plan_is_told_before_pressing_and_offered_no_button(team: Team) -> None:
    manager = make_user("manager", role=User.Role.MANAGER, team=team, job_title="Team Manager")
    family = services.family_create(by=manager, family_name="Smith")
    plan = services.plan_start(
        family=family, by=manager, plan_type="early_help", started_on=timezone.localdate()
    )
    ask_to_close(plan, manager)

    response = signed_in(manager).get(f"/plans/{plan.pk}/sign-off/")

    page = response.content.decode()
    assert response.status_code == 403
    assert LEADS in page
    assert "Sign off and close the plan" not in page
    assert "Return it to the lead practitioner" not in page


def test_a_lead_who_is_not_a_manager_is_told_why_not_found(lead: User, plan: Plan, outsider: User) -> None:
    ask_to_close(plan, lead)

    response = signed_in(lead).get(f"/plans/{plan.pk}/sign-off/")

    assert response.status_code == 403
    assert LEADS in response.content.decode()
    assert "Sign off and close the plan" not in response.content.decode()
    # Need to know: someone who cannot see the family is not told it is there.
    assert signed_in(outsider).get(f"/plans/{plan.pk}/sign-off/").status_code == 404


def test_the_teams_other_manager_still_signs_off(lead: User, plan: Plan, manager: User) -> None:
    ask_to_close(plan, lead)

    page = signed_in(manager).get(f"/plans/{plan.pk}/sign-off/").content.decode()

    assert "Sign off and close the plan" in page
    assert LEADS not in page
