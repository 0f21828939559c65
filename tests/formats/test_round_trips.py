"""Export -> import -> export loses nothing, in every format, on a plan with every field filled."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from familyplan.formats import plan_to_json, read_plan
from familyplan.formats.fhir import plan_to_fhir
from familyplan.formats.table_writers import plan_to_csv, plan_to_docx, plan_to_xlsx
from familyplan.plan import models as m
from tests.formats.whole_plan import a_plan_with_every_field, unfilled_fields

WRITERS = {
    "json": lambda plan: plan_to_json(plan).encode(),
    "docx": plan_to_docx,
    "xlsx": plan_to_xlsx,
    "csv": plan_to_csv,
}


def test_the_whole_plan_fills_every_field_of_the_plan_format() -> None:
    assert unfilled_fields(a_plan_with_every_field()) == []


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_a_plan_written_and_read_back_is_the_same_plan_field_for_field(suffix: str, tmp_path: Path) -> None:
    plan = a_plan_with_every_field()
    path = tmp_path / f"plan.{suffix}"
    path.write_bytes(WRITERS[suffix](plan))

    result = read_plan(path)

    assert result.problems == []
    assert result.plan.model_dump() == plan.model_dump()


@pytest.mark.parametrize("suffix", ["json", "csv"])
def test_a_text_export_read_back_and_exported_again_is_the_same_byte_for_byte(
    suffix: str, tmp_path: Path
) -> None:
    first = WRITERS[suffix](a_plan_with_every_field())
    path = tmp_path / f"plan.{suffix}"
    path.write_bytes(first)

    again = WRITERS[suffix](read_plan(path).plan)

    assert again == first


def test_a_word_file_whose_goal_table_was_edited_after_export_keeps_the_edit_and_says_so(
    tmp_path: Path,
) -> None:
    from docx import Document

    path = tmp_path / "plan.docx"
    path.write_bytes(plan_to_docx(a_plan_with_every_field()))
    document = Document(str(path))
    document.tables[0].rows[1].cells[1].text = "Mum will walk Ben to school at 8.15am."
    document.save(str(path))

    result = read_plan(path)

    assert result.plan.goals[0].actions[0].how == "Mum will walk Ben to school at 8.15am."
    assert result.plan.family_reference == "EH-2026-0042"
    assert any("goal table differs" in p.reason for p in result.problems)
    # The table holds no status: what the reviews recorded of the actions' statuses is said to be left.
    assert any("what each review recorded of each action" in p.reason for p in result.problems)


def test_a_details_row_naming_no_field_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    text = plan_to_csv(m.Plan(family_name="Nowak", goals=[m.Goal(outcome="x", actions=[m.Action(how="y")])]))
    path.write_bytes(text + b"goals[0].colour,blue\n")

    result = read_plan(path)

    assert result.plan.family_name == "Nowak"
    assert [p.reason for p in result.problems] != []


def test_a_fhir_bundle_read_back_and_exported_again_is_the_same_byte_for_byte(tmp_path: Path) -> None:
    first = json.dumps(plan_to_fhir(a_plan_with_every_field(), plan_id="7"), indent=2)
    path = tmp_path / "plan.fhir.json"
    path.write_text(first, encoding="utf-8")

    again = json.dumps(plan_to_fhir(read_plan(path).plan, plan_id="7"), indent=2)

    assert again == first


def test_a_fhir_bundle_read_back_is_the_same_plan_field_for_field(tmp_path: Path) -> None:
    plan = a_plan_with_every_field()
    path = tmp_path / "plan.fhir.json"
    path.write_text(json.dumps(plan_to_fhir(plan)), encoding="utf-8")

    read = read_plan(path)

    assert read.problems == []
    assert read.notes == []  # nothing of the plan is left out of a bundle
    assert read.plan.model_dump() == plan.model_dump()


def test_a_bundle_written_before_bundles_carried_reviews_reads_as_it_did() -> None:
    files = Path(__file__).parent / "files"
    # The whole plan as the earlier bundle held it, and as the earlier reader read it back.
    as_read_before = read_plan(files / "nowak-bundle-before-reviews.plan.json").plan

    read = read_plan(files / "nowak-bundle-before-reviews.fhir.json")

    assert read.problems == []
    # The version of the format is the one it is read into now.
    assert read.plan.model_dump(exclude={"schema_version"}) == as_read_before.model_dump(
        exclude={"schema_version"}
    )
    assert read.plan.goals[0].actions[0].progress  # the parts it did carry came in


def test_the_fhir_bundle_names_the_family_and_plan_and_refers_to_people_not_only_by_name() -> None:
    bundle = plan_to_fhir(a_plan_with_every_field(), system="https://council.example/id", plan_id="7")
    by_kind: dict[str, dict] = {}
    for entry in bundle["entry"]:
        by_kind.setdefault(entry["resource"]["resourceType"], entry["resource"])
    urls = {e["fullUrl"] for e in bundle["entry"]}

    assert by_kind["Group"]["identifier"] == [
        {"system": "https://council.example/id:family-reference", "value": "EH-2026-0042"}
    ]
    assert by_kind["CarePlan"]["identifier"][0]["value"] == "7"
    assert by_kind["CarePlan"]["period"]["end"] == "2026-04-01"
    assert by_kind["CarePlan"]["author"]["reference"] in urls
    assert all(c["system"] for c in by_kind["Goal"]["category"][0]["coding"])
    tasks = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Task"]
    assert tasks[0]["owner"]["reference"] in urls


def _csv_without(plan: m.Plan, tmp_path: Path, leave_out: Callable[[str], bool]) -> Path:
    """The plan as CSV, with the lines ``leave_out`` picks taken away (edited after export)."""
    text = plan_to_csv(plan)
    text = text.decode() if isinstance(text, bytes) else text
    path = tmp_path / "nowak.csv"
    path.write_text("".join(line for line in text.splitlines(keepends=True) if not leave_out(line)))
    return path


def test_a_goal_taken_out_of_the_goal_table_takes_its_scores_and_says_so_the_rest_follow_their_goals(
    tmp_path: Path,
) -> None:
    plan = a_plan_with_every_field()
    kept, removed = plan.goals
    path = _csv_without(plan, tmp_path, lambda line: line.startswith(removed.outcome))

    result = read_plan(path)

    assert [g.outcome for g in result.plan.goals] == [kept.outcome]
    assert [(s.goal_index, s.family) for s in result.plan.reviews[0].scaling] == [(0, 6)]
    said = " ".join(p.reason for p in result.problems)
    assert f"review 1: a score for the goal '{removed.outcome}', not in the goal table: left out" in said


def test_a_score_left_out_for_a_goal_with_no_outcome_says_so_not_empty_quotes(tmp_path: Path) -> None:
    plan = a_plan_with_every_field()
    plan.goals[1].outcome = ""
    gone = plan.goals[1].actions[0].how
    path = _csv_without(plan, tmp_path, lambda line: gone in line and not line.startswith("goals["))

    result = read_plan(path)

    said = " ".join(p.reason for p in result.problems)
    assert "review 1: a score for a goal with no outcome written, not in the goal table: left out" in said
    assert "''" not in said


def test_a_score_for_a_goal_the_details_do_not_have_is_left_out_alone(tmp_path: Path) -> None:
    plan = a_plan_with_every_field()
    path = _csv_without(plan, tmp_path, lambda line: line.startswith("goals[1]"))

    result = read_plan(path)

    assert len(result.plan.reviews) == len(plan.reviews)  # every review kept
    assert len(result.plan.reviews[0].scaling) == 1
    assert any(
        p.where.endswith("reviews[0].scaling[1]") and "goal_index 1 names no goal" in p.reason
        for p in result.problems
    )


def test_what_an_action_holds_of_a_review_the_details_do_not_have_is_left_out_alone_and_said(
    tmp_path: Path,
) -> None:
    plan = a_plan_with_every_field()
    path = _csv_without(plan, tmp_path, lambda line: line.startswith("reviews[0]"))

    result = read_plan(path)

    walked = result.plan.goals[0].actions[0]
    assert result.plan.reviews == []
    assert [a.at_reviews for a in result.plan.actions] == [[], [], []]
    assert [(n.text, n.review_index) for n in walked.progress] == [
        ("Walked every day.", None),
        ("Done.", None),
    ]
    said = {(p.where, p.reason) for p in result.problems}
    no_review = "not read: review_index 0 names no review; the plan details have 0"
    assert ("CSV, plan details, goals[0].actions[0].at_reviews[0]", no_review) in said
    assert ("CSV, plan details, goals[0].actions[1].at_reviews[0]", no_review) in said
    assert ("CSV, plan details, goals[0].actions[0].progress[1].review_index", no_review) in said


def test_a_review_left_out_of_the_details_takes_what_the_actions_hold_of_it_and_the_later_ones_follow(
    tmp_path: Path,
) -> None:
    plan = a_plan_with_every_field()
    later = m.Review(
        date=dt.date(2026, 3, 24), attendees=["Anna Nowak"], next_review_date=dt.date(2026, 5, 5)
    )
    plan.reviews.append(later)
    meetings = plan.goals[0].actions[1]
    meetings.at_reviews.append(
        m.ActionAtReview(review_index=1, status_before=m.ActionStatus.IN_PROGRESS, status=m.ActionStatus.DONE)
    )
    meetings.progress.append(m.ProgressNote(date=dt.date(2026, 3, 24), text="Every Monday.", review_index=1))
    path = tmp_path / "plan.csv"
    path.write_text(
        plan_to_csv(plan).decode().replace("reviews[0].date,2026-02-10", "reviews[0].date,someday")
    )

    result = read_plan(path)

    assert [r.date for r in result.plan.reviews] == [later.date]
    assert result.plan.goals[0].actions[0].at_reviews == []
    assert [(a.review_index, a.status) for a in meetings_read(result.plan).at_reviews] == [
        (0, m.ActionStatus.DONE)
    ]
    assert [(n.text, n.review_index) for n in meetings_read(result.plan).progress] == [("Every Monday.", 0)]
    said = " ".join(p.reason for p in result.problems)
    assert "left out, because reviews[0].date could not be read" in said
    assert "not read: review_index 0 names the review left out" in said


def meetings_read(plan: m.Plan) -> m.Action:
    return plan.goals[0].actions[1]
