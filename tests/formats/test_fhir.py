"""A plan exported as FHIR R4: the resources a health or case system expects, valid, and read back
with anything the plan has no place for named rather than dropped."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from familyplan.formats import read_plan
from familyplan.formats.fhir import FhirExportError, plan_to_fhir, validate_r4
from familyplan.plan.models import (
    Action,
    ActionStatus,
    FamilyMember,
    Goal,
    GoalStatus,
    Plan,
    Practitioner,
    SupportingFamiliesOutcome,
)
from tests.formats.whole_plan import a_plan_with_every_field


def a_plan() -> Plan:
    return Plan(
        family_name="Smith",
        started_on=dt.date(2024, 1, 5),
        family_members=[
            FamilyMember(name="Susan Smith", relationship="Mum"),
            FamilyMember(
                name="Ben Smith", relationship="Son", is_child=True, date_of_birth=dt.date(2011, 9, 1)
            ),
        ],
        practitioners=[Practitioner(name="Sehar Khan", role="Designated Safeguarding Lead", is_lead=True)],
        goals=[
            Goal(
                outcome="Ben will be in school for at least 90% of sessions each half term.",
                supporting_families_outcome=SupportingFamiliesOutcome.EDUCATION,
                measure_of_success="School register shows 90% or more",
                actions=[
                    Action(
                        how="Ben is to arrive at school at 9am, 15 minutes later, to miss the rush.",
                        who="Susan (Parent) / Ben (Young person)",
                        when="Every day (review 23.02.2024)",
                        recurrence="Every day",
                        review_date=dt.date(2024, 2, 23),
                        status=ActionStatus.IN_PROGRESS,
                    ),
                    Action(
                        how="CAMHS referral to be completed.",
                        who="Mohamed (Off the record)",
                        when="19.01.2024",
                        due_date=dt.date(2024, 1, 19),
                        status=ActionStatus.DONE,
                    ),
                ],
            ),
            Goal(outcome="Mum will have a weekly budget.", status=GoalStatus.ACHIEVED),
        ],
        contingency="If Susan is unwell, Grandma Pat will take Ben to school.",
    )


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_the_bundle_holds_a_care_plan_goals_a_care_team_and_tasks() -> None:
    bundle = plan_to_fhir(a_plan())

    assert bundle["resourceType"] == "Bundle"
    assert len(resources(bundle, "CarePlan")) == 1
    assert len(resources(bundle, "Goal")) == 2
    assert len(resources(bundle, "CareTeam")) == 1
    assert [t["description"] for t in resources(bundle, "Task")] == [
        "Ben is to arrive at school at 9am, 15 minutes later, to miss the rush.",
        "CAMHS referral to be completed.",
    ]


def test_a_goal_carries_its_target_due_date_and_achievement() -> None:
    first, second = resources(plan_to_fhir(a_plan()), "Goal")

    assert first["target"] == [{"detailString": "School register shows 90% or more", "dueDate": "2024-02-23"}]
    assert first["achievementStatus"]["coding"][0]["code"] == "in-progress"
    assert first["category"][0]["text"] == "Getting a good education"
    assert second["achievementStatus"]["coding"][0]["code"] == "achieved"
    assert second["lifecycleStatus"] == "completed"


def test_tasks_keep_their_owner_status_and_date() -> None:
    arrive, referral = resources(plan_to_fhir(a_plan()), "Task")

    assert arrive["owner"] == {"display": "Susan (Parent) / Ben (Young person)"}
    assert arrive["status"] == "in-progress"
    assert referral["status"] == "completed"
    assert referral["executionPeriod"] == {"end": "2024-01-19"}


def test_every_reference_points_at_an_entry_in_the_bundle() -> None:
    bundle = plan_to_fhir(a_plan())
    urls = {e["fullUrl"] for e in bundle["entry"]}

    plan = resources(bundle, "CarePlan")[0]
    refs = [g["reference"] for g in plan["goal"]] + [a["reference"]["reference"] for a in plan["activity"]]

    assert refs
    assert set(refs) <= urls
    assert plan["subject"]["reference"] in urls


def test_the_same_plan_exports_to_the_same_bundle() -> None:
    assert plan_to_fhir(a_plan()) == plan_to_fhir(a_plan())


def test_the_r4_models_reject_a_bundle_that_breaks_the_standard() -> None:
    bundle = plan_to_fhir(a_plan())
    task = resources(bundle, "Task")[0]
    del task["intent"]  # required in R4

    with pytest.raises(FhirExportError, match="intent"):
        validate_r4(bundle)


def _references(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        if isinstance(value.get("reference"), str):
            yield value["reference"]
        for inner in value.values():
            yield from _references(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _references(inner)


def test_every_reference_anywhere_in_a_whole_plan_points_at_an_entry() -> None:
    bundle = plan_to_fhir(a_plan_with_every_field())
    urls = {e["fullUrl"] for e in bundle["entry"]}

    found = set(_references(bundle))

    assert found
    assert found <= urls


def test_each_review_is_an_encounter_saying_who_came_and_who_sent_apologies() -> None:
    [review] = resources(plan_to_fhir(a_plan_with_every_field()), "Encounter")

    assert review["status"] == "finished"
    assert review["period"]["start"] == "2026-02-10"
    assert review["type"] == [{"text": "collated"}]
    came = [
        p["individual"]["display"]
        for p in review["participant"]
        if p["type"][0]["coding"][0]["code"] == "ATND"
    ]
    sorry = [
        p["individual"]["display"]
        for p in review["participant"]
        if p["type"][0].get("text") == "Sent apologies"
    ]
    assert (came, sorry) == (["Anna Nowak", "Mrs March"], ["Gran"])


def test_what_a_review_found_is_a_clinical_impression_of_its_encounter() -> None:
    bundle = plan_to_fhir(a_plan_with_every_field())
    [encounter] = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Encounter"]

    [found] = resources(bundle, "ClinicalImpression")

    assert found["encounter"] == {"reference": encounter["fullUrl"]}
    assert found["summary"] == "Going well."
    notes = [n["text"] for n in found["note"]]
    assert "The child's views: Ben likes the exit card." in notes
    assert "The contingency plan was looked at." in notes
    assert found["extension"][0]["valueDate"] == "2026-03-24"  # the next review


def test_each_scaling_score_is_an_observation_of_its_goal_with_both_scores_out_of_ten() -> None:
    bundle = plan_to_fhir(a_plan_with_every_field())
    goals = [e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Goal"]

    scored, unscored = observations(bundle, "scaling-score")

    assert [o["focus"][0]["reference"] for o in (scored, unscored)] == goals
    assert [(c["code"]["text"], c["valueInteger"]) for c in scored["component"]] == [
        ("The family's score", 6),
        ("The practitioners' score", 5),
    ]
    assert all("dataAbsentReason" in c for c in unscored["component"])
    assert unscored["note"] == [{"text": "Why there is no score: Mum was too unwell to score."}]


def observations(bundle: dict, code: str) -> list[dict]:
    return [o for o in resources(bundle, "Observation") if o["code"]["coding"][0]["code"] == code]


def test_what_a_review_recorded_of_each_action_is_an_observation_of_its_task_at_the_reviews_encounter() -> (
    None
):
    bundle = plan_to_fhir(a_plan_with_every_field())
    tasks = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Task"]
    [encounter] = [e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Encounter"]

    walked, meetings = observations(bundle, "action-at-review")

    assert [o["focus"][0]["reference"] for o in (walked, meetings)] == [t["fullUrl"] for t in tasks[:2]]
    assert walked["encounter"] == {"reference": encounter}
    assert [
        (c["code"]["text"], c["valueCodeableConcept"]["coding"][0]["code"]) for c in walked["component"]
    ] == [
        ("The status the review found the action at", "in-progress"),
        ("The status the review left the action at", "completed"),
    ]
    # The progress note written at the review names it; the one sent in before names none.
    before, at_review = tasks[0]["resource"]["note"][-2:]
    assert "extension" not in before
    assert at_review["extension"] == [
        {"url": "urn:x-familyplan:fhir:extension:at-review", "valueReference": {"reference": encounter}}
    ]


def test_the_support_network_is_a_care_team_of_related_people_saying_how_they_help() -> None:
    bundle = plan_to_fhir(a_plan_with_every_field())

    taf, network = resources(bundle, "CareTeam")
    [gran] = resources(bundle, "RelatedPerson")

    assert (taf["name"], network["name"]) == ("Team Around the Family", "The family's support network")
    assert network["participant"][0]["role"] == [{"text": "School runs"}]
    assert gran["relationship"] == [{"text": "Grandmother"}]
    assert gran["telecom"] == [{"system": "phone", "value": "07700 900123"}]


def test_a_service_gap_is_a_detected_issue_with_its_risk_and_the_day_the_coordinator_was_told() -> None:
    [gap] = resources(plan_to_fhir(a_plan_with_every_field()), "DetectedIssue")

    assert gap["detail"] == "A Polish-speaking parenting course"
    assert gap["implicated"] == [{"display": "Parenting"}]
    assert gap["mitigation"][0]["date"] == "2026-01-15"
    assert gap["extension"][0]["valueString"] == "Mornings stay hard"


def test_the_plan_type_next_review_and_interim_safety_plan_are_care_plan_parts() -> None:
    plan, interim = resources(plan_to_fhir(a_plan_with_every_field()), "CarePlan")

    assert plan["category"][0]["text"] == "My Plan (level two)"
    assert plan["activity"][-1]["detail"]["scheduledPeriod"]["start"] == "2026-03-24"
    assert (interim["description"], interim["period"]) == ("Mornings", {"end": "2026-02-01"})
    assert interim["partOf"][0]["reference"] == plan_to_fhir(a_plan_with_every_field())["entry"][0]["fullUrl"]


def _read_back(tmp_path: Path, change: Any) -> Any:
    """A whole plan's bundle, changed as another system might, read back."""
    bundle = plan_to_fhir(a_plan_with_every_field())
    change(
        {kind: resources(bundle, kind) for kind in {e["resource"]["resourceType"] for e in bundle["entry"]}}
    )
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return read_plan(path)


