"""Bulk import of plan files, and moving a family's record to another council."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.formats import plan_to_json
from familyplan.plan.models import Action, Goal
from familyplan.plan.models import Plan as PlanDocument
from familyplan.web.accounts.models import User
from familyplan.web.casework import closure, services
from familyplan.web.casework.models import Family, Plan
from tests.formats.builders import SEED_000_ROWS, write_csv, write_docx, write_xlsx
from tests.people import ask_to_close

runner = CliRunner()


def a_folder_of_plans(folder: Path) -> Path:
    folder.mkdir()
    write_docx(folder / "smith.docx", SEED_000_ROWS)
    write_csv(folder / "jones.csv", SEED_000_ROWS)
    plan = PlanDocument(
        family_name="Patel",
        goals=[
            Goal(
                outcome="Secure housing",
                actions=[Action(how="Viewing", who="Mr Patel (Housing Officer)", when="14/03/2026")],
            )
        ],
    )
    (folder / "patel.json").write_text(plan_to_json(plan), encoding="utf-8")
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04 broken")
    write_xlsx(
        folder / "missing-column.xlsx", [["Goal", "Do it"]], header=["Family Goal", "How will this happen"]
    )
    (folder / "empty.csv").write_bytes(b"")
    return folder


def test_a_folder_imports_the_good_files_and_reports_each_bad_one(lead: User, tmp_path: Path) -> None:
    folder = a_folder_of_plans(tmp_path / "plans")

    result = runner.invoke(
        app, ["import", str(folder), "--as", "lead", "--today", "2024-01-10"], env={"COLUMNS": "200"}
    )

    assert result.exit_code == 1
    assert Family.objects.count() == 3
    assert sorted(Family.objects.values_list("family_name", flat=True)) == ["Patel", "jones", "smith"]
    smith = Family.objects.get(family_name="smith")
    assert smith.plans.get().goals.get().actions.count() == 3
    assert "corrupt.docx" in result.stdout
    assert "not a Word file" in result.stdout
    assert "missing-column.xlsx" in result.stdout
    assert "no table with the plan columns" in result.stdout
    assert "the file is empty" in result.stdout
    assert "3 imported, 0 already imported, 3 failed." in result.stdout


def test_a_second_run_over_the_same_files_imports_nothing_twice(lead: User, tmp_path: Path) -> None:
    folder = a_folder_of_plans(tmp_path / "plans")
    runner.invoke(app, ["import", str(folder), "--as", "lead"])

    again = runner.invoke(app, ["import", str(folder), "--as", "lead"], env={"COLUMNS": "200"})

    assert Family.objects.count() == 3
    assert "0 imported, 3 already imported, 3 failed." in again.stdout


def test_a_failing_file_leaves_nothing_half_imported(lead: User, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {"family_name": "Half", "goals": [{"outcome": "x", "actions": [{"how": "y", "status": "odd"}]}]}
        )
    )

    result = runner.invoke(app, ["import", str(bad), "--as", "lead"])

    assert result.exit_code == 1
    assert not Family.objects.filter(family_name="Half").exists()


def test_import_needs_a_known_user(db, tmp_path: Path) -> None:
    result = runner.invoke(app, ["import", str(tmp_path), "--as", "nobody"])

    assert result.exit_code == 2
    assert "no active user called 'nobody'" in result.stderr


def test_a_family_moves_to_another_council_with_its_history(
    lead: User, manager: User, plan: Plan, tmp_path: Path
) -> None:
    goal = services.goal_save(
        by=lead, plan=plan, outcome="Ben will be in school.", supporting_families_outcome="education"
    )
    services.action_save(
        by=lead, goal=goal, how="Mum will walk Ben to school.", who="Mum", when="Every day (review 3/3/2026)"
    )
    ask_to_close(plan, lead, reason="moved_away", summary="Moving to Leeds.")
    closure.closure_sign_off(plan=plan, by=manager)
    file = tmp_path / "smith-transfer.json"

    exported = runner.invoke(app, ["transfer", "export", str(plan.family_id), str(file)])
    imported = runner.invoke(app, ["transfer", "import", str(file), "--as", "lead"])

    assert exported.exit_code == 0, exported.stdout
    assert imported.exit_code == 0, imported.stdout
    new = Family.objects.exclude(pk=plan.family_id).get()
    moved = new.plans.get()
    assert new.family_name == "Smith"
    assert moved.status == Plan.Status.CLOSED
    assert moved.closure.summary == "Moving to Leeds."
    assert moved.goals.get().actions.get().when == "Every day (review 3/3/2026)"
    assert [m.name for m in new.members.all()] == ["Ben"]
    history = json.loads(file.read_text())["history"]
    assert any(h["what"] == "Created goal" for h in history)


def test_a_file_that_is_not_a_transfer_is_refused(lead: User, tmp_path: Path) -> None:
    file = tmp_path / "x.json"
    file.write_text("{}")

    result = runner.invoke(app, ["transfer", "import", str(file), "--as", "lead"])

    assert result.exit_code == 2
    assert "not a transfer file" in result.stderr
    assert not Family.objects.exists()


def test_a_transfer_export_from_the_command_line_is_audited_with_its_operator(
    lead: User, plan: Plan, tmp_path: Path
) -> None:
    from familyplan.web.audit.models import AuditEvent

    file = tmp_path / "out.json"

    result = runner.invoke(app, ["transfer", "export", str(plan.family_id), str(file), "--as", "lead"])

    assert result.exit_code == 0, result.stdout
    event = AuditEvent.objects.filter(action="export", object_type="transfer").get()
    assert event.user == lead
    assert event.detail["operator"] == "lead"
