"""A family moves to another team, and with it the oversight of its plan."""

from __future__ import annotations

from django.utils import timezone

from familyplan.web.accounts.models import Team, User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework.models import Family, Plan
from familyplan.web.oversight import selectors
from tests.people import make_user, signed_in


def test_the_teams_manager_moves_a_family_and_the_other_manager_oversees_it(
    plan: Plan, family: Family, lead: User, manager: User
) -> None:
    south = Team.objects.create(name="South")
    south_manager = make_user("southmanager", role=User.Role.MANAGER, team=south)
    page = signed_in(manager).get(f"/families/{family.pk}/").content.decode()
    assert f'href="/families/{family.pk}/team/"' in page
    assert "Team: North." in page

    response = signed_in(manager).post(
        f"/families/{family.pk}/team/", {"team": south.pk, "reason": "The family moved to Southtown."}
    )

    assert response.status_code == 302
    assert response["Location"] == "/"  # the list of families: the North manager no longer needs to know
    assert Family.objects.get(pk=family.pk).team == south
    today = timezone.localdate()
    assert selectors.counts(south_manager, selectors.Filters(), today)["open-plans"] == 1
    assert selectors.counts(manager, selectors.Filters(), today)["open-plans"] == 0
    moved = AuditEvent.objects.get(object_type="team", family_id=family.pk)
    assert moved.detail == {"from": "North", "to": "South", "reason": "The family moved to Southtown."}
    assert signed_in(lead).get(f"/families/{family.pk}/").status_code == 200  # still in its TAF


def test_a_move_without_a_reason_is_refused_and_changes_nothing(family: Family, manager: User) -> None:
    south = Team.objects.create(name="South")

    response = signed_in(manager).post(f"/families/{family.pk}/team/", {"team": south.pk, "reason": " "})

    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert 'href="#id_reason"' in page
    assert Family.objects.get(pk=family.pk).team.name == "North"


def test_a_practitioner_cannot_move_a_family(family: Family, lead: User) -> None:
    south = Team.objects.create(name="South")

    page = signed_in(lead).get(f"/families/{family.pk}/").content.decode()
    response = signed_in(lead).post(f"/families/{family.pk}/team/", {"team": south.pk, "reason": "x"})

    assert "/team/" not in page
    assert response.status_code == 403
    assert Family.objects.get(pk=family.pk).team.name == "North"


def test_another_system_moves_a_family_through_the_api(family: Family, lead: User, manager: User) -> None:
    from django.core.cache import cache

    from tests.api.test_api import api

    cache.clear()
    Team.objects.create(name="South")
    client = api(manager)

    unknown = client.put(
        f"/api/families/{family.pk}/team",
        {"team": "Nowhere", "reason": "Moved."},
        content_type="application/json",
    )
    refused = api(lead).put(
        f"/api/families/{family.pk}/team",
        {"team": "South", "reason": "Moved."},
        content_type="application/json",
    )
    before = client.get(f"/api/families/{family.pk}").json()["team"]
    moved = client.put(
        f"/api/families/{family.pk}/team",
        {"team": "South", "reason": "Moved."},
        content_type="application/json",
    )

    assert unknown.status_code == 422
    assert unknown.json()["problems"] == {"team": "No team has that name"}
    assert refused.status_code == 403
    assert before == "North"
    assert moved.status_code == 200
    assert moved.json() == {"family_id": family.pk, "team": "South"}
    assert api(lead).get(f"/api/families/{family.pk}").json()["team"] == "South"
