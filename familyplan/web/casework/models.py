"""Families, the Team Around the Family, and the one live plan for each family."""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from familyplan.plan.models import OUTCOME_LABELS, ActionStatus, ClosureReason, GoalStatus, PlanType
from familyplan.web.versioning import Versioned

Code = TypeVar("Code", bound=StrEnum)


def labelled_choices(labels: Mapping[Code, str]) -> list[tuple[str, str]]:
    """A field's choices from the plan model's codes: the code kept, and what a person reads."""
    return [(code.value, label) for code, label in labels.items()]


def _named(name: str, about: str) -> str:
    """ "Ben Smith (son)"; the name alone when no role or relationship was written, not "Ben Smith ()"."""
    return f"{name} ({about})" if about.strip() else name


OUTCOME_CHOICES = labelled_choices(OUTCOME_LABELS)
PLAN_TYPES = labelled_choices(
    {
        PlanType.EARLY_HELP: "Early Help family plan",
        PlanType.MY_PLAN: "My Plan (level two)",
        PlanType.INTERIM_SAFETY: "Interim safety plan",
    }
)
GOAL_STATUSES = labelled_choices(
    {GoalStatus.OPEN: "Open", GoalStatus.ACHIEVED: "Achieved", GoalStatus.STOPPED: "Stopped"}
)
ACTION_STATUSES = labelled_choices(
    {
        ActionStatus.NOT_STARTED: "Not started",
        ActionStatus.IN_PROGRESS: "In progress",
        ActionStatus.DONE: "Done",
        ActionStatus.STOPPED: "Stopped",
    }
)
# An action still to do: not started or in progress (not done, not stopped).
OPEN_ACTION_STATUSES = (ActionStatus.NOT_STARTED.value, ActionStatus.IN_PROGRESS.value)
CLOSURE_REASONS = labelled_choices(
    {
        ClosureReason.OUTCOMES_ACHIEVED: "Outcomes achieved",
        ClosureReason.CONSENT_WITHDRAWN: "The family withdrew consent",
        ClosureReason.REACHED_ADULTHOOD: "The children have reached adulthood",
        ClosureReason.MOVED_AWAY: "The family moved away (transfer)",
        ClosureReason.STEP_UP: "Escalated to a statutory assessment",
    }
)


# The marks a list pasted from a document starts its lines with: bullets, "1." or "2)", "a)".
_LIST_MARK = re.compile(r"^\s*(?:(?:[-•·▪◦‣*–—]+|\(?\d{1,2}[.)]|\(?[a-z]\))(?=\s|$)\s*)+")


class Family(models.Model):
    class Language(models.TextChoices):
        ENGLISH = "en", _("English")
        WELSH = "cy", _("Cymraeg (Welsh)")

    family_name = models.CharField(max_length=500)
    reference = models.CharField(
        max_length=50, blank=True, help_text=_("Your council's case reference, if any.")
    )
    address_area = models.CharField("area", max_length=500, blank=True)
    language = models.CharField(max_length=2, choices=Language.choices, default=Language.ENGLISH)
    legal_hold = models.BooleanField(
        default=False,
        help_text=_("Kept beyond the retention period, for example while proceedings are open."),
    )
    team = models.ForeignKey("accounts.Team", null=True, blank=True, on_delete=models.SET_NULL)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["family_name", "id"]
        verbose_name_plural = "families"

    def __str__(self) -> str:
        return f"{self.family_name} family"


class FamilyMember(Versioned):
    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(max_length=500)
    relationship = models.CharField(max_length=500, help_text=_("For example Mum, Dad, son, stepdaughter."))
    date_of_birth = models.DateField(null=True, blank=True)
    is_child = models.BooleanField(default=False)
    involved_in_plan = models.BooleanField(default=True)
    reason_not_involved = models.TextField(blank=True)
    views = models.TextField("views and wishes", blank=True)

    class Meta:
        ordering = ["-is_child", "id"]

    def __str__(self) -> str:
        return _named(self.name, self.relationship)


class NetworkMember(models.Model):
    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="network")
    name = models.CharField(max_length=500)
    relationship = models.CharField(max_length=500)
    how_they_help = models.TextField(blank=True)
    contact = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return _named(self.name, self.relationship)


