"""The review cycle and drift."""

from __future__ import annotations

import datetime as dt

from familyplan.plan.models import PlanType
from familyplan.plan.reviews import (
    ReviewProgress,
    is_drifting,
    latest_next_review,
    proposed_next_review,
    review_cycles,
)

MONDAY = dt.date(2025, 3, 3)


def test_the_next_review_is_proposed_six_weeks_on() -> None:
    assert proposed_next_review(MONDAY, PlanType.EARLY_HELP) == dt.date(2025, 4, 14)
    assert proposed_next_review(MONDAY, PlanType.MY_PLAN) == dt.date(2025, 4, 14)


def test_an_early_help_plan_may_wait_eight_weeks_and_a_my_plan_six() -> None:
    assert latest_next_review(MONDAY, PlanType.EARLY_HELP) == dt.date(2025, 4, 28)
    assert latest_next_review(MONDAY, PlanType.MY_PLAN) == dt.date(2025, 4, 14)


def test_a_council_can_set_its_own_cycle() -> None:
    cycles = review_cycles(early_help_weeks=4, early_help_latest_weeks=5, interim_days=3)

    assert proposed_next_review(MONDAY, PlanType.EARLY_HELP, cycles) == dt.date(2025, 3, 31)
    assert latest_next_review(MONDAY, PlanType.EARLY_HELP, cycles) == dt.date(2025, 4, 7)
    assert latest_next_review(MONDAY, PlanType.INTERIM_SAFETY, cycles) == dt.date(2025, 3, 6)


def test_a_review_is_never_overdue_before_it_is_proposed() -> None:
    cycles = review_cycles(early_help_weeks=8, early_help_latest_weeks=6)

    assert latest_next_review(MONDAY, PlanType.EARLY_HELP, cycles) == dt.date(2025, 4, 28)


def review(
    day: int, family: int | None, practitioner: int | None, done: int, notes: int = 1
) -> ReviewProgress:
    return ReviewProgress(dt.date(2025, 1, day), family, practitioner, done, notes)


def test_scores_that_do_not_rise_while_actions_are_done_is_drift() -> None:
    assert is_drifting([review(1, 4, 4, 2), review(28, 4, 3, 3)])


def test_rising_scores_are_not_drift() -> None:
    assert not is_drifting([review(1, 4, 4, 2), review(28, 6, 5, 3)])


def test_flat_scores_with_nothing_done_is_not_drift_of_this_kind() -> None:
    assert not is_drifting([review(1, 4, 4, 0), review(28, 4, 4, 0, notes=2)])


def test_a_review_that_recorded_no_progress_is_drift() -> None:
    assert is_drifting([review(1, 4, 4, 2), review(28, 6, 6, 0, notes=0)])


def test_one_review_with_progress_is_not_yet_drift() -> None:
    assert not is_drifting([review(1, 4, 4, 2)])