def test_a_score_out_of_ten_is_named_and_the_rest_of_the_review_is_read(tmp_path: Path) -> None:
    def score_eleven(found: dict[str, list[dict]]) -> None:
        found["Observation"][0]["component"][0]["valueInteger"] = 11

    read = _read_back(tmp_path, score_eleven)

    [problem] = read.problems
    assert problem.where == "review 1 (2026-02-10), a scaling score"
    assert "less than or equal to 10" in problem.reason
    [review] = read.plan.reviews
    assert [s.goal_index for s in review.scaling] == [1]
    assert review.notes == "Going well."


def test_a_score_for_no_goal_of_the_plan_is_named_not_given_to_another(tmp_path: Path) -> None:
    def score_nothing(found: dict[str, list[dict]]) -> None:
        found["Observation"][0]["focus"] = [{"display": "Ben will sleep better"}]

    read = _read_back(tmp_path, score_nothing)

    [problem] = read.problems
    assert "is not for any of the plan's goals" in problem.reason
    assert problem.text == "Ben will sleep better"
    assert [s.goal_index for s in read.plan.reviews[0].scaling] == [1]


def test_a_note_or_a_resource_the_plan_has_no_place_for_is_named_with_its_words(tmp_path: Path) -> None:
    def add_strangers(found: dict[str, list[dict]]) -> None:
        found["CarePlan"][0]["note"].append({"text": "Family moved from Leeds"})
        found["Encounter"][0]["participant"].append({"individual": {"display": "Dr Finch"}})
        found["DetectedIssue"][0].update(code={"text": "Drug interaction"}, detail="Two medicines clash")

    read = _read_back(tmp_path, add_strangers)

    assert sorted((p.where, p.text) for p in read.problems) == [
        ("CarePlan note 19", "Family moved from Leeds"),
        ("DetectedIssue 1", "Two medicines clash"),
        ("review 1 (2026-02-10), participant 4", "Dr Finch"),
    ]
    assert read.plan.service_gaps == []
    assert read.plan.reviews[0].attendees == ["Anna Nowak", "Mrs March"]


