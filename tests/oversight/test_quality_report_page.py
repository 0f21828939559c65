"""The plan quality report in the web application: a manager sees their own team's plans only."""

from __future__ import annotations

import html
import io
import json

from django.utils import timezone
from openpyxl import load_workbook

from familyplan.web.accounts.models import Team, User
from familyplan.web.casework import services
from familyplan.web.casework.models import FamilyMember, Goal, Plan
from tests.people import make_user, signed_in


def a_plan(lead: User, name: str, how: str, who: str, when: str) -> Plan:
    family = services.family_create(by=lead, family_name=name)
    services.person_add(
        model=FamilyMember, by=lead, family=family, name="Tyler", relationship="Son", is_child=True
    )
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=timezone.localdate()
    )
    goal = Goal.objects.create(plan=plan, outcome="Tyler will have appropriate emotional support.")
    # The same fault three times over, so it is among the most common.
    for step in ("at home", "at school", "at the clinic"):
        services.action_save(by=lead, goal=goal, how=f"{how} {step}", who=who, when=when)
    return plan


def test_a_manager_sees_the_quality_of_their_own_teams_plans_only(lead: User, manager: User) -> None:
    a_plan(lead, "Smith", "Mum will monitor Tyler's school attendance", "Mum", "ASAP")
    south_lead = make_user("southlead", team=Team.objects.create(name="South"))
    a_plan(south_lead, "Jones", "Dad will never drink at home again.", "Dad", "Ongoing")

    response = signed_in(manager).get("/oversight/quality/")

    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="quality-plans">1<' in page
    assert "when-asap" in page
    assert "action-absolute" not in page
    assert "when-ongoing" not in page
    assert "South" not in page
    assert "Tyler" not in page
    assert "Mum will monitor [name]&#x27;s school attendance at home" in page


def test_an_administrator_sees_every_teams_plans_by_team(lead: User) -> None:
    a_plan(lead, "Smith", "Mum will monitor Tyler's school attendance", "Mum", "ASAP")
    south_lead = make_user("southlead", team=Team.objects.create(name="South"))
    a_plan(south_lead, "Jones", "Dad will never drink at home again.", "Dad", "Ongoing")
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)

    report = json.loads(signed_in(admin).get("/oversight/quality/?format=json").content)

    assert report["plans"] == 2
    assert [t["team"] for t in report["teams"]] == ["North", "South"]
    assert {"when-asap", "when-ongoing"} <= {f["rule"] for f in report["top_faults"]}


def test_the_report_downloads_as_a_workbook_and_a_web_page(lead: User, manager: User) -> None:
    a_plan(lead, "Smith", "Mum will monitor Tyler's school attendance", "Mum", "ASAP")
    client = signed_in(manager)

    workbook = client.get("/oversight/quality/?format=xlsx")
    page = client.get("/oversight/quality/?format=html")

    sheets = load_workbook(io.BytesIO(workbook.content))
    assert workbook["Content-Disposition"].startswith('attachment; filename="plan-quality-')
    assert dict(sheets["Summary"].iter_rows(min_row=2, values_only=True))["Files read"] == 1
    faults = {row[1]: row for row in sheets["Faults"].iter_rows(min_row=2, values_only=True)}
    assert faults["when-asap"][0] == "The wording is not a date, so nobody can tell when it is late."
    assert faults["when-asap"][5] == "Family Plan Guidance"
    assert page["Content-Type"] == "text/html; charset=utf-8"
    assert b"<h1>Family plan quality report</h1>" in page.content


def test_a_practitioner_cannot_see_the_quality_report(lead: User) -> None:
    response = signed_in(lead).get("/oversight/quality/")

    assert response.status_code == 403


def test_the_report_judges_by_the_councils_own_checker_settings(lead: User, manager: User) -> None:
    from familyplan.web.council.services import settings_save

    a_plan(lead, "Smith", "Mum will monitor Tyler's school attendance", "Mum", "ASAP")
    admin = make_user("admin", role=User.Role.ADMINISTRATOR)
    settings_save(by=admin, version=0, checker_settings="disabled: [when-asap]")

    report = json.loads(signed_in(manager).get("/oversight/quality/?format=json").content)

    assert report["plans"] == 1
    assert "when-asap" not in {f["rule"] for f in report["top_faults"]}


def test_a_fault_is_named_in_words_with_the_guidance_it_comes_from(lead: User, manager: User) -> None:
    a_plan(lead, "Smith", "Mum will monitor Tyler's school attendance", "Mum", "ASAP")

    page = html.unescape(signed_in(manager).get("/oversight/quality/").content.decode())

    assert "<strong>The wording is not a date, so nobody can tell when it is late.</strong>" in page
    assert "Family Plan Guidance" in page
    assert "<strong>when-asap</strong>" not in page