class TafMember(models.Model):
    """A practitioner in the Team Around the Family, with or without an account here."""

    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="taf")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="taf_places"
    )
    name = models.CharField(max_length=500)
    role = models.CharField("role, written in full", max_length=500)
    agency = models.CharField(max_length=500)
    contact = models.CharField(max_length=500, blank=True)
    is_lead = models.BooleanField("lead practitioner", default=False)

    class Meta:
        ordering = ["-is_lead", "id"]
        constraints = [
            models.UniqueConstraint(fields=["family"], condition=Q(is_lead=True), name="one_lead_per_family")
        ]

    def __str__(self) -> str:
        return _named(self.name, self.role)

    @classmethod
    def first_lead(cls, family: Family, user: Any) -> TafMember:
        """Someone has to lead: whoever opens (or imports) the family's record, until the team
        agrees otherwise."""
        return cls.objects.create(
            family=family,
            user=user,
            name=user.display_name,
            role=user.job_title or "Lead practitioner",
            agency=user.agency or "",
            is_lead=True,
        )


class Plan(Versioned):
    class Status(models.TextChoices):
        LIVE = "live", _("Live")
        AWAITING_SIGN_OFF = "awaiting_sign_off", _("Waiting for sign-off")
        CLOSED = "closed", _("Closed")

    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="plans")
    plan_type = models.CharField(max_length=20, choices=PLAN_TYPES, default=PlanType.EARLY_HELP.value)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.LIVE)
    started_on = models.DateField()
    reason = models.TextField("reason for the plan", blank=True)
    worries = models.TextField("what are we worried about?", blank=True)
    strengths = models.TextField("what is working well?", blank=True)
    needs = models.TextField("what needs to happen? (one need a line)", blank=True)
    aspirations = models.TextField("the family's hopes", blank=True)
    identity_and_diversity = models.TextField("identity and diversity", blank=True)
    contingency = models.TextField("contingency plan", blank=True)
    next_steps = models.TextField("next steps", blank=True)
    family_views = models.TextField("the family's views", blank=True)
    next_review_date = models.DateField(null=True, blank=True)
    # The checker's overall score, kept up to date on every change, for oversight across many plans.
    smart_score = models.PositiveSmallIntegerField(null=True, blank=True)
    # The whole SMART report, made once by the service that saved the last change (casework.reports),
    # and the day it was made on (findings about dates depend on the day).
    smart_report = models.JSONField(default=dict, blank=True, editable=False)
    smart_checked_on = models.DateField(null=True, blank=True, editable=False)
    # Whether the last reviews show drift (see reviews.selectors.DRIFT), kept up to date on every change.
    drifting = models.BooleanField(default=False, db_index=True)
    # An interim safety plan ended once the full plan was in place is gone from the plan (the audit
    # trail keeps what it said); the day it ended stays here so the plan does not read as if none
    # was ever needed.
    interim_ended_on = models.DateField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-started_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["family"], condition=~Q(status="closed"), name="one_live_plan_per_family"
            )
        ]

    def __str__(self) -> str:
        return f"Plan for the {self.family.family_name} family"

    @property
    def is_closed(self) -> bool:
        return self.status != self.Status.LIVE

    @staticmethod
    def lines(text: str) -> list[str]:
        """One entry a line, without the list marks a pasted list brings ("•", "·", "1.", "a)")."""
        return [kept for line in text.splitlines() if (kept := _LIST_MARK.sub("", line).strip(" \t"))]


class Goal(Versioned):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="goals")
    order = models.PositiveIntegerField(default=0)
    outcome = models.TextField("what do we want to achieve?")
    supporting_families_outcome = models.CharField(
        "Supporting Families outcome", max_length=40, choices=OUTCOME_CHOICES, blank=True
    )
    measure_of_success = models.TextField("how will we know it has worked?", blank=True)
    need = models.TextField("which need does this answer?", blank=True)
    term = models.CharField(
        max_length=10,
        choices=[("short", "Short term"), ("medium", "Medium term"), ("long", "Long term")],
        blank=True,
    )
    # The children the goal is for, one a line: the checker names a child who turns 18 during the plan.
    for_children = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=GOAL_STATUSES, default=GoalStatus.OPEN.value)
    achieved_on = models.DateField(null=True, blank=True)
    created_on = models.DateField(default=timezone.localdate)

    class Meta:
        ordering = ["order", "id"]
        # The dashboard's charts count achieved goals by date across the council.
        indexes = [models.Index(fields=["status", "achieved_on"], name="goal_achieved")]

    def __str__(self) -> str:
        return self.outcome[:80]


