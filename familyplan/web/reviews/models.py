"""Reviews of a plan (every 6-8 weeks), scaling scores, and views given through a link."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from familyplan.web.casework.models import ACTION_STATUSES, Action, Goal, Plan
from familyplan.web.expiring import Expiring


class Review(models.Model):
    class Kind(models.TextChoices):
        MEETING = "meeting", _("Team Around the Family meeting")
        COLLATED = "collated", _("Collated from the Team Around the Family, without a meeting")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="reviews")
    date = models.DateField("date of the review")
    kind = models.CharField(
        "how was the review held?", max_length=10, choices=Kind.choices, default=Kind.MEETING
    )
    attendees = models.TextField("who took part? (one a line)", blank=True)
    apologies = models.TextField("apologies (one a line)", blank=True)
    child_views = models.TextField("the child's views", blank=True)
    child_views_gathered_before = models.BooleanField(
        "the child could not attend: views gathered before", default=False
    )
    child_told_outcome = models.BooleanField("the child has been told the outcome", default=False)
    child_views_missing_reason = models.TextField("why the child's views are not recorded", blank=True)
    contingency_reviewed = models.BooleanField("the contingency plan was looked at", default=False)
    contingency_note = models.TextField("what was said about the contingency plan", blank=True)
    notes = models.TextField("anything else", blank=True)
    next_review_date = models.DateField("date of the next review")
    # Seeds 000, 003, 004: reviews every 6-8 weeks. A later date needs a reason, shown to the manager.
    next_review_reason = models.TextField("why the next review is later than the cycle", blank=True)
    # The plan's SMART score once this review was recorded: the trend managers watch.
    smart_score = models.PositiveSmallIntegerField(null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date", "id"]

    def __str__(self) -> str:
        return f"Review on {self.date:%d/%m/%Y}"


class ScalingScore(models.Model):
    """Signs of Safety scaling, 0 (worst) to 10 (goal achieved), from the family and practitioners."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="scores")
    family_score = models.PositiveSmallIntegerField(null=True, blank=True)
    practitioner_score = models.PositiveSmallIntegerField(null=True, blank=True)
    no_score_reason = models.TextField("why there is no score", blank=True)
    # The goal keeps only the day it was achieved: the review that marked it says so itself.
    achieved = models.BooleanField("the goal was marked achieved at this review", default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "goal"], name="one_score_per_goal_per_review")
        ]

    def __str__(self) -> str:
        return f"{self.family_score}/{self.practitioner_score}"


class ActionReviewed(models.Model):
    """An action's status as a review found it and as it left it. The action's own status moves on
    after the review, so without this the review could not say what it changed."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="actions_reviewed")
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="+")
    status_before = models.CharField(max_length=20, choices=ACTION_STATUSES)
    status = models.CharField(max_length=20, choices=ACTION_STATUSES)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "action"], name="one_status_per_action_per_review")
        ]

    def __str__(self) -> str:
        return f"{self.status_before} to {self.status}"


class ViewsLink(Expiring):
    """A link a parent or young person can use once, without an account, to give their views."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="views_links")
    for_name = models.CharField("who is the link for?", max_length=500)
    # The family member the link is for, when chosen from the family's record: it says for sure
    # whether the views sent through it are a child's.
    for_member = models.ForeignKey(
        "casework.FamilyMember", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Only a hash is kept: a copy of the database does not give away working links.
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Views link for {self.for_name}"


class ViewsSubmission(models.Model):
    link = models.OneToOneField(ViewsLink, on_delete=models.PROTECT, related_name="submission")
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="views_submissions")
    review = models.ForeignKey(Review, null=True, blank=True, on_delete=models.SET_NULL, related_name="views")
    name = models.CharField(max_length=500)
    going_well = models.TextField("what is going well?", blank=True)
    worried_about = models.TextField("what are you worried about?", blank=True)
    would_like = models.TextField("what would you like to happen?", blank=True)
    submitted_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Views from {self.name}"