def test_what_the_actions_hold_of_a_review_that_cannot_be_read_is_named_and_the_notes_kept(
    tmp_path: Path,
) -> None:
    def review_with_no_day(found: dict[str, list[dict]]) -> None:
        del found["Encounter"][0]["period"]

    read = _read_back(tmp_path, review_with_no_day)

    said = [(p.where, p.reason) for p in read.problems]
    assert read.plan.reviews == []
    assert [a.at_reviews for a in read.plan.actions] == [[], [], []]
    assert sum("is for no review or no action of the plan" in reason for _where, reason in said) == 2
    assert (
        "CarePlan activity 1, a progress note",
        "names a review that is not one of the plan's: read without it",
    ) in said
    assert [n.text for n in read.plan.goals[0].actions[0].progress] == ["Walked every day.", "Done."]


def test_a_status_at_a_review_for_a_task_that_is_no_action_of_the_plan_is_named(tmp_path: Path) -> None:
    def a_stray_task(found: dict[str, list[dict]]) -> None:
        stray = found["Observation"][-1]
        stray["focus"] = [{"reference": "Task/elsewhere"}]

    read = _read_back(tmp_path, a_stray_task)

    assert [a.at_reviews != [] for a in read.plan.actions] == [True, False, False]
    assert [p.reason for p in read.problems] == [
        "is for no review or no action of the plan, so it was not read"
    ]
