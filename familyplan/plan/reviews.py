"""The review cycle and drift, as plain rules over dates and scores.

Seeds 000 and 004: a plan is reviewed every 6-8 weeks (My Plan every 6). Seed
001: a lack of measurable progress across reviews, despite actions being done,
may mean disguised compliance and is taken to supervision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from familyplan.plan.models import PlanType

# (proposed, latest) weeks to the next review, by plan type. Councils can change these.
DEFAULT_CYCLE_WEEKS: dict[PlanType, tuple[int, int]] = {
    PlanType.EARLY_HELP: (6, 8),
    PlanType.MY_PLAN: (6, 6),
    PlanType.INTERIM_SAFETY: (1, 2),
}


def proposed_next_review(
    reviewed_on: dt.date,
    plan_type: PlanType,
    cycles: dict[PlanType, tuple[int, int]] | None = None,
) -> dt.date:
    """The date to propose for the next review: the start of the plan type's cycle."""
    weeks, _ = (cycles or DEFAULT_CYCLE_WEEKS)[plan_type]
    return reviewed_on + dt.timedelta(weeks=weeks)


def latest_next_review(
    reviewed_on: dt.date,
    plan_type: PlanType,
    cycles: dict[PlanType, tuple[int, int]] | None = None,
) -> dt.date:
    """The last date the next review can be held before it is overdue."""
    _, weeks = (cycles or DEFAULT_CYCLE_WEEKS)[plan_type]
    return reviewed_on + dt.timedelta(weeks=weeks)


@dataclass(frozen=True)
class ReviewProgress:
    """What one review recorded for one goal: scaling scores and how many of its actions were done."""

    reviewed_on: dt.date
    family_score: int | None
    practitioner_score: int | None
    actions_done: int
    progress_notes: int


def _score(r: ReviewProgress) -> float | None:
    scores = [s for s in (r.family_score, r.practitioner_score) if s is not None]
    return sum(scores) / len(scores) if scores else None


def is_drifting(history: Sequence[ReviewProgress]) -> bool:
    """No rise in scaling scores over the last two reviews while actions are being done,
    or a review that recorded no progress at all."""
    if not history:
        return False
    ordered = sorted(history, key=lambda r: r.reviewed_on)
    latest = ordered[-1]
    if latest.progress_notes == 0 and latest.actions_done == 0:
        return True
    if len(ordered) < 2:
        return False
    before, after = _score(ordered[-2]), _score(latest)
    if before is None or after is None:
        return False
    return after <= before and latest.actions_done > 0
