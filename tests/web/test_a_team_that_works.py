"""The Team Around the Family: members added, changed, linked to their accounts and removed, and
the lead changed without anyone losing their way in by accident."""

from __future__ import annotations

import html

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Family, Plan, TafMember
from tests.people import join_the_team, make_user, signed_in


def text(response) -> str:
    return html.unescape(response.content.decode())


def test_adding_a_practitioner_never_makes_them_the_lead_by_a_tick(lead: User, family: Family) -> None:
    response = signed_in(lead).post(
        f"/families/{family.pk}/taf/new/",
        {"name": "Mrs March", "role": "Head of Year 6", "agency": "Hill School", "is_lead": "on"},
    )

    assert response.status_code == 302
    assert family.taf.get(is_lead=True).user == lead
    assert signed_in(lead).get(f"/families/{family.pk}/").status_code == 200


def test_a_practitioner_linked_to_their_account_sees_the_family_and_updates_their_own_action(
    lead: User, family: Family, plan: Plan
) -> None:
    school = make_user("march")

    signed_in(lead).post(
        f"/families/{family.pk}/taf/new/",
        {"name": "Jo March", "role": "Head of Year 6", "agency": "Hill School", "account": str(school.pk)},
    )
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school for 90% of sessions.")
    jo = family.taf.get(name="Jo March")
    signed_in(lead).post(
        f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/",
        {
            "how": "Jo will meet Ben at the gate at 8.45am every Monday.",
            "person": f"taf-{jo.pk}",
            "when": "Every Monday (review 14/04/2027)",
            "status": "not_started",
        },
    )
    action = goal.actions.get()
    update = signed_in(school).post(
        f"/plans/{plan.pk}/actions/{action.pk}/progress/", {"text": "Met Ben twice.", "status": "in_progress"}
    )

    assert action.taf_member.user == school
    assert signed_in(school).get(f"/plans/{plan.pk}/").status_code == 200
    assert update.status_code == 302
    assert action.progress.get().text == "Met Ben twice."


def test_a_practitioner_can_be_changed_and_removed(lead: User, family: Family) -> None:
    member = services.person_add(
        model=TafMember, by=lead, family=family, name="Mrs March", role="Head of Year 6", agency="Hill School"
    )

    signed_in(lead).post(
        f"/families/{family.pk}/taf/{member.pk}/",
        {"name": "Mrs March", "role": "Deputy Head", "agency": "Hill School"},
    )
    confirm = signed_in(lead).get(f"/families/{family.pk}/taf/{member.pk}/remove/")
    signed_in(lead).post(f"/families/{family.pk}/taf/{member.pk}/remove/")

    assert "Remove Mrs March from the Team Around the Family?" in text(confirm)
    assert not TafMember.objects.filter(pk=member.pk).exists()


def test_the_lead_cannot_be_removed(lead: User, family: Family) -> None:
    the_lead = family.taf.get(is_lead=True)

    response = signed_in(lead).post(f"/families/{family.pk}/taf/{the_lead.pk}/remove/", follow=True)

    assert "Choose a new lead practitioner before removing the lead" in text(response)
    assert TafMember.objects.filter(pk=the_lead.pk, is_lead=True).exists()


def test_changing_the_lead_asks_first_and_the_previous_lead_stays_in_the_team(
    lead: User, family: Family
) -> None:
    colleague = make_user("colleague", team=lead.team)
    member = join_the_team(family, lead, colleague, "Priya Shah", "Family Support Worker", "Early Help")
    no_account = services.person_add(
        model=TafMember, by=lead, family=family, name="Dr Green", role="General Practitioner", agency="GP"
    )

    choose = signed_in(lead).get(f"/families/{family.pk}/taf/lead/")
    confirm = signed_in(lead).post(f"/families/{family.pk}/taf/lead/", {"to": member.pk})
    unchanged = TafMember.objects.get(pk=member.pk).is_lead
    done = signed_in(lead).post(f"/families/{family.pk}/taf/lead/", {"to": member.pk, "confirm": "yes"})

    assert "Priya Shah" in text(choose)
    assert f'value="{no_account.pk}"' not in text(choose)  # no account: could not change the plan
    assert "You will no longer be able to change the plan" in text(confirm)
    assert unchanged is False  # nothing changes before the confirmation
    assert done.status_code == 302
    assert family.taf.get(is_lead=True) == member
    assert family.taf.get(user=lead).is_lead is False
    assert signed_in(lead).get(f"/families/{family.pk}/").status_code == 200
    assert signed_in(lead).get(f"/families/{family.pk}/taf/new/").status_code == 403


def test_with_nobody_else_who_could_lead_the_page_says_what_to_do_first(lead: User, family: Family) -> None:
    page = signed_in(lead).get(f"/families/{family.pk}/taf/lead/")
    text = html.unescape(page.content.decode())

    assert page.status_code == 200
    assert "nobody else can lead the plan yet" in text
    assert f'href="/families/{family.pk}/taf/new/"' in text
    assert 'type="radio"' not in text
    assert "Continue" not in text
