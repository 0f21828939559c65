"""Subject access for a parent finds every record that names her, wherever it was written."""

from __future__ import annotations

import datetime as dt
import json

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import FamilyMember, Plan
from familyplan.web.oversight.services import supervision_add
from familyplan.web.reviews.models import Review
from tests.people import ask_to_close, signed_in


def test_subject_access_for_a_parent_includes_every_record_that_names_her(
    lead: User, manager: User, plan: Plan
) -> None:
    family = plan.family
    anna = services.person_add(
        model=FamilyMember, family=family, by=lead, name="Anna Nowak", relationship="Mum"
    )
    services.plan_update(
        plan=plan,
        by=lead,
        version=plan.version,
        reason="Anna asked for help with mornings.",
        worries="Anna is struggling to get up",
        strengths="Anna walks Ben to school when she can",
        needs="Support for Anna's sleep",
        contingency="If Anna cannot take Ben, Gran takes him.",
        next_steps="Anna to see her GP.",
        family_views="Anna wants calmer mornings.",
    )
    services.interim_save(
        plan=plan,
        by=lead,
        version=0,
        issue="Anna unwell",
        actions="Gran stays over",
        end_date=dt.date(2026, 2, 1),
    )
    services.service_gap_add(
        plan=plan, by=lead, kind_of_service="Sleep", support_needed="Sleep clinic for Anna", risk="Anna tired"
    )
    Review.objects.create(
        plan=plan,
        date=dt.date(2026, 2, 10),
        next_review_date=dt.date(2026, 3, 24),
        attendees="Anna Nowak\nMrs March",
        contingency_note="Anna agreed Gran is the back-up.",
        notes="Anna is sleeping better.",
        recorded_by=lead,
    )
    Review.objects.create(
        plan=plan,
        date=dt.date(2026, 3, 24),
        next_review_date=dt.date(2026, 5, 5),
        apologies="Anna Nowak",
        recorded_by=lead,
    )
    supervision_add(
        plan=Plan.objects.get(pk=plan.pk),
        by=manager,
        date=dt.date(2026, 2, 12),
        text="Check Anna's GP visit.",
    )
    ask_to_close(Plan.objects.get(pk=plan.pk), lead, summary="Anna and Ben are doing well.")

    response = signed_in(manager).get(f"/families/{family.pk}/members/{anna.pk}/subject-access.json")

    sources = {entry["source"] for entry in json.loads(response.content)["entries"]}
    where = f"Plan {plan.pk}"
    assert sources >= {
        "Family member record",
        f"{where}, reason for the plan",
        f"{where}, what we are worried about",
        f"{where}, what is working well",
        f"{where}, needs",
        f"{where}, contingency plan",
        f"{where}, next steps",
        f"{where}, the family's views",
        f"{where}, interim safety plan",
        f"{where}, service gap",
        f"{where}, management oversight",
        f"{where}, closure",
        "Review on 10/02/2026, who took part",
        "Review on 10/02/2026, contingency plan",
        "Review on 10/02/2026, notes",
        "Review on 24/03/2026, apologies",
    }
