"""A review goes out with its plan in every file a plan is taken out in, and comes back in whole: each
action's progress noted at the review and the status it found and left, and the goal it marked
achieved, so that the review reads the same wherever the plan is taken in."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from familyplan.web.accounts.models import User
from familyplan.web.casework.exports import FORMATS
from familyplan.web.casework.importing import import_file, transfer_document, transfer_import
from familyplan.web.casework.models import Plan
from familyplan.web.reviews.models import ActionReviewed, Review
from familyplan.web.reviews.selectors import review_goals
from tests.people import make_user, signed_in
from tests.web.test_a_review_read_on_its_own import BEFORE_STATUSES, page_of, reviewed

SUFFIXES = {"json": "json", "fhir": "fhir.json", "docx": "docx", "xlsx": "xlsx", "csv": "csv"}


def as_recorded(review: Review) -> list[Any]:
    """What the review's page shows of its goals and actions, as data."""
    return [
        (
            g.goal.outcome,
            g.score.achieved if g.score else None,
            [
                (
                    a.action.how,
                    a.status.status_before if a.status else None,
                    a.status.status if a.status else None,
                    [(n.date, n.text) for n in a.notes],
                )
                for a in g.actions
            ],
        )
        for g in review_goals(review)
    ]


def taken_out_and_in(plan: Plan, lead: User, format: str, folder: Path) -> tuple[Review, User]:
    response = signed_in(lead).get(f"/plans/{plan.pk}/file/{format}/")
    assert response.status_code == 200
    path = folder / f"smith.{SUFFIXES[format]}"
    path.write_bytes(response.content)
    importer = make_user("importer", team=lead.team)

    result = import_file(path, importer)

    assert result.status == "imported", result.reason
    assert [p for p in result.problems if "review" in p.reason] == []  # nothing of it left out
    return Review.objects.get(plan__family=result.family), importer


def test_every_format_a_plan_is_taken_out_in_is_one_the_plan_comes_back_from() -> None:
    assert set(SUFFIXES) == set(FORMATS)


@pytest.mark.parametrize("format", sorted(SUFFIXES))
def test_a_review_taken_out_with_its_plan_and_brought_back_records_what_it_did(
    format: str, lead: User, plan: Plan, tmp_path: Path
) -> None:
    review, *_ = reviewed(plan, lead, achieved=True)

    brought, importer = taken_out_and_in(plan, lead, format, tmp_path)

    assert as_recorded(brought) == as_recorded(review)
    page = page_of(brought, importer)
    assert "Changed from In progress to Done" in page
    assert "Not started (not changed)" in page
    assert "Achieved at this review" in page


def test_a_review_recorded_before_statuses_were_kept_comes_back_as_it_went(
    lead: User, plan: Plan, tmp_path: Path
) -> None:
    review, *_ = reviewed(plan, lead)
    ActionReviewed.objects.filter(review=review).delete()  # as such a review is stored

    brought, importer = taken_out_and_in(plan, lead, "json", tmp_path)

    assert as_recorded(brought) == as_recorded(review)
    assert BEFORE_STATUSES in page_of(brought, importer)


def test_a_family_moved_to_another_council_keeps_what_each_review_recorded(
    lead: User, plan: Plan, tmp_path: Path
) -> None:
    review, *_ = reviewed(plan, lead)
    path = tmp_path / "smith-transfer.json"
    path.write_text(json.dumps(transfer_document(plan.family)), encoding="utf-8")

    family = transfer_import(path, make_user("importer", team=lead.team))

    assert as_recorded(Review.objects.get(plan__family=family)) == as_recorded(review)
