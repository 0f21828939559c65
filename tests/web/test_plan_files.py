"""A plan taken out as a file from its page: each open format, on the family's trail, and only
for those who may see the family."""

from __future__ import annotations

import io
import json

import pytest
from docx import Document

from familyplan.formats import read_plan
from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from tests.people import signed_in


@pytest.fixture
def plan_with_a_goal(plan: Plan, lead: User) -> Plan:
    goal = services.goal_save(
        by=lead, plan=plan, outcome="Ben will be in school by 8.50am every day by Easter."
    )
    services.action_save(by=lead, goal=goal, how="Mum will walk Ben to school.", who="Mum", when="Every day")
    return plan


def test_the_plan_page_offers_each_format_and_each_download_is_the_plan(
    plan_with_a_goal: Plan, lead: User, tmp_path
) -> None:
    client = signed_in(lead)
    page = client.get(f"/plans/{plan_with_a_goal.pk}/").content.decode()
    for format in ("docx", "xlsx", "csv", "json", "fhir"):
        assert f'href="/plans/{plan_with_a_goal.pk}/file/{format}/"' in page

    word = client.get(f"/plans/{plan_with_a_goal.pk}/file/docx/")
    fhir = client.get(f"/plans/{plan_with_a_goal.pk}/file/fhir/")

    assert "attachment" in word["Content-Disposition"]
    assert "Mum will walk Ben to school." in "\n".join(
        cell.text
        for table in Document(io.BytesIO(word.content)).tables
        for row in table.rows
        for cell in row.cells
    )
    saved = tmp_path / "plan.fhir.json"
    saved.write_bytes(fhir.content)
    assert json.loads(fhir.content)["resourceType"] == "Bundle"
    assert read_plan(saved).plan.goals[0].actions[0].how == "Mum will walk Ben to school."
    assert (
        AuditEvent.objects.filter(object_type="plan", object_id=plan_with_a_goal.pk, action="export").count()
        == 2
    )


def test_someone_outside_the_family_gets_nothing_and_an_unknown_format_is_not_found(
    plan_with_a_goal: Plan, outsider: User, lead: User
) -> None:
    assert signed_in(outsider).get(f"/plans/{plan_with_a_goal.pk}/file/docx/").status_code == 404
    assert signed_in(lead).get(f"/plans/{plan_with_a_goal.pk}/file/exe/").status_code == 404
