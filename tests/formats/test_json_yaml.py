"""Plans as JSON and YAML in the plan model's own shape."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from familyplan.formats import ReadError, plan_to_json, plan_to_yaml, read_plan
from familyplan.plan.models import (
    SCHEMA_VERSION,
    Action,
    ActionStatus,
    FamilyMember,
    Goal,
    Plan,
    ProgressNote,
    Responsible,
    Review,
    SupportingFamiliesOutcome,
)


def a_plan() -> Plan:
    return Plan(
        family_name="Smith",
        started_on=dt.date(2024, 1, 5),
        family_members=[
            FamilyMember(name="Ben", relationship="son", date_of_birth=dt.date(2012, 4, 1), is_child=True)
        ],
        worries=["Ben misses school"],
        goals=[
            Goal(
                outcome="Getting a good education",
                supporting_families_outcome=SupportingFamiliesOutcome.EDUCATION,
                actions=[
                    Action(
                        how="Ben is to arrive at school at 9am.",
                        who="Susan (Parent)",
                        when="Every day (review 23.02.2024)",
                        owners=[Responsible(name="Susan", role="Parent")],
                        recurrence="Every day",
                        review_date=dt.date(2024, 2, 23),
                        status=ActionStatus.IN_PROGRESS,
                        progress=[ProgressNote(date=dt.date(2024, 2, 23), text="Attendance is now 85%.")],
                    )
                ],
            )
        ],
        contingency="Grandma Pat will take Ben.",
        reviews=[Review(date=dt.date(2024, 2, 23), attendees=["Susan", "Sehar"])],
    )


@pytest.mark.parametrize(("suffix", "writer"), [(".json", plan_to_json), (".yaml", plan_to_yaml)])
def test_a_plan_written_and_read_back_is_equal(tmp_path: Path, suffix: str, writer) -> None:
    path = tmp_path / f"plan{suffix}"
    path.write_text(writer(a_plan()), encoding="utf-8")

    result = read_plan(path)

    assert result.plan == a_plan()
    assert result.problems == []


def test_dates_are_written_as_iso_dates() -> None:
    as_json = json.loads(plan_to_json(a_plan()))
    as_yaml_text = plan_to_yaml(a_plan())

    assert as_json["started_on"] == "2024-01-05"
    assert as_json["goals"][0]["actions"][0]["review_date"] == "2024-02-23"
    assert "started_on: '2024-01-05'" in as_yaml_text
    assert yaml.safe_load(as_yaml_text)["goals"][0]["supporting_families_outcome"] == "education"


def test_hand_written_yaml_with_unquoted_dates_is_read(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(
        "family_name: Smith\nnext_review_date: 2024-02-23\ngoals:\n  - outcome: Secure housing\n",
        encoding="utf-8",
    )

    plan = read_plan(tmp_path / "plan.yaml").plan

    assert (plan.next_review_date, plan.goals[0].outcome) == (dt.date(2024, 2, 23), "Secure housing")


def test_a_plan_from_a_newer_format_that_does_not_fit_says_so(tmp_path: Path) -> None:
    data = json.loads(plan_to_json(a_plan())) | {"schema_version": "1.10", "family_pets": "A dog"}
    path = tmp_path / "newer.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(ReadError) as refused:
        read_plan(path)

    assert "family_pets" in str(refused.value)
    assert f"it is written in plan format 1.10, newer than the {SCHEMA_VERSION} this version" in str(
        refused.value
    )


def test_a_plan_of_this_format_that_does_not_fit_names_only_the_field(tmp_path: Path) -> None:
    data = json.loads(plan_to_json(a_plan())) | {"family_pets": "A dog"}
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(ReadError) as refused:
        read_plan(path)

    assert "family_pets" in str(refused.value)
    assert "newer" not in str(refused.value)


def test_a_status_or_a_note_for_a_review_the_plan_does_not_have_refuses_the_file_naming_the_action(
    tmp_path: Path,
) -> None:
    data = json.loads(plan_to_json(a_plan()))
    data["goals"][0]["actions"][0]["progress"][0]["review_index"] = 1
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(ReadError) as refused:
        read_plan(path)

    assert (
        "goal 1, action 1: review_index 1 names no review; the plan has 1 review(s), counted from 0"
        in str(refused.value)
    )


def test_two_statuses_of_one_action_at_one_review_refuse_the_file(tmp_path: Path) -> None:
    data = json.loads(plan_to_json(a_plan()))
    status = {"review_index": 0, "status_before": "not_started", "status": "in_progress"}
    data["goals"][0]["actions"][0]["at_reviews"] = [status, status]
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(ReadError) as refused:
        read_plan(path)

    assert "goals.0.actions.0.at_reviews: Value error, review_index 0 is given twice" in str(refused.value)
