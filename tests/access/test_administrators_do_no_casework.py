"""An administrator looks after people, agencies and settings (MISSION: who uses it): they do not
write a family's plan, record its reviews or close it."""

from __future__ import annotations

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Plan
from tests.people import make_user, signed_in


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
