"""An administrator looks after people, agencies and settings (MISSION: who uses it): they do not
write a family's plan, record its reviews or close it."""

from __future__ import annotations

from django.test import Client

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Family, Plan
from tests.people import PASSWORD, make_user, signed_in


def test_an_administrator_cannot_change_record_a_review_of_or_close_a_plan(plan: Plan) -> None:
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    client = signed_in(admin)

    assert not permissions.can(admin, permissions.PLAN_CHANGE, plan.family)
    for page in ("contingency/", "goals/new/", "close/", "reviews/new/"):
        assert client.post(
            f"/plans/{plan.pk}/{page}", {"contingency": "Nan will have the children."}
        ).status_code in (
            403,
            404,
        ), page
    plan.refresh_from_db()
    assert plan.contingency == ""
    assert plan.status == Plan.Status.LIVE


def test_an_administrator_cannot_add_or_import_a_family_and_is_not_offered_to(db: None) -> None:
    # Whoever adds a family leads its plan: an administrator who could add one could write a plan.
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    client = signed_in(admin)

    assert "Add a family" not in client.get("/").content.decode()
    assert client.post("/families/new/", {"family_name": "Nowak"}).status_code == 403
    assert client.get("/import/").status_code == 403
    token = (
        Client()
        .post("/api/auth/token", {"username": "admin", "password": PASSWORD}, content_type="application/json")
        .json()["token"]
    )
    api = Client(headers={"Authorization": f"Bearer {token}"})
    response = api.post("/api/families", {"family_name": "Nowak"}, content_type="application/json")
    assert response.status_code == 403
    assert not Family.objects.filter(family_name="Nowak").exists()


def test_a_practitioner_of_any_agency_adds_a_family_and_leads_it(db: None) -> None:
    nurse = make_user("nurse", agency="School nursing")
    client = signed_in(nurse)

    assert "Add a family" in client.get("/").content.decode()
    client.post("/families/new/", {"family_name": "Nowak"})
    family = Family.objects.get(family_name="Nowak")
    assert permissions.can(nurse, permissions.PLAN_CHANGE, family)
