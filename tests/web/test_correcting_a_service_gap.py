"""A service gap can be corrected, and one brought in from another system without its risk can
have the risk added (seed 001: the risk a gap poses is recorded), so the checker stops asking."""

from __future__ import annotations

import html

from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan, ServiceGap
from tests.people import make_user, signed_in

RISK = "Ben's speech falls further behind before he starts school in September"


def text(response) -> str:
    return html.unescape(response.content.decode())


def test_a_gap_without_its_risk_has_the_risk_added_and_the_finding_goes(lead: User, plan: Plan) -> None:
    gap = ServiceGap.objects.create(
        plan=plan,
        kind_of_service="Speech and language therapy",
        support_needed="Weekly therapy for Ben",
        risk="",
    )
    services.plan_score_refresh(plan.pk)
    client = signed_in(lead)

    plan_page = text(client.get(f"/plans/{plan.pk}/"))
    assert "No risk recorded" in plan_page
    client.post(
        f"/plans/{plan.pk}/gaps/{gap.pk}/",
        {
            "kind_of_service": gap.kind_of_service,
            "support_needed": gap.support_needed,
            "risk": RISK,
            "version": gap.version,
        },
    )

    gap.refresh_from_db()
    assert gap.risk == RISK
    rules = {f.rule for f in services.plan_report(Plan.objects.get(pk=plan.pk)).findings}
    assert "plan-gap-without-risk" not in rules
    changed = AuditEvent.objects.get(
        action=AuditEvent.Action.UPDATE, object_type="servicegap", object_id=gap.pk
    )
    assert RISK in str(changed.detail)


def test_a_correction_is_refused_without_the_risk(lead: User, plan: Plan) -> None:
    gap = services.service_gap_add(
        plan=plan,
        by=lead,
        kind_of_service="Counselling",
        support_needed="Counselling for Mia",
        risk="Mia's panic attacks",
    )

    refused = signed_in(lead).post(
        f"/plans/{plan.pk}/gaps/{gap.pk}/",
        {
            "kind_of_service": "Counselling",
            "support_needed": "Counselling",
            "risk": "",
            "version": gap.version,
        },
    )

    assert refused.status_code == 200
    assert "govuk-error-summary" in text(refused)
    gap.refresh_from_db()
    assert gap.risk == "Mia's panic attacks"


def test_only_those_who_change_the_plan_correct_its_gaps(lead: User, plan: Plan) -> None:
    gap = services.service_gap_add(
        plan=plan,
        by=lead,
        kind_of_service="Counselling",
        support_needed="Counselling for Mia",
        risk="Panic attacks",
    )

    response = signed_in(make_user("stranger")).post(
        f"/plans/{plan.pk}/gaps/{gap.pk}/",
        {"kind_of_service": "X", "support_needed": "X", "risk": "X", "version": gap.version},
    )

    assert response.status_code in (403, 404)
    gap.refresh_from_db()
    assert gap.kind_of_service == "Counselling"


def test_a_gap_brought_in_untold_goes_to_the_coordinator_once_it_is_corrected(lead: User, plan: Plan) -> None:
    from django.core import mail

    make_user("coordinator", User.Role.COORDINATOR, email="coordinator@council.example")
    gap = ServiceGap.objects.create(
        plan=plan,
        kind_of_service="Speech and language therapy",
        support_needed="Weekly therapy for Ben",
        risk="",
    )

    signed_in(lead).post(
        f"/plans/{plan.pk}/gaps/{gap.pk}/",
        {
            "kind_of_service": gap.kind_of_service,
            "support_needed": gap.support_needed,
            "risk": RISK,
            "version": gap.version,
        },
    )

    gap.refresh_from_db()
    assert gap.coordinator_told_on is not None
    assert [m.to for m in mail.outbox] == [["coordinator@council.example"]]


def test_two_people_correcting_one_gap_at_once_lose_neither_correction(lead: User, plan: Plan) -> None:
    gap = services.service_gap_add(
        plan=plan,
        by=lead,
        kind_of_service="Counselling",
        support_needed="Counselling for Mia",
        risk="Panic attacks",
    )
    first, second = signed_in(lead), signed_in(lead)
    url = f"/plans/{plan.pk}/gaps/{gap.pk}/"
    opened = {
        "kind_of_service": "Counselling",
        "support_needed": "Counselling for Mia",
        "version": gap.version,
    }

    first.post(url, {**opened, "risk": "Mia's panic attacks keep her off school"})
    late = second.post(url, {**opened, "risk": "Mia cannot sleep"})

    gap.refresh_from_db()
    assert late.status_code == 409
    assert gap.risk == "Mia's panic attacks keep her off school"
    page = text(late)
    assert "Mia's panic attacks keep her off school" in page
    assert "Mia cannot sleep" in page
