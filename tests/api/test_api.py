"""The API as another council system would use it."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import Client

from familyplan.formats import read_plan
from familyplan.formats.fhir import validate_r4
from familyplan.plan.models import Plan as PlanDocument
from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from tests.people import PASSWORD


@pytest.fixture(autouse=True)
def _fresh_rate_limit() -> None:
    cache.clear()


def token_for(user: User) -> str:
    response = Client().post(
        "/api/auth/token", {"username": user.username, "password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 200
    return response.json()["token"]


def api(user: User) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_for(user)}"})


@pytest.fixture
def full_plan(plan: Plan) -> Plan:
    goal = services.goal_save(
        by=plan.created_by,
        plan=plan,
        outcome="Ben will be in school for 90% of sessions.",
        supporting_families_outcome="education",
    )
    services.action_save(
        by=plan.created_by,
        goal=goal,
        how="Mum will walk Ben to school at 8.30am.",
        who="Susan (Mum)",
        when="Every day (review 14/04/2026)",
    )
    services.action_save(
        by=plan.created_by,
        goal=goal,
        how="CAMHS referral to be completed.",
        who="Mohamed (Off the record)",
        when="19.01.2026",
    )
    services.plan_update(
        by=plan.created_by,
        plan=plan,
        version=Plan.objects.get(pk=plan.pk).version,
        contingency="Grandma Pat will help.",
    )
    return Plan.objects.get(pk=plan.pk)


def test_a_wrong_password_gets_no_token(lead: User) -> None:
    response = Client().post(
        "/api/auth/token", {"username": "lead", "password": "wrong"}, content_type="application/json"
    )

    assert response.status_code == 401


def test_without_a_token_the_records_are_closed(full_plan: Plan) -> None:
    assert Client().get(f"/api/plans/{full_plan.pk}").status_code == 401
    assert Client(headers={"Authorization": "Bearer made-up"}).get("/api/plans").status_code == 401


def test_a_plan_comes_back_as_the_plan_model(lead: User, full_plan: Plan) -> None:
    response = api(lead).get(f"/api/plans/{full_plan.pk}")

    body = response.json()
    assert response.status_code == 200
    plan = PlanDocument.model_validate(body["plan"])
    assert [a.who for a in plan.actions] == ["Susan (Mum)", "Mohamed (Off the record)"]
    assert body["status"] == "live"


def test_someone_outside_the_family_gets_not_found_from_the_api(outsider: User, full_plan: Plan) -> None:
    client = api(outsider)

    for path in ("", "/goals", "/reviews", "/closure", "/export?format=fhir"):
        assert client.get(f"/api/plans/{full_plan.pk}{path}").status_code == 404, path
    assert client.get(f"/api/families/{full_plan.family_id}").status_code == 404
    assert client.get("/api/plans").json()["count"] == 0


def test_plans_can_be_filtered_by_status_lead_and_review_date(lead: User, full_plan: Plan) -> None:
    Plan.objects.filter(pk=full_plan.pk).update(next_review_date=dt.date(2026, 1, 5))
    client = api(lead)

    assert client.get("/api/plans?status=live").json()["count"] == 1
    assert client.get("/api/plans?status=closed").json()["count"] == 0
    assert client.get("/api/plans?lead=lead").json()["count"] == 1
    assert client.get("/api/plans?lead=someone-else").json()["count"] == 0
    assert client.get("/api/plans?review_due_before=2026-01-06").json()["count"] == 1
    assert client.get("/api/plans?review_due_before=2026-01-05").json()["count"] == 0
    assert client.get("/api/plans?status=nonsense").status_code == 422


@pytest.mark.parametrize("path", ["/api/families", "/api/plans"])
def test_paging_beyond_what_the_database_can_count_is_refused_not_a_crash(
    lead: User, full_plan: Plan, path: str
) -> None:
    client = api(lead)

    assert client.get(f"{path}?offset=46007765224427298816").status_code == 422
    assert client.get(f"{path}?limit=100000").status_code == 422
    assert client.get(f"{path}?limit=1&offset=0").json()["count"] == 1


def test_a_statement_is_checked_without_signing_in(db) -> None:
    response = Client().post(
        "/api/check",
        {"text": "Mum will monitor Ben's school attendance", "kind": "action"},
        content_type="application/json",
    )

    body = response.json()
    assert response.status_code == 200
    assert body["verdict"] == "needs-work"
    assert "action-purposeless-verb" in {f["rule"] for f in body["findings"]}
    slots = {s["slot"]: s["text"] for s in body["reading"]["slots"]}
    assert slots["who"] == "Mum"
    assert slots["doing"].startswith("will monitor")


def test_an_actions_who_and_when_cells_answer_for_it(db) -> None:
    text = "Jo will complete the school transport form with Mum."

    alone = Client().post("/api/check", {"text": text, "kind": "action"}, content_type="application/json")
    with_cells = Client().post(
        "/api/check",
        {"text": text, "kind": "action", "who": "Jo Brown (Family Support Worker)", "when": "3 March 2025"},
        content_type="application/json",
    )

    assert alone.json()["verdict"] == "needs-work"
    assert with_cells.json()["verdict"] == "ok"


def test_a_whole_plan_needs_a_token_to_check(lead: User) -> None:
    document = {
        "goals": [
            {
                "outcome": "Improve attendance.",
                "actions": [{"how": "Support Mum", "who": "School", "when": "ASAP"}],
            }
        ]
    }

    anonymous = Client().post("/api/check", document, content_type="application/json")
    signed = api(lead).post("/api/check", document, content_type="application/json")

    assert anonymous.status_code == 401
    assert signed.status_code == 200
    assert {"when-asap", "who-organisation"} <= {f["rule"] for f in signed.json()["findings"]}


def test_checks_are_rate_limited(db) -> None:
    client = Client()
    statement = {"text": "ASAP", "kind": "when"}

    codes = [
        client.post("/api/check", statement, content_type="application/json").status_code for _ in range(61)
    ]

    assert codes[:60] == [200] * 60
    assert codes[60] == 429


def test_json_export_imports_back_to_an_equal_plan(lead: User, full_plan: Plan, tmp_path: Path) -> None:
    exported = api(lead).get(f"/api/plans/{full_plan.pk}/export?format=json")
    (tmp_path / "plan.json").write_bytes(exported.content)

    assert read_plan(tmp_path / "plan.json").plan == PlanDocument.model_validate(
        api(lead).get(f"/api/plans/{full_plan.pk}").json()["plan"]
    )


@pytest.mark.parametrize("format", ["docx", "xlsx"])
def test_word_and_excel_exports_read_back_the_same_goals_and_actions(
    lead: User, full_plan: Plan, tmp_path: Path, format: str
) -> None:
    exported = api(lead).get(f"/api/plans/{full_plan.pk}/export?format={format}")
    path = tmp_path / f"plan.{format}"
    path.write_bytes(exported.content)

    plan = read_plan(path).plan

    assert [(g.outcome, [(a.how, a.who, a.when) for a in g.actions]) for g in plan.goals] == [
        (
            "Ben will be in school for 90% of sessions.",
            [
                ("Mum will walk Ben to school at 8.30am.", "Susan (Mum)", "Every day (review 14/04/2026)"),
                ("CAMHS referral to be completed.", "Mohamed (Off the record)", "19.01.2026"),
            ],
        )
    ]


def test_the_fhir_export_validates_against_r4(lead: User, full_plan: Plan) -> None:
    bundle = json.load(io.BytesIO(api(lead).get(f"/api/plans/{full_plan.pk}/export?format=fhir").content))

    validate_r4(bundle)
    assert {e["resource"]["resourceType"] for e in bundle["entry"]} >= {
        "CarePlan",
        "Goal",
        "CareTeam",
        "Task",
    }


def test_the_openapi_document_and_interactive_docs_are_served_without_a_cdn(db) -> None:
    document = Client().get("/api/openapi.json")
    docs = Client().get("/api/docs")

    assert document.status_code == 200
    assert document.json()["info"]["title"] == "Family Plan API"
    assert docs.status_code == 200
    page = docs.content.decode()
    assert "swagger-ui" in page
    assert "cdn" not in page.lower()
    assert "https://" not in page


def test_an_empty_who_cell_sent_is_checked_as_an_empty_cell(db) -> None:
    body = {"text": "Ring the housing office about the damp on Monday.", "kind": "action", "who": ""}

    report = Client().post("/api/check", body, content_type="application/json").json()

    assert [f["rule"] for f in report["findings"] if f.get("cell") == "who"] == ["who-missing"]
    assert report["verdict"] == "needs-work"


def test_an_actions_cells_are_checked_too_and_their_findings_say_which_cell(db) -> None:
    body = {
        "text": "The school office will text Mum each Friday with Ben's attendance that week.",
        "kind": "action",
        "who": "Attendance team",
        "when": "Every Friday until 26/03/2027",
    }

    report = Client().post("/api/check", body, content_type="application/json").json()

    assert report["verdict"] == "needs-work"
    flagged = [f for f in report["findings"] if f["cell"] == "who"]
    assert [f["rule"] for f in flagged] == ["who-organisation"]
    assert body["who"][flagged[0]["start"] : flagged[0]["end"]] == "Attendance team"
