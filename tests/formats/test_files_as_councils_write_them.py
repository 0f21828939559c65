"""Plan files as people and other systems really write them: a date the UK way in the plan
details, the same words in two cells, sentences that mention "how", "who" and "when", cells
merged down a column, columns of start, target and review dates, and FHIR's relative references.
Each is read as written, or what is left out is said; nothing else of the plan is lost."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from docx import Document

from familyplan.formats import ReadError, read_plan
from familyplan.formats.table_writers import plan_to_csv, plan_to_docx, plan_to_xlsx
from familyplan.plan.limits import Limits
from familyplan.plan.models import ActionStatus, Plan
from tests.formats.builders import SEED_000_HEADER, add_docx_table

A_PLAN = {
    "family_name": "Nowak",
    "family_reference": "EH-2026-0042",
    "started_on": "2026-01-05",
    "practitioners": [{"name": "Sam Lead", "role": "Family Support Worker", "is_lead": True}],
    "goals": [
        {
            "outcome": "Ben will be in school for 95% of sessions by July.",
            "status": "achieved",
            "achieved_on": "2026-02-10",
            "actions": [
                {
                    "how": "Mum will walk Ben to school at 8.30am.",
                    "who": "Mum",
                    "when": "03/02/2026",
                    "status": "done",
                },
                {
                    "how": "Mrs March will meet Ben each Monday.",
                    "who": "TBC",
                    "when": "TBC",
                    "status": "in_progress",
                },
            ],
        },
        {
            "outcome": "Mum will know how to keep calm with Ben by June.",
            "actions": [
                {
                    "how": "Mum will phone Gran, who will come over when Ben is angry.",
                    "who": "Mum",
                    "when": "Every day (review 17/04/2026)",
                }
            ],
        },
    ],
    "reviews": [{"date": "2026-02-10", "scaling": [{"goal_index": 0, "family": 6}]}],
    "closure": {"reason": "outcomes_achieved", "date": "2026-04-01", "summary": "Ben is in school."},
}


def a_plan(**changes: object) -> Plan:
    return Plan.model_validate({**json.loads(json.dumps(A_PLAN)), **changes})


@pytest.mark.parametrize(
    ("suffix", "writer"), [("docx", plan_to_docx), ("xlsx", plan_to_xlsx), ("csv", plan_to_csv)]
)
def test_an_export_reads_back_as_the_same_plan(tmp_path: Path, suffix: str, writer) -> None:
    """Who and when both "TBC", a goal that says "how" over an action that says "who ... when"."""
    path = tmp_path / f"plan.{suffix}"
    path.write_bytes(writer(a_plan()))

    read = read_plan(path)

    assert read.plan == a_plan()
    assert not [p for p in read.problems if "differs" in p.reason]


def test_two_goals_with_the_same_words_read_back_as_two(tmp_path: Path) -> None:
    goals = a_plan().goals
    twins = a_plan(
        goals=[g.model_copy(update={"outcome": "Getting a good education"}).model_dump() for g in goals]
    )
    path = tmp_path / "plan.xlsx"
    path.write_bytes(plan_to_xlsx(twins))

    assert read_plan(path).plan == twins


def test_a_date_written_the_uk_way_in_the_plan_details_is_read_as_that_date(tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(plan_to_csv(a_plan()).decode())))
    for row in rows:
        if row and row[0] == "reviews[0].date":
            row[1] = "10/02/2026"
        if row and row[0] == "closure.reason":
            row[1] = "Outcomes achieved"
    path = tmp_path / "plan.csv"
    with path.open("w", newline="") as f:
        csv.writer(f).writerows(rows)

    read = read_plan(path)

    assert read.plan == a_plan()
    assert read.problems == []


def test_a_value_that_cannot_be_read_leaves_out_its_item_alone_and_says_so(tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(plan_to_csv(a_plan()).decode())))
    for row in rows:
        if row and row[0] == "reviews[0].date":
            row[1] = "the tenth"
    path = tmp_path / "plan.csv"
    with path.open("w", newline="") as f:
        csv.writer(f).writerows(rows)

    read = read_plan(path)

    assert read.plan == a_plan(reviews=[])
    assert read.plan.family_name == "Nowak"
    assert read.plan.closure is not None
    assert any(p.where.endswith("reviews[0]") and "left out" in p.reason for p in read.problems)


def test_a_sentence_mentioning_how_who_and_when_is_not_taken_for_a_header(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    with path.open("w", newline="") as f:
        csv.writer(f).writerows(
            [
                SEED_000_HEADER,
                [
                    "Ben will go to school every day by July",
                    "Mum will walk Ben to school",
                    "Mum",
                    "03/04/2026",
                    "",
                ],
                [
                    "Mum will know how to keep calm",
                    "Mum will phone Gran, who will come when Ben is angry",
                    "Mum and Gran",
                    "Every day",
                    "",
                ],
                [
                    "Amy will sleep in her own bed by May",
                    "Dad will read Amy a story at 7pm",
                    "Dad",
                    "Every night",
                    "",
                ],
            ]
        )

    goals = read_plan(path).plan.goals

    assert [len(g.actions) for g in goals] == [1, 1, 1]
    assert goals[1].actions[0].who == "Mum and Gran"


def test_a_who_cell_merged_down_a_word_table_names_every_action_it_covers(tmp_path: Path) -> None:
    document = Document()
    table = add_docx_table(
        document,
        [
            [
                "What do we want to achieve?",
                "What needs to happen",
                "By whom",
                "Start date",
                "Target date",
                "Review date",
            ],
            [
                "Ben will attend school",
                "Mum will walk Ben to school",
                "Mum",
                "01/03/2026",
                "03/04/2026",
                "17/04/2026",
            ],
            ["", "Mum will set two alarms", "", "01/03/2026", "10/03/2026", "17/04/2026"],
            ["", "Mum will pack Ben's bag the night before", "", "01/03/2026", "10/03/2026", "not yet set"],
        ],
    )
    table.cell(1, 0).merge(table.cell(3, 0))
    table.cell(1, 2).merge(table.cell(3, 2))
    path = tmp_path / "plan.docx"
    document.save(path)

    read = read_plan(path)

    [goal] = read.plan.goals
    assert [a.who for a in goal.actions] == ["Mum", "Mum", "Mum"]
    assert [a.due_date for a in goal.actions] == [
        dt.date(2026, 4, 3),
        dt.date(2026, 3, 10),
        dt.date(2026, 3, 10),
    ]
    assert [a.review_date for a in goal.actions] == [dt.date(2026, 4, 17), dt.date(2026, 4, 17), None]
    assert [n.text for n in goal.actions[2].progress] == ["Review: not yet set"]
    assert any("Start date" in p.where for p in read.problems)


def _bundle(path: Path, focus: str = "Goal/g1", activity: object = None) -> Path:
    base = "https://fhir.council.example/R4/"

    def entry(kind: str, key: str, **fields: object) -> dict[str, object]:
        return {"fullUrl": f"{base}{kind}/{key}", "resource": {"resourceType": kind, "id": key, **fields}}

    care_plan = entry(
        "CarePlan",
        "cp1",
        status="active",
        intent="plan",
        subject={"reference": "Group/f"},
        goal=[{"reference": "Goal/g1"}],
        activity=[activity or {"reference": {"reference": "Task/t1"}}],
    )
    path.write_text(
        json.dumps(
            {
                "resourceType": "Bundle",
                "type": "collection",
                "entry": [
                    care_plan,
                    entry("Group", "f", type="person", actual=True, name="Khan family"),
                    entry(
                        "Goal", "g1", lifecycleStatus="active", description={"text": "Ali will attend school"}
                    ),
                    *(
                        [
                            entry(
                                "Task",
                                "t1",
                                status="in-progress",
                                intent="plan",
                                description="School will phone Mum",
                                focus={"reference": focus},
                            )
                        ]
                        if activity is None
                        else []
                    ),
                ],
            }
        )
    )
    return path


def test_a_fhir_bundle_with_relative_references_is_read_whole(tmp_path: Path) -> None:
    plan = read_plan(_bundle(tmp_path / "plan.json")).plan

    assert plan.family_name == "Khan family"
    assert [(g.outcome, [a.how for a in g.actions]) for g in plan.goals] == [
        ("Ali will attend school", ["School will phone Mum"])
    ]


def test_an_activity_written_inside_the_care_plan_is_read_as_an_action(tmp_path: Path) -> None:
    inline = {
        "detail": {
            "status": "in-progress",
            "description": "Mum will call the school office each Monday",
            "performer": [{"display": "Mum"}],
            "scheduledString": "Every Monday",
            "goal": [{"reference": "Goal/g1"}],
        }
    }

    read = read_plan(_bundle(tmp_path / "plan.json", activity=inline))

    [action] = read.plan.goals[0].actions
    assert (action.how, action.who, action.when) == (
        "Mum will call the school office each Monday",
        "Mum",
        "Every Monday",
    )
    assert action.status == ActionStatus.IN_PROGRESS
    assert read.problems == []


@pytest.mark.parametrize(
    ("focus", "activity", "says", "words"),
    [
        ("Goal/missing", None, "is not for any of the CarePlan's goals", "School will phone Mum"),
        (
            "Goal/g1",
            {"detail": {"description": "Mum will call"}},
            "is not for any of the CarePlan's goals",
            "Mum will call",
        ),
        ("Goal/g1", {"reference": {"reference": "Goal/g1"}}, "is a Goal, not a Task", ""),
    ],
)
def test_an_activity_that_cannot_be_placed_is_named_and_the_rest_is_read(
    tmp_path: Path, focus: str, activity: object, says: str, words: str
) -> None:
    read = read_plan(_bundle(tmp_path / "plan.json", focus=focus, activity=activity))

    assert read.plan.family_name == "Khan family"
    assert [g.outcome for g in read.plan.goals] == ["Ali will attend school"]
    assert read.plan.goals[0].actions == []
    [problem] = read.problems
    assert problem.where == "CarePlan activity 1"
    assert says in problem.reason
    assert problem.text == words


def test_a_fhir_bundle_whose_activity_names_nothing_is_refused_saying_why(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="names nothing in the bundle"):
        read_plan(_bundle(tmp_path / "plan.json", activity={"reference": {"reference": "Task/missing"}}))


def test_an_inline_activity_keeps_its_progress_and_one_entered_in_error_is_named(tmp_path: Path) -> None:
    path = _bundle(
        tmp_path / "plan.json",
        activity={
            "detail": {"description": "Mum will ring school", "goal": [{"reference": "Goal/g1"}]},
            "progress": [{"text": "Rang twice", "time": "2027-01-12"}],
        },
    )
    data = json.loads(path.read_text())
    data["entry"][0]["resource"]["activity"].append(
        {
            "detail": {
                "description": "Wrong family",
                "status": "entered-in-error",
                "goal": [{"reference": "Goal/g1"}],
            }
        }
    )
    path.write_text(json.dumps(data))

    read = read_plan(path)

    [action] = read.plan.goals[0].actions
    assert [(n.text, n.date) for n in action.progress] == [("Rang twice", dt.date(2027, 1, 12))]
    [problem] = read.problems
    assert (problem.where, problem.text) == ("CarePlan activity 2", "Wrong family")
    assert "entered in error" in problem.reason


def test_inline_activities_count_towards_the_limit_on_actions(tmp_path: Path) -> None:
    many = [{"detail": {"description": f"Step {n}", "goal": [{"reference": "Goal/g1"}]}} for n in range(6)]
    path = _bundle(tmp_path / "plan.json")
    data = json.loads(path.read_text())
    data["entry"][0]["resource"]["activity"] = many
    path.write_text(json.dumps(data))

    with pytest.raises(ReadError, match="actions"):
        read_plan(path, limits=Limits(actions=5))


def test_a_performer_written_as_one_object_does_not_break_the_reading(tmp_path: Path) -> None:
    odd = {
        "detail": {
            "description": "Mum will ring",
            "performer": {"display": "Mum"},
            "goal": [{"reference": "Goal/g1"}],
        }
    }

    read = read_plan(_bundle(tmp_path / "plan.json", activity=odd))

    assert read.plan.goals[0].actions[0].who == ""  # not a list of performers: no one is read from it
