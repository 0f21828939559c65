"""A plan is known by its content, whatever file it came in and whichever version of the format wrote it."""

from __future__ import annotations

from pathlib import Path

from familyplan.formats import read_plan
from familyplan.plan.fingerprint import earlier_fingerprints, fingerprint

# A plan written by Family Plan in format 1.1, before the five fields of 1.2.
PLAN_1_1 = Path(__file__).parent / "files" / "plan-format-1.1.json"
# What Family Plan 1.1 stored for it when it was imported, and what is stored now.
STORED_BY_1_1 = "96dd0742bd92d7a4e5abd74c45abd4163c7479e405e7d6fd3003018ce11e1f67"
STORED_NOW = "c59f692497263547aa3e0b68871f8ccf1979d6d91fb2d1267b18437bb9f1191b"


def test_a_plan_keeps_its_fingerprint_across_versions_of_the_format():
    plan = read_plan(PLAN_1_1).plan

    assert fingerprint(plan) == STORED_NOW
    assert fingerprint(plan.model_copy(update={"schema_version": "1.2"})) == STORED_NOW
    assert earlier_fingerprints(plan) == [STORED_BY_1_1]


def test_a_plan_that_uses_a_newer_field_has_no_earlier_fingerprint_and_a_new_one():
    plan = read_plan(PLAN_1_1).plan
    achieved = plan.model_copy(
        update={"goals": [plan.goals[0].model_copy(update={"achieved_on": plan.started_on}), *plan.goals[1:]]}
    )

    assert earlier_fingerprints(achieved) == []
    assert fingerprint(achieved) != STORED_NOW
