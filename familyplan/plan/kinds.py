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


class SupportingFamiliesOutcome(StrEnum):
    """The ten headline outcomes (stable codes; labels are council settings)."""

    EDUCATION = "education"
    EARLY_YEARS = "early_years"
    HEALTH = "health"
    SUBSTANCE_USE = "substance_use"
    FAMILY_RELATIONSHIPS = "family_relationships"
    SAFE_FROM_ABUSE = "safe_from_abuse"
    CRIME = "crime"
    DOMESTIC_ABUSE = "domestic_abuse"
    HOUSING = "housing"
    FINANCIAL_STABILITY = "financial_stability"


OUTCOME_LABELS: dict[SupportingFamiliesOutcome, str] = {
    SupportingFamiliesOutcome.EDUCATION: "Getting a good education",
    SupportingFamiliesOutcome.EARLY_YEARS: "Good early years development",
    SupportingFamiliesOutcome.HEALTH: "Improved mental and physical health",
    SupportingFamiliesOutcome.SUBSTANCE_USE: "Promoting recovery and reducing harm from substance use",
    SupportingFamiliesOutcome.FAMILY_RELATIONSHIPS: "Improved family relationships",
    SupportingFamiliesOutcome.SAFE_FROM_ABUSE: "Children safe from abuse and exploitation",
    SupportingFamiliesOutcome.CRIME: "Crime prevention and tackling crime",
    SupportingFamiliesOutcome.DOMESTIC_ABUSE: "Safe from domestic abuse",
    SupportingFamiliesOutcome.HOUSING: "Secure housing",
    SupportingFamiliesOutcome.FINANCIAL_STABILITY: "Financial stability",
}
