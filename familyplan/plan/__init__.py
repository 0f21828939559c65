"""The plan as data: models, parsing of loose text, and the published JSON Schema."""

from familyplan.plan.models import (
    OUTCOME_LABELS,
    Action,
    ActionStatus,
    Closure,
    FamilyMember,
    Goal,
    GoalStatus,
    NetworkMember,
    Plan,
    PlanType,
    Practitioner,
    Responsible,
    Review,
    ServiceGap,
    SupportingFamiliesOutcome,
    plan_json_schema,
)

__all__ = [
    "OUTCOME_LABELS",
    "Action",
    "ActionStatus",
    "Closure",
    "FamilyMember",
    "Goal",
    "GoalStatus",
    "NetworkMember",
    "Plan",
    "PlanType",
    "Practitioner",
    "Responsible",
    "Review",
    "ServiceGap",
    "SupportingFamiliesOutcome",
    "plan_json_schema",
]
