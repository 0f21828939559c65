"""Someone added to a family's record by mistake (a second copy of a child, the wrong family's
dad) can be removed; the audit trail keeps what their record said. A child a goal is for, and
everyone in the record of a plan that has closed, stay: correct their record instead."""

from __future__ import annotations

import html

from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import services
from familyplan.web.casework.models import FamilyMember, Plan
from tests.people import ask_to_close, make_user, signed_in


def text(response) -> str:
    return html.unescape(response.content.decode())


def a_member(plan: Plan, lead: User, name: str = "Ellie Smith") -> FamilyMember:
    return services.person_add(
        model=FamilyMember, by=lead, family=plan.family, name=name, relationship="daughter", is_child=True
    )


def test_someone_added_by_mistake_is_removed_and_the_audit_trail_keeps_them(lead: User, plan: Plan) -> None:
    member = a_member(plan, lead)
    client = signed_in(lead)
    family = plan.family_id
    url = f"/families/{family}/members/{member.pk}/remove/"

    assert "Remove Ellie Smith from the record (added by mistake)" in text(
        client.get(f"/families/{family}/members/{member.pk}/")
    )
    assert "Remove someone only if they were added by mistake" in text(client.get(url))
    response = client.post(url, follow=True)

    assert not FamilyMember.objects.filter(pk=member.pk).exists()
    assert "Ellie Smith has been removed from the record." in text(response)
    gone = AuditEvent.objects.get(
        action=AuditEvent.Action.DELETE, object_type="familymember", object_id=member.pk
    )
    assert "Ellie Smith" in str(gone.detail)


def test_a_child_a_goal_is_for_stays(lead: User, plan: Plan) -> None:
    member = a_member(plan, lead)
    services.goal_save(
        by=lead,
        plan=plan,
        outcome="Ellie will be in school every day by half term.",
        supporting_families_outcome="education",
        for_children="Ellie Smith",
    )
    client = signed_in(lead)

    page = text(client.get(f"/families/{plan.family_id}/members/{member.pk}/"))
    response = client.post(f"/families/{plan.family_id}/members/{member.pk}/remove/", follow=True)

    assert "added by mistake" not in page
    assert FamilyMember.objects.filter(pk=member.pk).exists()
    assert "Correct their record instead." in text(response)


def test_someone_outside_the_team_cannot_remove_anyone(lead: User, plan: Plan) -> None:
    member = a_member(plan, lead)

    response = signed_in(make_user("stranger")).post(
        f"/families/{plan.family_id}/members/{member.pk}/remove/"
    )

    assert response.status_code in (403, 404)
    assert FamilyMember.objects.filter(pk=member.pk).exists()


def test_everyone_in_the_record_of_a_plan_waiting_to_close_stays(lead: User, plan: Plan) -> None:
    member = a_member(plan, lead)
    ask_to_close(plan, lead)

    response = signed_in(lead).post(f"/families/{plan.family_id}/members/{member.pk}/remove/", follow=True)

    assert FamilyMember.objects.filter(pk=member.pk).exists()
    assert "a plan for the family has closed or is closing" in text(response)


def test_nobody_is_removed_from_a_record_under_a_legal_hold(lead: User, plan: Plan) -> None:
    member = a_member(plan, lead)
    plan.family.legal_hold = True
    plan.family.save()

    signed_in(lead).post(f"/families/{plan.family_id}/members/{member.pk}/remove/")

    assert FamilyMember.objects.filter(pk=member.pk).exists()
