"""Importing the same plan again never makes a second family; --dry-run changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.formats import ReadError, plan_to_json, read_plan
from familyplan.formats.table_writers import plan_to_docx, plan_to_xlsx
from familyplan.web.accounts.models import User
from familyplan.web.casework import selectors, services
from familyplan.web.casework.importing import import_file, transfer_document, transfer_import
from familyplan.web.casework.models import Family, ImportRecord
from tests.formats.whole_plan import a_plan_with_every_field
from tests.people import make_user
from tests.plan.test_fingerprint import PLAN_1_1, STORED_BY_1_1, STORED_BY_1_2

runner = CliRunner()


def import_cli(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["import", *args, "--as", "lead"], env={"COLUMNS": "200"})
    return result.exit_code, result.stdout


def test_the_same_file_imported_twice_makes_one_family(lead: User, tmp_path: Path) -> None:
    path = tmp_path / "nowak.json"
    path.write_text(plan_to_json(a_plan_with_every_field()), encoding="utf-8")

    first = import_cli(str(path))
    second = import_cli(str(path))

    assert first[0] == 0
    assert second[0] == 0
    assert Family.objects.count() == 1
    assert "already imported" in second[1]


def test_the_same_plan_as_word_and_as_excel_makes_one_family_and_says_why(lead: User, tmp_path: Path) -> None:
    plan = a_plan_with_every_field().model_copy(update={"family_reference": ""})
    (tmp_path / "nowak.docx").write_bytes(plan_to_docx(plan))
    (tmp_path / "nowak.xlsx").write_bytes(plan_to_xlsx(plan))

    results = [import_file(tmp_path / name, lead) for name in ("nowak.docx", "nowak.xlsx")]

    assert [r.status for r in results] == ["imported", "already imported"]
    assert results[1].reason == "the same plan as nowak.docx"
    assert Family.objects.count() == 1


def test_a_family_whose_reference_is_here_is_not_imported_again_though_its_plan_changed(
    lead: User, tmp_path: Path
) -> None:
    plan = a_plan_with_every_field()
    (tmp_path / "one.json").write_text(plan_to_json(plan), encoding="utf-8")
    changed = plan.model_copy(update={"next_steps": "Something new."})
    (tmp_path / "two.json").write_text(plan_to_json(changed), encoding="utf-8")

    results = [import_file(tmp_path / name, lead) for name in ("one.json", "two.json")]

    assert [r.status for r in results] == ["imported", "already imported"]
    assert "reference EH-2026-0042 is already here" in results[1].reason


def test_a_dry_run_says_what_would_be_imported_and_changes_nothing(lead: User, tmp_path: Path) -> None:
    path = tmp_path / "nowak.json"
    path.write_text(plan_to_json(a_plan_with_every_field()), encoding="utf-8")

    code, out = import_cli(str(path), "--dry-run")

    assert code == 0
    assert Family.objects.count() == 0
    assert "would import" in out
    assert "2 goal(s), 3 action(s)" in out
    assert "Nothing was changed" in out


def test_a_dry_run_finds_a_file_repeating_an_earlier_one_of_the_batch_as_the_import_does(
    lead: User, tmp_path: Path
) -> None:
    plan = a_plan_with_every_field().model_copy(update={"family_reference": ""})
    (tmp_path / "nowak.docx").write_bytes(plan_to_docx(plan))
    (tmp_path / "nowak.xlsx").write_bytes(plan_to_xlsx(plan))

    code, out = import_cli(str(tmp_path), "--dry-run")

    assert code == 0
    assert "1 would be imported, 1 already imported" in out
    assert "the same plan as nowak.docx" in out
    assert Family.objects.count() == 0
    assert ImportRecord.objects.count() == 0


@pytest.mark.django_db
def test_an_imported_family_led_by_someone_who_is_not_a_user_here_is_visible_to_the_importer(
    tmp_path: Path,
) -> None:
    importer = make_user("importer", team=None)
    path = tmp_path / "nowak.json"
    path.write_text(plan_to_json(a_plan_with_every_field()), encoding="utf-8")

    result = import_file(path, importer)

    assert result.family in selectors.families_for(importer)


def test_a_transfer_taken_in_twice_is_refused_the_second_time(lead: User, tmp_path: Path) -> None:
    path = tmp_path / "nowak.json"
    path.write_text(plan_to_json(a_plan_with_every_field()), encoding="utf-8")
    family = import_file(path, lead).family
    assert family is not None
    transfer = tmp_path / "transfer.json"
    transfer.write_text(json.dumps(transfer_document(family)), encoding="utf-8")
    Family.objects.filter(pk=family.pk).update(reference="")

    taken_in = transfer_import(transfer, lead)

    assert taken_in.reference == "EH-2026-0042"
    with pytest.raises(ReadError, match="already here"):
        transfer_import(transfer, lead)
    assert Family.objects.filter(reference="EH-2026-0042").count() == 1
    assert taken_in.plans.get().supervision.count() == 1


@pytest.mark.parametrize("stored", [STORED_BY_1_1, STORED_BY_1_2], ids=["format 1.1", "format 1.2"])
def test_a_plan_imported_before_an_upgrade_is_known_after_it_in_another_format(
    lead: User, tmp_path: Path, stored: str
) -> None:
    plan = read_plan(PLAN_1_1).plan
    earlier = services.family_create(by=lead, family_name="Nowak")  # imported then, with no reference
    ImportRecord.objects.create(content_hash=stored, file_name="nowak.json", family=earlier)
    (tmp_path / "nowak.docx").write_bytes(plan_to_docx(plan))

    result = import_file(tmp_path / "nowak.docx", lead)

    assert (result.status, result.reason) == ("already imported", "the same plan as nowak.json")
    assert list(Family.objects.all()) == [earlier]
