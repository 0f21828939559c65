"""A family plan as data: the interchange format every reader and writer shares.

The shape follows the plan described in the guidance: seed 000's table (goal, how,
who, when, review/update) and seed 002's three columns and Signs of Safety
questions. Real plans are loose, so most text fields are free text; structure
parsed from them (owners, dates) sits beside the original words, never instead.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

# Re-exported: the models are where the rest of the product looks for them.
from familyplan.plan.kinds import OUTCOME_LABELS as OUTCOME_LABELS
from familyplan.plan.kinds import ActionStatus as ActionStatus
from familyplan.plan.kinds import GoalStatus as GoalStatus
from familyplan.plan.kinds import PersonKind as PersonKind
from familyplan.plan.kinds import PlanType as PlanType
from familyplan.plan.kinds import SupportingFamiliesOutcome as SupportingFamiliesOutcome
from familyplan.plan.limits import current as current_limits

SCHEMA_VERSION = "1.4"


def format_version(text: str) -> tuple[int, ...]:
    """A plan format version, "1.10", as numbers to compare; ValueError if it is not one."""
    return tuple(map(int, text.split(".")))


# Free text fields hold at most FAMILYPLAN_LIMIT_FIELD_CHARS characters (familyplan/plan/limits.py).
Text = Annotated[str, Field(max_length=current_limits().field_chars)]
# Names, roles, relationships, contacts: a line of text. The database's columns and the
# pages' fields hold the same, so a plan that comes in can be edited as it came.
SHORT_TEXT_CHARS = 500
ShortText = Annotated[str, Field(max_length=SHORT_TEXT_CHARS)]


class _Model(BaseModel):
    # Unknown keys are an error, not silently dropped: a misspelt field in an
    # exported plan must be reported, not lost.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class FamilyMember(_Model):
    name: ShortText
    relationship: ShortText = ""
    date_of_birth: dt.date | None = None
    is_child: bool = False
    # Seed 002: fathers' absence from planning is by exception, with a reason.
    involved_in_plan: bool = True
    reason_not_involved: Text = ""
    views: Text = ""

    def age_on(self, day: dt.date) -> int | None:
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class NetworkMember(_Model):
    name: ShortText
    relationship: ShortText = ""
    how_they_help: Text = ""
    contact: ShortText = ""


class Practitioner(_Model):
    name: ShortText
    role: ShortText = ""
    agency: ShortText = ""
    contact: ShortText = ""
    is_lead: bool = False


class Responsible(_Model):
    """One person named in a "who" cell, as parsed from its text."""

    name: ShortText
    role: ShortText = ""
    kind: PersonKind = PersonKind.UNKNOWN


# A review named by its place in the plan's reviews, counted from 0, as a score names its goal.
_REVIEW_INDEX = "The review, by its place in the plan's reviews, counted from 0."


class ProgressNote(_Model):
    date: dt.date | None = None
    text: Text
    by: ShortText = ""
    review_index: int | None = Field(
        default=None, ge=0, description=f"The review it was written for or looked at, if any. {_REVIEW_INDEX}"
    )


class ActionAtReview(_Model):
    """An action as a review recorded it: the status the review found it at and the one it left."""

    review_index: int = Field(ge=0, description=_REVIEW_INDEX)
    status_before: ActionStatus
    status: ActionStatus


class Action(_Model):
    how: Text = Field(description="What will happen, how, how often and where.")
    who: ShortText = Field(default="", description="Who will do this, as written.")
    when: ShortText = Field(default="", description="When, as written.")
    owners: list[Responsible] = Field(default_factory=list)
    due_date: dt.date | None = None
    recurrence: ShortText = ""
    review_date: dt.date | None = None
    status: ActionStatus = ActionStatus.NOT_STARTED
    progress: list[ProgressNote] = Field(default_factory=list)
    at_reviews: list[ActionAtReview] = Field(
        default_factory=list, description="The status each review found the action at and left it at."
    )

    @field_validator("at_reviews")
    @classmethod
    def _one_status_a_review(cls, at_reviews: list[ActionAtReview]) -> list[ActionAtReview]:
        # A review keeps one status for each of its actions: a second would have nowhere to go.
        seen: set[int] = set()
        for at in at_reviews:
            if at.review_index in seen:
                raise ValueError(f"review_index {at.review_index} is given twice; a review has one status")
            seen.add(at.review_index)
        return at_reviews


class Goal(_Model):
    outcome: Text = Field(description="The desired outcome, in the family's words.")
    supporting_families_outcome: SupportingFamiliesOutcome | None = None
    for_children: list[ShortText] = Field(default_factory=list)
    measure_of_success: Text = ""
    term: ShortText = Field(default="", description="short, medium or long term")
    need: Text = Field(default="", description="The identified need this goal answers.")
    status: GoalStatus = GoalStatus.OPEN
    achieved_on: dt.date | None = Field(default=None, description="The day a review marked it achieved.")
    actions: list[Action] = Field(default_factory=list)


class InterimSafetyPlan(_Model):
    issue: Text
    actions: Text = ""
    end_date: dt.date | None = None


class ServiceGap(_Model):
    kind_of_service: ShortText = ""
    support_needed: Text
    risk: Text = ""
    coordinator_told_on: dt.date | None = None


class ScalingScore(_Model):
    goal_index: int = Field(ge=0)
    family: int | None = Field(default=None, ge=0, le=10)
    practitioners: int | None = Field(default=None, ge=0, le=10)
    no_score_reason: Text = ""


class Review(_Model):
    date: dt.date
    kind: ShortText = Field(default="meeting", description="meeting or collated")
    attendees: list[ShortText] = Field(default_factory=list)
    apologies: list[ShortText] = Field(default_factory=list)
    scaling: list[ScalingScore] = Field(default_factory=list)
    contingency_reviewed: bool = False
    contingency_note: Text = ""
    child_views: Text = ""
    child_views_gathered_before: bool = False
    child_told_outcome: bool = False
    child_views_missing_reason: Text = ""
    notes: Text = ""
    next_review_date: dt.date | None = None
    next_review_reason: Text = ""


class ClosureReason(StrEnum):
    OUTCOMES_ACHIEVED = "outcomes_achieved"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    REACHED_ADULTHOOD = "reached_adulthood"
    MOVED_AWAY = "moved_away"
    STEP_UP = "step_up"


class Closure(_Model):
    reason: ClosureReason
    date: dt.date | None = None
    summary: Text = ""
    ongoing_actions: Text = ""
    family_agreed: bool = False
    taf_agreed: bool = False
    no_goal_achieved_reason: Text = Field(
        default="", description="Why the outcomes are achieved though no goal is marked achieved."
    )
    signed_off_by: ShortText = ""
    sign_off_comment: Text = Field(default="", description="The manager's comment when signing off.")
    signed_off_on: dt.date | None = Field(
        default=None, description="The day a manager signed the closure off."
    )


class SupervisionNote(_Model):
    date: dt.date
    by: ShortText = ""
    text: Text


class Plan(_Model):
    schema_version: str = SCHEMA_VERSION
    family_name: ShortText = ""
    family_reference: ShortText = Field(
        default="", max_length=50, description="The council's case reference for the family, if any."
    )
    family_area: ShortText = Field(default="", description="The area the family lives in, if recorded.")
    family_language: ShortText = Field(default="en", description="en (English) or cy (Welsh)")
    plan_type: PlanType = PlanType.EARLY_HELP
    started_on: dt.date | None = None
    family_members: list[FamilyMember] = Field(default_factory=list)
    support_network: list[NetworkMember] = Field(default_factory=list)
    practitioners: list[Practitioner] = Field(default_factory=list)
    reason: Text = ""
    worries: list[Text] = Field(default_factory=list)
    strengths: list[Text] = Field(default_factory=list)
    needs: list[Text] = Field(default_factory=list)
    aspirations: Text = ""
    identity_and_diversity: Text = ""
    goals: list[Goal] = Field(default_factory=list)
    contingency: Text = ""
    interim_safety_plan: InterimSafetyPlan | None = None
    service_gaps: list[ServiceGap] = Field(default_factory=list)
    family_views: Text = ""
    next_steps: Text = ""
    reviews: list[Review] = Field(default_factory=list)
    next_review_date: dt.date | None = None
    supervision: list[SupervisionNote] = Field(default_factory=list)
    closure: Closure | None = None

    @field_validator("worries", "strengths", "needs", mode="before")
    @classmethod
    def _one_text_is_a_list_of_one(cls, value: object) -> object:
        # Exports often hold one paragraph where the model keeps a list.
        if isinstance(value, str):
            return [value] if value.strip() else []
        return value

    @field_validator("reviews")
    @classmethod
    def _scores_name_goals(cls, reviews: list[Review], info: ValidationInfo) -> list[Review]:
        # A score for a goal the plan does not have would be lost wherever the plan is stored.
        if "goals" not in info.data:
            return reviews  # the goals are wrong already, and said so
        goals = len(info.data["goals"])
        for r, review in enumerate(reviews):
            for s, score in enumerate(review.scaling):
                if score.goal_index >= goals:
                    raise ValueError(
                        f"review {r + 1} (of {review.date:%d/%m/%Y}), score {s + 1}: goal_index "
                        f"{score.goal_index} names no goal; the plan has {goals} goal(s), "
                        "counted from 0"
                    )
        return reviews

    @model_validator(mode="after")
    def _actions_name_reviews(self) -> Plan:
        # A status or a note for a review the plan does not have would be lost wherever it is stored.
        for g, goal in enumerate(self.goals):
            for a, action in enumerate(goal.actions):
                named = [at.review_index for at in action.at_reviews]
                named += [n.review_index for n in action.progress if n.review_index is not None]
                wrong = next((index for index in named if index >= len(self.reviews)), None)
                if wrong is not None:
                    raise ValueError(
                        f"goal {g + 1}, action {a + 1}: review_index {wrong} names no review; the plan "
                        f"has {len(self.reviews)} review(s), counted from 0"
                    )
        return self

    @property
    def lead(self) -> Practitioner | None:
        return next((p for p in self.practitioners if p.is_lead), None)

    @property
    def children(self) -> list[FamilyMember]:
        return [m for m in self.family_members if m.is_child]

    @property
    def actions(self) -> list[Action]:
        return [a for g in self.goals for a in g.actions]


def plan_json_schema() -> dict[str, object]:
    schema = Plan.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Family Plan"
    return schema