class Action(Versioned):
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="actions")
    order = models.PositiveIntegerField(default=0)
    how = models.TextField("how will this happen?")
    who = models.CharField("who will do this?", max_length=500)
    when = models.CharField("when will we do this?", max_length=500)
    due_date = models.DateField(null=True, blank=True)
    recurrence = models.CharField(max_length=500, blank=True)
    review_date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=ACTION_STATUSES, default=ActionStatus.NOT_STARTED.value)
    taf_member = models.ForeignKey(
        TafMember, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions"
    )
    # The day after which this action is overdue, while it is still to do on an open goal of a
    # live plan; empty otherwise. Kept by services.overdue_dates_refresh, so the dashboard counts
    # overdue actions across a council from one index instead of joining every goal and plan.
    overdue_from = models.DateField(null=True, blank=True, editable=False, db_index=True)

    class Meta:
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.how[:80]


class ProgressNote(models.Model):
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="progress")
    review = models.ForeignKey(
        "reviews.Review", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    date = models.DateField()
    text = models.TextField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The writer's name when they are not a person of this database (a plan brought in from elsewhere).
    by_name = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["date", "id"]

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y}: {self.text[:60]}"


class InterimSafetyPlan(Versioned):
    plan = models.OneToOneField(Plan, on_delete=models.CASCADE, related_name="interim")
    issue = models.TextField("what is the immediate worry?")
    actions = models.TextField("what will keep the child safe until the full plan is in place?")
    # Required on the page; a plan brought in from another system may have none, and the checker says so.
    end_date = models.DateField("end date", null=True, blank=True)

    def __str__(self) -> str:
        if self.end_date is None:
            return "Interim safety plan with no end date"
        return f"Interim safety plan until {self.end_date:%d/%m/%Y}"


class ServiceGap(Versioned):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="service_gaps")
    kind_of_service = models.CharField("kind of service", max_length=500)
    support_needed = models.TextField("support that is needed but not available")
    risk = models.TextField("what risk does this pose to the child and family?")
    recorded_on = models.DateField(auto_now_add=True)
    coordinator_told_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.kind_of_service


class Closure(models.Model):
    plan = models.OneToOneField(Plan, on_delete=models.CASCADE, related_name="closure")
    reason = models.CharField(max_length=30, choices=CLOSURE_REASONS)
    summary = models.TextField("final summary")
    ongoing_actions = models.TextField("ongoing actions for universal services", blank=True)
    family_agreed = models.BooleanField("the family agree the plan can close", default=False)
    taf_agreed = models.BooleanField("the Team Around the Family agree", default=False)
    no_goal_achieved_reason = models.TextField(
        "why the outcomes are achieved though no goal is marked achieved", blank=True
    )
    # The goals the lead says were achieved, marked achieved when the closure is signed off: a closure
    # returned to the lead or withdrawn leaves them open, as they were.
    goals_achieved = models.ManyToManyField(
        Goal, blank=True, related_name="+", verbose_name=_("goals achieved")
    )
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    requested_at = models.DateTimeField(auto_now_add=True)
    # False for a plan that came in closed with no day asked for: requested_at is then the day it came in.
    asked_on_known = models.BooleanField("the day it was asked for is known", default=True)
    signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    signed_off_at = models.DateTimeField(null=True, blank=True)
    # Who signed it off, when they are not a person of this database (a plan brought in from elsewhere).
    signed_off_by_name = models.CharField(max_length=500, blank=True)
    sign_off_comment = models.TextField("the manager's comment", blank=True)

    def __str__(self) -> str:
        return f"Closure of {self.plan}"


class ClosureReturn(models.Model):
    """A closure a manager sent back to the lead, with what to do; answered when it is sent again."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="closure_returns")
    reason = models.CharField("the reason given for closing", max_length=30)
    summary = models.TextField("the final summary sent")
    # What else was sent, so that the closure opens again with it to be put right, not typed again.
    ongoing_actions = models.TextField("the ongoing actions sent", blank=True)
    no_goal_achieved_reason = models.TextField("why no goal was achieved, as sent", blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    comment = models.TextField("what the lead practitioner needs to do")
    returned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    returned_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-returned_at", "-id"]

    def __str__(self) -> str:
        return f"Closure of {self.plan} returned"


class ImportRecord(models.Model):
    """A file that has been imported, by the hash of its content."""

    content_hash = models.CharField(max_length=64, unique=True)
    file_name = models.CharField(max_length=500)
    family = models.ForeignKey(Family, null=True, on_delete=models.SET_NULL, related_name="+")
    imported_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.file_name
