"""The fixed choices a plan's fields take: kinds of plan, the states of goals and actions, kinds of person.

Kept apart from the models so that the checker can read a statement without loading pydantic.
"""

from __future__ import annotations

from enum import StrEnum


class PlanType(StrEnum):
    EARLY_HELP = "early_help"
    MY_PLAN = "my_plan"
    INTERIM_SAFETY = "interim_safety"


class GoalStatus(StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    STOPPED = "stopped"


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    STOPPED = "stopped"


class PersonKind(StrEnum):
    FAMILY = "family"
    NETWORK = "network"
    PRACTITIONER = "practitioner"
    UNKNOWN = "unknown"
