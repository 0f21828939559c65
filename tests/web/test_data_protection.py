"""Subject access, corrections and retention: the data protection duties a council has."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from django.utils import timezone
from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.formats import plan_to_json
from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import closure, services
from familyplan.web.casework.importing import import_file
from familyplan.web.casework.models import Family, FamilyMember, Plan
from familyplan.web.casework.retention import due_for_removal
from tests.formats.whole_plan import a_plan_with_every_field
from tests.people import ask_to_close, signed_in


def test_subject_access_gives_one_persons_record_in_date_order_with_others_redacted(
    lead: User, manager: User, plan: Plan
) -> None:
    family = plan.family
    ben = family.members.get(name="Ben")
    services.person_add(model=FamilyMember, by=lead, family=family, name="Susan Smith", relationship="Mum")
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school every day.")
    services.action_save(
        by=lead,
        goal=goal,
        how="Susan Smith will walk Ben to school.",
        who="Susan Smith (Mum)",
        when="Every day",
    )

    response = signed_in(manager).get(f"/families/{family.pk}/members/{ben.pk}/subject-access.json")

    data = json.loads(response.content)
    texts = " ".join(e["text"] for e in data["entries"])
    assert data["person"] == "Ben"
    assert "Susan" not in texts
    assert "[another person] will walk Ben to school" in texts
    assert [e["date"] for e in data["entries"]] == sorted(e["date"] for e in data["entries"])
    assert {e["source"] for e in data["entries"]} >= {
        "Family member record",
        f"Plan {plan.pk}, goal 1, action 1",
    }
    assert AuditEvent.objects.filter(action="export", object_type="subject_access").exists()


def test_subject_access_comes_as_a_pdf_too(manager: User, plan: Plan) -> None:
    ben = plan.family.members.get()

    response = signed_in(manager).get(f"/families/{plan.family_id}/members/{ben.pk}/subject-access.pdf")

    assert response.content.startswith(b"%PDF")


def test_a_practitioner_cannot_answer_a_subject_access_request_themselves(lead: User, plan: Plan) -> None:
    ben = plan.family.members.get()

    assert (
        signed_in(lead).get(f"/families/{plan.family_id}/members/{ben.pk}/subject-access.json").status_code
        == 403
    )


def test_a_correction_is_audited_with_its_reason(lead: User, plan: Plan) -> None:
    ben = plan.family.members.get()

    signed_in(lead).post(
        f"/families/{plan.family_id}/members/{ben.pk}/",
        {
            "name": "Ben",
            "relationship": "Son",
            "date_of_birth-day": "3",
            "date_of_birth-month": "9",
            "date_of_birth-year": "2012",
            "is_child": "on",
            "involved_in_plan": "on",
            "reason": "Date of birth was missing.",
            "version": ben.version,
        },
    )

    event = AuditEvent.objects.filter(object_type="familymember", action="update").last()
    assert event.detail["correction"] == "Date of birth was missing."
    assert event.detail["changes"]["date_of_birth"] == {"before": None, "after": "2012-09-03"}


def closed_long_ago(lead: User, manager: User, name: str, years: int, hold: bool = False) -> Family:
    family = services.family_create(by=lead, family_name=name)
    family.legal_hold = hold
    family.save()
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=timezone.localdate()
    )
    ask_to_close(plan, lead)
    closure.closure_sign_off(plan=plan, by=manager)
    plan.closure.__class__.objects.filter(plan=plan).update(
        signed_off_at=timezone.now() - dt.timedelta(days=365 * years)
    )
    return family


def test_retention_lists_then_removes_only_closed_plans_past_the_period(
    lead: User, manager: User, plan: Plan
) -> None:
    old = closed_long_ago(lead, manager, "Old", years=30)
    recent = closed_long_ago(lead, manager, "Recent", years=2)
    held = closed_long_ago(lead, manager, "Held", years=30, hold=True)
    runner = CliRunner()

    dry = runner.invoke(app, ["retention", "--dry-run", "--years", "25"])
    assert dry.exit_code == 0, dry.stdout
    assert "Old family" in dry.stdout
    assert "Recent" not in dry.stdout
    assert "Held family (legal hold: kept)" in dry.stdout
    assert Family.objects.filter(pk=old.pk).exists()

    applied = runner.invoke(app, ["retention", "--apply", "--years", "25"])

    assert applied.exit_code == 0, applied.stdout
    assert not Family.objects.filter(pk=old.pk).exists()
    assert Family.objects.filter(pk=recent.pk).exists()
    assert Family.objects.filter(pk=held.pk).exists()
    assert Family.objects.filter(pk=plan.family_id).exists()
    assert AuditEvent.objects.filter(action="delete", object_type="family", object_id=str(old.pk)).exists()


def test_a_plan_that_came_in_closed_with_no_day_of_sign_off_counts_from_the_day_closing_was_asked_for(
    lead: User, tmp_path: Path
) -> None:
    long_ago = a_plan_with_every_field().model_copy(
        update={"family_reference": "EH-OLD", "family_name": "Old"}
    )
    assert long_ago.closure is not None
    long_ago.closure = long_ago.closure.model_copy(
        update={"date": dt.date(1990, 5, 1), "signed_off_on": None}
    )
    lately = long_ago.model_copy(update={"family_reference": "EH-NEW", "family_name": "New"})
    lately.closure = long_ago.closure.model_copy(update={"date": timezone.localdate()})
    for plan in (long_ago, lately):
        path = tmp_path / f"{plan.family_name}.json"
        path.write_text(plan_to_json(plan), encoding="utf-8")
        assert import_file(path, lead).status == "imported"

    remove, held = due_for_removal(25)

    assert [(d.family.family_name, d.closed_on) for d in remove] == [("Old", dt.date(1990, 5, 1))]
    assert held == []
