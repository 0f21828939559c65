"""Pages for reviews and for the family's views link."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts import permissions
from familyplan.web.casework import selectors
from familyplan.web.casework.models import Plan
from familyplan.web.casework.owners import owners_of
from familyplan.web.casework.services import PlanRuleError
from familyplan.web.pages import plan_form_page
from familyplan.web.reviews import services
from familyplan.web.reviews.family_forms import FamilyViewsForm
from familyplan.web.reviews.forms import (
    ReviewForm,
    ViewsLinkForm,
    actions_asked,
    after_review_conflict,
    review_conflict,
)
from familyplan.web.reviews.models import Review
from familyplan.web.reviews.rules import actions_to_review, review_on
from familyplan.web.reviews.selectors import latest_updates, recorded_before_statuses_kept, review_goals


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def review_new(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = selectors.plan_get(request.user, plan_id)  # type: ignore[arg-type]
    permissions.require(request.user, permissions.PLAN_CHANGE, plan.family)
    if plan.status != Plan.Status.LIVE:
        waiting = plan.status == Plan.Status.AWAITING_SIGN_OFF
        messages.error(
            request,
            _("This plan is waiting for a manager to sign off its closure, so it cannot be reviewed.")
            if waiting
            else _("This plan is closed, so it cannot be reviewed."),
        )
        return redirect("plan", plan_id=plan.pk)
    goals = list(plan.goals.filter(status="open"))
    actions = actions_to_review(goals, asked=actions_asked(request.POST))
    today = timezone.localdate()
    initial = {"date": today, "next_review_date": services.next_review_proposal(plan, today)}
    people = [owner.label for owner in owners_of(plan.family)]
    asks: dict[str, Any] = {
        "goals": goals,
        "actions": actions,
        "people": people,
        "updates": latest_updates(plan),
    }
    form = ReviewForm(request.POST or None, initial=initial, **asks)
    conflict = None
    # Read before the service's problems are added to the form: a refused date leaves its cleaned data.
    same_day = review_on(plan, form.day_sent())
    if request.method == "POST" and form.is_valid():
        try:
            review = services.review_record(
                plan=plan,
                by=request.user,  # type: ignore[arg-type]
                review_fields=form.review_fields(),
                actions=form.action_updates(),
                goals=form.goal_updates(),
            )
        except services.ReviewRefused as refused:
            form.add_problems(refused.problems)
        except services.ReviewConflictError as stale:
            conflict = review_conflict(form, stale.current)
            seen_now = after_review_conflict(request.POST, stale.current)
            form = ReviewForm(seen_now, initial=initial, **asks)
            form.is_valid()
        else:
            achieved = [u for u in form.goal_updates() if u.achieved]
            message = "The review has been recorded."
            if achieved:
                message += f" Well done: {len(achieved)} goal{'s' if len(achieved) > 1 else ''} achieved."
            messages.success(request, message)
            return redirect("review", plan_id=plan.pk, review_id=review.pk)
    elif request.method == "POST":
        form.add_problems(form.guidance_problems(plan, timezone.localdate()))
    pending = plan.views_submissions.filter(review__isnull=True)
    return render(
        request,
        "reviews/review_form.html",
        {"form": form, "plan": plan, "pending_views": pending, "conflict": conflict, "same_day": same_day},
        status=409 if conflict else 200,
    )


@permissions.asks(permissions.FAMILY_VIEW)
@permissions.signed_in
def review_detail(request: HttpRequest, plan_id: int, review_id: int) -> HttpResponse:
    plan = selectors.plan_get(request.user, plan_id)  # type: ignore[arg-type]
    review = get_object_or_404(
        Review.objects.select_related("recorded_by").prefetch_related("views"), pk=review_id, plan=plan
    )
    goals = review_goals(review)
    context = {
        "plan": plan,
        "review": review,
        "goals": goals,
        "statuses_not_kept": recorded_before_statuses_kept(goals),
    }
    return render(request, "reviews/review.html", context)


@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
@permissions.signed_in
def views_link_new(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = selectors.plan_get(request.user, plan_id)  # type: ignore[arg-type]
    permissions.require(request.user, permissions.PLAN_CHANGE, plan.family)
    form = ViewsLinkForm(request.POST or None, members=list(plan.family.members.all()))
    link_url = None
    if request.method == "POST" and form.is_valid():
        try:
            link, token = services.views_link_create(plan=plan, by=request.user, **form.cleaned_data)  # type: ignore[arg-type]
        except PlanRuleError as error:
            messages.error(request, str(error))
            return redirect("plan", plan_id=plan.pk)
        link_url = request.build_absolute_uri(reverse("views", args=[token]))
        return render(
            request, "reviews/views_link_made.html", {"plan": plan, "link": link, "link_url": link_url}
        )
    return plan_form_page(
        request, plan, form, _("Make a link for the family's views"), button=_("Make the link")
    )


def _unusable(request: HttpRequest, error: services.LinkNotUsable) -> HttpResponse:
    language = error.link.plan.family.language if error.link else "en"
    with translation.override(language):
        return render(request, "reviews/views_unusable.html", {"message": str(error)}, status=410)


@permissions.asks(permissions.ANYONE)
def family_views(request: HttpRequest, token: str) -> HttpResponse:
    """The page a parent or young person opens from their link, in the family's language; no account."""
    try:
        link = services.views_link_get(token)
    except services.LinkNotUsable as error:
        return _unusable(request, error)
    with translation.override(link.plan.family.language):
        form = FamilyViewsForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                services.views_submit(token=token, **form.cleaned_data)
            except services.LinkNotUsable as error:
                return _unusable(request, error)
            return render(request, "reviews/views_thanks.html", {"name": link.for_name})
        context: dict[str, Any] = {"form": form, "name": link.for_name}
        return render(request, "reviews/views_form.html", context)
