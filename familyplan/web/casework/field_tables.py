"""Which field of the plan model (familyplan.plan.models) is kept in which column, and how.

One table a record. The mapper (familyplan.web.casework.interchange) reads and writes
through the same tables both ways, so a field added to a table is read and written alike.
Columns the plan format does not hold are listed in NOT_CARRIED, and a test holds every
column to one list or the other.
"""

from __future__ import annotations

from typing import Any

from familyplan.web.casework.models import Plan as StoredPlan

# How a value is kept: as it is, or a list kept one item a line.
SAME = "same"
LINES = "lines"


def _same(*names: str) -> dict[str, str]:
    return dict.fromkeys(names, SAME)


PLAN_FIELDS = {
    "started_on": SAME,
    "reason": SAME,
    "worries": LINES,
    "strengths": LINES,
    "needs": LINES,
    "aspirations": SAME,
    "identity_and_diversity": SAME,
    "contingency": SAME,
    "next_steps": SAME,
    "family_views": SAME,
    "next_review_date": SAME,
}
MEMBER_FIELDS = _same(
    "name", "relationship", "date_of_birth", "is_child", "involved_in_plan", "reason_not_involved", "views"
)
NETWORK_FIELDS = _same("name", "relationship", "how_they_help", "contact")
PRACTITIONER_FIELDS = _same("name", "role", "agency", "contact", "is_lead")
GOAL_FIELDS = {**_same("outcome", "measure_of_success", "need", "term", "achieved_on"), "for_children": LINES}
ACTION_FIELDS = _same("how", "who", "when", "due_date", "recurrence", "review_date")
PROGRESS_FIELDS = _same("date", "text")
REVIEW_FIELDS = {
    "date": SAME,
    "kind": SAME,
    "attendees": LINES,
    "apologies": LINES,
    "contingency_reviewed": SAME,
    "contingency_note": SAME,
    "child_views": SAME,
    "child_views_gathered_before": SAME,
    "child_told_outcome": SAME,
    "child_views_missing_reason": SAME,
    "notes": SAME,
    "next_review_date": SAME,
    "next_review_reason": SAME,
}
SCORE_FIELDS = {
    "family": "family_score",
    "practitioners": "practitioner_score",
    "no_score_reason": "no_score_reason",
}
INTERIM_FIELDS = _same("issue", "actions", "end_date")
GAP_FIELDS = _same("kind_of_service", "support_needed", "risk", "coordinator_told_on")
SUPERVISION_FIELDS = _same("date", "text")
CLOSURE_FIELDS = _same(
    "summary", "ongoing_actions", "family_agreed", "taf_agreed", "no_goal_achieved_reason", "sign_off_comment"
)

# Columns kept in the database that the plan format does not carry, and why.
NOT_CARRIED = {
    "casework.Plan": {
        "plan_type": "carried as an enum",
        "status": "follows from the closure",
        "smart_score": "worked out again by the checker",
        "smart_report": "worked out again by the checker",
        "smart_checked_on": "worked out again by the checker",
        "drifting": "worked out again from the reviews",
        "interim_ended_on": "the day an interim plan ended; what it said is in this database's audit trail",
        "version": "this database's edit counter",
        "created_by": "a person of this database",
        "created_at": "when this database took the record in",
        "updated_at": "when this database last changed it",
    },
    "casework.Goal": {
        "order": "the order of the list",
        "created_on": "when this database took it in",
        "version": "this database's edit counter",
    },
    "casework.FamilyMember": {
        "version": "this database's edit counter",
    },
    "casework.InterimSafetyPlan": {
        "version": "this database's edit counter",
    },
    "casework.Action": {
        "order": "the order of the list",
        "taf_member": "a person of this database (the owner is carried as 'who')",
        "overdue_from": "worked out again from the dates",
        "version": "this database's edit counter",
    },
    "casework.ProgressNote": {
        "by": "a person of this database (carried by name)",
        "by_name": "carried as the note's 'by'",
    },
    "casework.ServiceGap": {
        "recorded_on": "when this database took it in",
        "version": "this database's edit counter",
    },
    "casework.Closure": {
        "reason": "carried as an enum",
        "requested_by": "a person of this database",
        "requested_at": "carried as the closure's date",
        "asked_on_known": "carried as whether the closure has a date",
        "signed_off_by": "a person of this database (carried by name)",
        "signed_off_by_name": "carried as the closure's 'signed_off_by'",
        "signed_off_at": "carried as the closure's 'signed_off_on'",
    },
}


def read_fields(row: Any, table: dict[str, str]) -> dict[str, Any]:
    """The row's columns named in the table, as the plan model holds them."""
    values = {name: getattr(row, name) for name in table}
    return {name: StoredPlan.lines(v) if table[name] == LINES else v for name, v in values.items()}


def write_fields(item: Any, table: dict[str, str]) -> dict[str, Any]:
    """The plan model's fields named in the table, as the columns keep them."""
    values = {name: getattr(item, name) for name in table}
    return {name: "\n".join(v) if table[name] == LINES else v for name, v in values.items()}
