"""An action added by mistake can be taken out of a live plan, and the audit trail keeps what it
said; an action with progress recorded against it is part of the record, and is stopped instead."""

from __future__ import annotations

import html

from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import services
from familyplan.web.casework.models import Action, Plan
from tests.people import make_user, signed_in


def text(response) -> str:
    return html.unescape(response.content.decode())


def an_action(plan: Plan, lead: User) -> Action:
    goal = services.goal_save(
        by=lead,
        plan=plan,
        outcome="Ben will be in school every day.",
        supporting_families_outcome="education",
    )
    return services.action_save(
        by=lead,
        goal=goal,
        how="Mum will walk Ben to the gate at 8.30am.",
        who="Mum",
        when="Daily (review 01/03/2099)",
    )


def test_an_action_added_by_mistake_is_removed_and_the_audit_trail_keeps_it(lead: User, plan: Plan) -> None:
    action = an_action(plan, lead)
    client = signed_in(lead)
    url = f"/plans/{plan.pk}/goals/{action.goal_id}/actions/{action.pk}/remove/"

    assert "Remove this action (added by mistake)" in text(
        client.get(f"/plans/{plan.pk}/goals/{action.goal_id}/actions/{action.pk}/")
    )
    assert "Remove an action only if it was added by mistake" in text(client.get(url))
    removed = client.post(url)

    assert removed.status_code == 302
    assert not Action.objects.filter(pk=action.pk).exists()
    gone = AuditEvent.objects.get(action=AuditEvent.Action.DELETE, object_type="action", object_id=action.pk)
    assert "Mum will walk Ben to the gate at 8.30am." in str(gone.detail)
    assert "Mum will walk Ben to the gate" not in text(client.get(f"/plans/{plan.pk}/"))


def test_an_action_with_progress_recorded_is_kept(lead: User, plan: Plan) -> None:
    action = an_action(plan, lead)
    services.action_progress_add(
        action=action, by=lead, text="Walked in every day this week.", status="in_progress"
    )
    client = signed_in(lead)

    response = client.post(
        f"/plans/{plan.pk}/goals/{action.goal_id}/actions/{action.pk}/remove/", follow=True
    )

    assert Action.objects.filter(pk=action.pk).exists()
    assert "Mark it stopped instead." in text(response)


def test_someone_outside_the_family_cannot_remove_an_action(lead: User, plan: Plan) -> None:
    action = an_action(plan, lead)
    stranger = make_user("stranger")

    response = signed_in(stranger).post(
        f"/plans/{plan.pk}/goals/{action.goal_id}/actions/{action.pk}/remove/"
    )

    assert response.status_code in (403, 404)
    assert Action.objects.filter(pk=action.pk).exists()
