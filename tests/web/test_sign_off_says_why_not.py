"""The sign-off page says, before anything is pressed, why this person cannot sign the closure
off; someone who cannot see the family at all is still told it is not there."""

from __future__ import annotations

import html

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

    page = html.unescape(response.content.decode())
    assert response.status_code == 403
    assert "You lead this plan. Its closure is signed off by a manager of the family's team" in page
    assert "another manager" not in page  # a practitioner is not a manager
    assert "Sign off and close the plan" not in page
    # Need to know: someone who cannot see the family is not told it is there.
    assert signed_in(outsider).get(f"/plans/{plan.pk}/sign-off/").status_code == 404


def test_the_teams_other_manager_still_signs_off(lead: User, plan: Plan, manager: User) -> None:
    ask_to_close(plan, lead)

    page = signed_in(manager).get(f"/plans/{plan.pk}/sign-off/").content.decode()

    assert "Sign off and close the plan" in page
    assert LEADS not in page


def test_the_page_names_who_can_sign_off_instead(lead: User, plan: Plan, team: Team) -> None:
    make_user("priya", role=User.Role.MANAGER, team=team, first_name="Priya", last_name="Shah")
    make_user("tom", role=User.Role.COORDINATOR, first_name="Tom", last_name="Reed")
    make_user("other", role=User.Role.MANAGER, team=Team.objects.create(name="Far West"), first_name="Olu")
    ask_to_close(plan, lead)

    sign_off_page = signed_in(lead).get(f"/plans/{plan.pk}/sign-off/").content.decode()

    assert "Who can sign it off: Priya Shah, team manager; Tom Reed, early help coordinator." in sign_off_page
    assert "Olu" not in sign_off_page  # a manager of another team cannot


def test_with_no_one_to_sign_off_the_page_says_to_ask_the_administrator(lead: User, plan: Plan) -> None:
    ask_to_close(plan, lead)

    page = signed_in(lead).get(f"/plans/{plan.pk}/sign-off/").content.decode()

    assert "No one with an account can sign it off yet: ask your administrator." in page
