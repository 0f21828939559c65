"""The figures a manager answers to inspectors for, as database queries: the number of
queries is the same for twenty plans or twenty thousand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db.models import Avg, Case, Count, Exists, F, OuterRef, Q, QuerySet, Value, When
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Action, Goal, Plan, ServiceGap, TafMember
from familyplan.web.casework.review_due import review_due_between, review_overdue
from familyplan.web.casework.selectors import plans_overseen_by, sees_every_family
from familyplan.web.oversight.models import SupervisionNote
from familyplan.web.reviews.models import Review

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


@dataclass(frozen=True)
class Filters:
    team: int | None = None
    lead: int | None = None
    outcome: str = ""
    started_from: dt.date | None = None
    started_to: dt.date | None = None


def _council_wide(user: Any, filters: Filters) -> bool:
    # Every live plan in the council: no need to join records back to the plans they belong to.
    return sees_every_family(user) and filters == Filters()


def _goals_for(user: Any, filters: Filters = Filters()) -> QuerySet[Goal]:
    """The goals of every plan the person oversees, live or closed, within the dashboard's filters:
    a goal is achieved as often on a plan since closed as on one still open."""
    if _council_wide(user, filters):
        return Goal.objects.all()
    goals = Goal.objects.filter(plan__in=_within(plans_overseen_by(user), filters, by_outcome=False))
    return goals.filter(supporting_families_outcome=filters.outcome) if filters.outcome else goals


def live_plans(user: Any, filters: Filters) -> QuerySet[Plan]:
    """The plans still open: live, or waiting for sign-off (open until a manager signs it off, and
    what the dashboard counts of it, its gaps and its overdue review, still stands)."""
    return _within(plans_overseen_by(user).exclude(status=Plan.Status.CLOSED), filters)


def _within(plans: QuerySet[Plan], filters: Filters, by_outcome: bool = True) -> QuerySet[Plan]:
    if filters.team:
        plans = plans.filter(family__team_id=filters.team)
    if filters.lead:
        plans = plans.filter(family__taf__is_lead=True, family__taf__user_id=filters.lead)
    if filters.outcome and by_outcome:
        plans = plans.filter(
            Exists(Goal.objects.filter(plan=OuterRef("pk"), supporting_families_outcome=filters.outcome))
        )
    if filters.started_from:
        plans = plans.filter(started_on__gte=filters.started_from)
    if filters.started_to:
        plans = plans.filter(started_on__lte=filters.started_to)
    return plans


def interim_expired(today: dt.date) -> Q:
    """Plans whose interim safety plan has passed its end date, or has none: the checker's
    "plan-interim-expired" finding, as the dashboard counts it."""
    return Q(interim__end_date__lt=today) | Q(interim__isnull=False, interim__end_date__isnull=True)


def lead_left() -> Q:
    """Plans whose lead practitioner's account has been deactivated: they have left, and each family
    needs a new lead, chosen by its manager (accounts.people_services.families_led warns of it)."""
    left = TafMember.objects.filter(family=OuterRef("family"), is_lead=True, user__is_active=False)
    return Q(Exists(left))


# A plan with no supervision note in this long is counted; one open for less has not yet gone so long.
_OVERSIGHT_WITHIN = dt.timedelta(days=91)


def _oversight_since(today: dt.date) -> Q:
    """Supervision held in the last three months. A note dated after today (saved before such dates
    were refused) is no oversight the plan has had."""
    return Q(date__gte=today - _OVERSIGHT_WITHIN, date__lte=today)


def figure_lists(user: Any, filters: Filters, today: dt.date) -> dict[str, QuerySet[Any]]:
    """Every figure on the dashboard, as the list of records behind it."""
    plans = live_plans(user, filters)
    # overdue_from is only set on actions still to do on open goals of live plans.
    overdue_actions = Action.objects.filter(overdue_from__lt=today)
    if not _council_wide(user, filters):
        overdue_actions = overdue_actions.filter(goal__plan__in=plans)
    three_months_ago = today - _OVERSIGHT_WITHIN
    recent_oversight = SupervisionNote.objects.filter(_oversight_since(today), plan=OuterRef("pk"))
    return {
        "open-plans": plans,
        "reviews-due": plans.filter(review_due_between(today, today + dt.timedelta(days=14))),
        "reviews-overdue": plans.filter(review_overdue(today)),
        "actions-overdue": overdue_actions,
        "drift": plans.filter(drifting=True),
        "open-over-a-year": plans.filter(started_on__lt=today - dt.timedelta(days=365)),
        "interim-expired": plans.filter(interim_expired(today)),
        "lead-left": plans.filter(lead_left()),
        "service-gaps": ServiceGap.objects.filter(plan__in=plans),
        "no-oversight": plans.exclude(Exists(recent_oversight)).filter(started_on__lt=three_months_ago),
    }


TITLES = {
    "open-plans": _("Open plans"),
    "reviews-due": _("Reviews due in the next 14 days"),
    "reviews-overdue": _("Reviews overdue"),
    "actions-overdue": _("Actions overdue"),
    "drift": _("Plans showing drift"),
    "open-over-a-year": _("Plans open more than 12 months"),
    "interim-expired": _("Interim safety plans past their end date, or with none"),
    "lead-left": _("Plans whose lead practitioner has left"),
    "service-gaps": _("Service gaps"),
    "no-oversight": _("Plans with no management oversight in the last 3 months"),
}


def counts(user: Any, filters: Filters, today: dt.date) -> dict[str, int]:
    """Every figure and the SMART score bands, in three queries whatever the number of plans."""
    plans = live_plans(user, filters)
    # A set of plans with recent oversight, not a lookup for each of a council's plans.
    recent_oversight = SupervisionNote.objects.filter(_oversight_since(today)).values("plan_id")
    figures = plans.aggregate(
        open_plans=Count("pk"),
        reviews_due=Count("pk", filter=review_due_between(today, today + dt.timedelta(days=14))),
        reviews_overdue=Count("pk", filter=review_overdue(today)),
        open_over_a_year=Count("pk", filter=Q(started_on__lt=today - dt.timedelta(days=365))),
        interim_expired=Count("pk", filter=interim_expired(today)),
        lead_left=Count("pk", filter=lead_left()),
        no_oversight=Count(
            "pk", filter=~Q(pk__in=recent_oversight) & Q(started_on__lt=today - _OVERSIGHT_WITHIN)
        ),
        drift=Count("pk", filter=Q(drifting=True)),
        # The score bands in the same pass over the plans.
        **{
            f"score_{i}": Count("pk", filter=Q(smart_score__gte=lo, smart_score__lte=hi))
            for i, (lo, hi, _label) in enumerate(SCORE_BANDS)
        },
        score_none=Count("pk", filter=Q(smart_score__isnull=True)),
    )
    lists = figure_lists(user, filters, today)
    result = {name.replace("_", "-"): value for name, value in figures.items()}
    result["actions-overdue"] = lists["actions-overdue"].count()
    result["service-gaps"] = lists["service-gaps"].count()
    return result


def leads_overseen_by(user: Any) -> QuerySet[User]:
    """The lead practitioners of the families whose plans the person oversees: narrowed to anyone
    else, the dashboard could only show noughts."""
    # Exists, not a join and DISTINCT: there are thousands of TAF places but few leads.
    leading = TafMember.objects.filter(user=OuterRef("pk"), is_lead=True)
    if not sees_every_family(user):
        leading = leading.filter(family_id__in=plans_overseen_by(user).values("family_id"))
    people: QuerySet[User] = User.objects.filter(Exists(leading))
    return people


def by_practitioner(user: Any, filters: Filters) -> list[dict[str, Any]]:
    # A family has one lead and at most one live plan, so counting leads of families with a live
    # plan counts the plans, without a DISTINCT over every plan.
    families = live_plans(user, filters).values("family_id")
    return list(
        TafMember.objects.filter(is_lead=True, family_id__in=families)
        .values(lead=F("name"))
        .annotate(plans=Count("pk"))
        .order_by("-plans", "lead")
    )


SCORE_BANDS = [
    (0, 49, _("0 to 49")),
    (50, 69, _("50 to 69")),
    (70, 84, _("70 to 84")),
    (85, 100, _("85 to 100")),
]


def score_distribution(figures: dict[str, int]) -> list[tuple[StrOrPromise, int]]:
    """The SMART scores of open plans in bands, from the figures counts() worked out."""
    bands: list[tuple[StrOrPromise, int]] = [
        (label, figures[f"score-{i}"]) for i, (_lo, _hi, label) in enumerate(SCORE_BANDS)
    ]
    return [*bands, (_("Not yet scored"), figures["score-none"])]


@dataclass(frozen=True)
class OutcomeRow:
    code: str
    label: str
    set: int
    achieved: int
    open: int


def outcome_report(user: Any, start: dt.date, end: dt.date, team: int | None = None) -> list[OutcomeRow]:
    """Goals set, achieved and still open for each Supporting Families outcome, for a period."""
    from familyplan.web.council.services import outcome_choices

    goals = _goals_for(user, Filters(team=team))
    rows = {
        row["supporting_families_outcome"]: row
        for row in goals.values("supporting_families_outcome").annotate(
            set=Count("pk", filter=Q(created_on__gte=start, created_on__lte=end)),
            achieved=Count("pk", filter=Q(status="achieved", achieved_on__gte=start, achieved_on__lte=end)),
            # Open at the end of the period: a goal left open on a plan closed by then is not.
            open=Count(
                "pk",
                filter=Q(status="open", created_on__lte=end)
                & (~Q(plan__status=Plan.Status.CLOSED) | Q(plan__closure__signed_off_at__date__gt=end)),
            ),
        )
    }
    return [
        OutcomeRow(
            code,
            label,
            rows.get(code, {}).get("set", 0),
            rows.get(code, {}).get("achieved", 0),
            rows.get(code, {}).get("open", 0),
        )
        for code, label in outcome_choices()
    ]


def quarter_start(day: dt.date, back: int = 0) -> dt.date:
    """The first day of the quarter ``back`` quarters before the one ``day`` is in."""
    index = day.year * 4 + (day.month - 1) // 3 - back
    return dt.date(index // 4, index % 4 * 3 + 1, 1)


def _last_eight_quarters(field: str, today: dt.date) -> tuple[list[dt.date], list[tuple[int, int]], Case]:
    """The first day, (year, quarter) and an SQL expression giving each row's quarter (0 to 7),
    for the last eight quarters. Worked out by comparing dates: plain SQL on both databases,
    where extracting a year and quarter makes SQLite call back into Python for every row."""
    starts = [quarter_start(today, back=b) for b in range(7, -1, -1)]
    keys = [(d.year, (d.month - 1) // 3 + 1) for d in starts]
    bucket = Case(
        *[When(**{f"{field}__lt": start}, then=Value(i)) for i, start in enumerate(starts[1:])],
        default=Value(len(starts) - 1),
    )
    return starts, keys, bucket


@dataclass(frozen=True)
class AchievedByQuarter:
    quarters: list[str]  # the last eight, oldest first, this one last
    totals: list[int]
    by_outcome: list[tuple[StrOrPromise, list[int]]]  # each outcome's label, with a count for each quarter


def achieved_by_quarter(user: Any, filters: Filters, today: dt.date) -> AchievedByQuarter:
    """Goals achieved in each of the last eight quarters, in all and for each Supporting
    Families outcome, in one query."""
    from familyplan.web.council.services import outcome_choices

    starts, keys, bucket = _last_eight_quarters("achieved_on", today)
    rows = (
        _goals_for(user, filters)
        .filter(status="achieved", achieved_on__gte=starts[0], achieved_on__lte=today)
        .annotate(bucket=bucket)
        .values("supporting_families_outcome", "bucket")
        .annotate(n=Count("pk"))
    )
    counts = {(r["supporting_families_outcome"], *keys[r["bucket"]]): r["n"] for r in rows}

    def row(code: str) -> list[int]:
        return [counts.get((code, *key), 0) for key in keys]

    by_outcome: list[tuple[StrOrPromise, list[int]]] = [
        (label, row(code)) for code, label in outcome_choices()
    ]
    if any(row("")):
        by_outcome.append((_("No outcome chosen"), row("")))
    totals = [sum(n for (_code, *key), n in counts.items() if tuple(key) == k) for k in keys]
    return AchievedByQuarter([f"{y} Q{q}" for y, q in keys], totals, by_outcome)


def smart_scores_by_quarter(user: Any, filters: Filters, today: dt.date) -> list[tuple[str, int]]:
    """The average SMART score of plans as they stood at each review, in each of the last eight
    quarters that had a review: the reviews of plans since closed count, as a review held is a
    review held (and achieved goals are counted the same way)."""
    starts, keys, bucket = _last_eight_quarters("date", today)
    quarters = (
        Review.objects.filter(
            plan__in=_within(plans_overseen_by(user), filters),
            smart_score__isnull=False,
            date__gte=starts[0],
            date__lte=today,
        )
        .annotate(bucket=bucket)
        .values("bucket")
        .annotate(score=Avg("smart_score"))
        .order_by("bucket")
    )
    labels = [f"{year} Q{quarter}" for year, quarter in keys]
    return [(labels[row["bucket"]], round(row["score"])) for row in quarters]


def achieved_by_outcome(user: Any, filters: Filters, since: dt.date) -> list[tuple[str, int]]:
    """Goals achieved since a date, for each Supporting Families outcome."""
    from familyplan.web.council.services import outcome_choices

    counted = dict(
        _goals_for(user, filters)
        .filter(status="achieved", achieved_on__gte=since)
        .values_list("supporting_families_outcome")
        .annotate(n=Count("pk"))
    )
    return [(label, counted.get(code, 0)) for code, label in outcome_choices()]
