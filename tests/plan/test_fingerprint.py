"""A plan is known by its content, whatever file it came in and whichever version of the format wrote it."""

from __future__ import annotations

from pathlib import Path

from familyplan.formats import read_plan
from familyplan.plan.fingerprint import earlier_fingerprints, fingerprint
from familyplan.plan.models import ActionAtReview, ActionStatus, Plan

# A plan written by Family Plan in format 1.1, before the fields of 1.2 and 1.3.
PLAN_1_1 = Path(__file__).parent / "files" / "plan-format-1.1.json"
# What Family Plan stored for it when it was imported, at 1.1, at 1.2, and now.
STORED_BY_1_1 = "96dd0742bd92d7a4e5abd74c45abd4163c7479e405e7d6fd3003018ce11e1f67"
STORED_BY_1_2 = "500adf8b413551fff1cdc444cbecc58b4bbc430bb26293b61cb07df8560695b6"
STORED_NOW = "c59f692497263547aa3e0b68871f8ccf1979d6d91fb2d1267b18437bb9f1191b"


def plan_1_1() -> Plan:
    return read_plan(PLAN_1_1).plan


def test_a_plan_keeps_its_fingerprint_across_versions_of_the_format():
    plan = plan_1_1()

    assert fingerprint(plan) == STORED_NOW
    assert fingerprint(plan.model_copy(update={"schema_version": "1.3"})) == STORED_NOW
    assert fingerprint(plan.model_copy(update={"schema_version": "1.4"})) == STORED_NOW
    assert {STORED_BY_1_1, STORED_BY_1_2} <= set(earlier_fingerprints(plan))


def test_a_plan_using_a_newer_field_has_no_fingerprint_of_a_version_without_it():
    plan = plan_1_1()
    goals = [plan.goals[0].model_copy(update={"achieved_on": plan.started_on}), *plan.goals[1:]]
    achieved = plan.model_copy(update={"goals": goals})  # a field of 1.2
    assert plan.closure is not None
    signed = plan.model_copy(
        update={"closure": plan.closure.model_copy(update={"signed_off_on": plan.started_on})}
    )

    assert STORED_BY_1_1 not in earlier_fingerprints(achieved)
    assert len(earlier_fingerprints(achieved)) == 2  # 1.2's form, with the file's version and with 1.2
    assert earlier_fingerprints(signed) == []  # a field of 1.3
    assert STORED_NOW not in {fingerprint(achieved), fingerprint(signed)}


def test_a_plan_holding_what_a_review_recorded_of_an_action_has_no_fingerprint_of_a_version_before_1_4():
    plan = plan_1_1()
    action = plan.goals[0].actions[0]
    noted = [action.progress[0].model_copy(update={"review_index": 0}), *action.progress[1:]]
    status = ActionAtReview(review_index=0, status_before=ActionStatus.NOT_STARTED, status=ActionStatus.DONE)
    changes = ({"progress": noted}, {"at_reviews": [status]})
    first = plan.goals[0]
    plans = [
        plan.model_copy(
            update={
                "goals": [
                    first.model_copy(
                        update={"actions": [action.model_copy(update=change), *first.actions[1:]]}
                    ),
                    *plan.goals[1:],
                ]
            }
        )
        for change in changes
    ]

    assert [earlier_fingerprints(p) for p in plans] == [[], []]
    assert STORED_NOW not in {fingerprint(p) for p in plans}
