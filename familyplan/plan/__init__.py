"""The plan as data: models, parsing of loose text, and the published JSON Schema.

The models are loaded when first used (PEP 562): the checker reads statements with
`familyplan.plan.parsing` alone, and `familyplan lint-statements` should not wait for pydantic.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


if not TYPE_CHECKING:  # hidden from mypy, which would otherwise take any name from here as Any

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module 'familyplan.plan' has no attribute '{name}'")
        value = getattr(import_module("familyplan.plan.models"), name)
        globals()[name] = value
        return value
