"""Realistic made-up families, plans, reviews and actions, in bulk, for trying oversight at scale."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from django.db import connection, transaction
from django.utils import timezone

from familyplan.plan import models as m
from familyplan.smart import check_plan
from familyplan.web.accounts.models import Team, User
from familyplan.web.casework.models import (
    OUTCOME_CHOICES,
    Action,
    Family,
    FamilyMember,
    Goal,
    Plan,
    TafMember,
)
from familyplan.web.casework.services import overdue_dates_refresh
from familyplan.web.oversight.models import SupervisionNote
from familyplan.web.reviews.models import Review, ScalingScore
from familyplan.web.reviews.selectors import DRIFT, with_drift

SURNAMES = [
    "Smith",
    "Jones",
    "Khan",
    "Patel",
    "Williams",
    "Brown",
    "Taylor",
    "Davies",
    "Evans",
    "Wilson",
    "Ali",
    "Hughes",
]
CHILDREN = ["Ben", "Lily", "Sam", "Ava", "Noah", "Mia", "Kai", "Zara", "Leo", "Ruby", "Amir", "Ella"]
OUTCOMES = [
    "{c} will be in school for at least 90% of sessions each half term, measured by the register.",
    "{c} will go to sleep by 8pm on at least five nights a week, recorded in the sleep diary.",
    "Improve {c}'s behaviour.",
    "{c} will tell a trusted adult when upset, at least three times a week by the next review.",
    "The family will have a weekly budget that covers rent, food and bills.",
]
ACTIONS = [
    ("Mum will walk {c} to school at 8.30am every school day.", "Mum", "Every school day (review {d})"),
    (
        "Sarah (Family Support Worker) will visit every Tuesday at 4pm to plan meals.",
        "Sarah Jones (Family Support Worker)",
        "Every Tuesday (review {d})",
    ),
    ("Mum will monitor {c}'s attendance.", "Mum", "Ongoing"),
    ("CAMHS referral to be completed.", "School", "ASAP"),
    ("Mrs March will meet {c} every Monday to plan the week.", "Mrs March (Head of Year 6)", "{d}"),
]
BATCH = 500


def _template_scores(rng: random.Random) -> dict[tuple[int, int], int]:
    """SMART scores for the combinations of wording used, worked out once with the real checker."""
    scores = {}
    for outcome in range(len(OUTCOMES)):
        for action in range(len(ACTIONS)):
            plan = m.Plan(
                goals=[
                    m.Goal(
                        outcome=OUTCOMES[outcome].format(c="Ben"),
                        actions=[
                            m.Action(
                                how=ACTIONS[action][0].format(c="Ben"),
                                who=ACTIONS[action][1],
                                when=ACTIONS[action][2].format(d="14/04/2026"),
                            )
                        ],
                    )
                ],
                contingency="If Mum is unwell, Grandma will take the children to school.",
            )
            scores[(outcome, action)] = check_plan(plan).overall
    return scores


def _people(count: int) -> tuple[list[User], list[Team]]:
    teams = [
        Team.objects.get_or_create(name=f"Early Help {area}")[0]
        for area in ("North", "South", "East", "West")
    ]
    users = []
    for i in range(count):
        user, created = User.objects.get_or_create(
            username=f"practitioner{i:03d}",
            defaults={
                "first_name": f"Practitioner{i:03d}",
                "last_name": "Generated",
                "team": teams[i % len(teams)],
                "job_title": "Family Support Worker",
                "agency": "Early Help Service",
                "email": f"practitioner{i:03d}@example.invalid",
            },
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        users.append(user)
    return users, teams


def generate(families: int, seed: int = 1, progress: Callable[[int], None] | None = None) -> int:
    rng = random.Random(seed)
    scores = _template_scores(rng)
    practitioners = _people(max(10, families // 200))[0]
    today = timezone.localdate()
    made = 0
    while made < families:
        size = min(BATCH, families - made)
        with transaction.atomic():
            _batch(size, made, rng, practitioners, scores, today)
        made += size
        if progress:
            progress(size)
    # After a bulk load the query planner needs fresh statistics, as after any large import; on
    # PostgreSQL, VACUUM also marks the new rows visible so counts can be read from indexes alone.
    with connection.cursor() as cursor:
        vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
        cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")
    return made


def _families(
    size: int, offset: int, rng: random.Random, practitioners: list[User], today: dt.date
) -> tuple[list[Family], list[User], dict[int, str]]:
    leads = [rng.choice(practitioners) for _ in range(size)]
    family_rows = Family.objects.bulk_create(
        Family(
            family_name=rng.choice(SURNAMES),
            reference=f"GEN-{offset + i:07d}",
            team_id=lead.team_id,
            created_by_id=lead.pk,
        )
        for i, lead in enumerate(leads)
    )
    TafMember.objects.bulk_create(
        TafMember(
            family=f,
            user_id=lead.pk,
            name=lead.get_full_name(),
            role="Family Support Worker",
            agency="Early Help Service",
            is_lead=True,
        )
        for f, lead in zip(family_rows, leads, strict=True)
    )
    children = {f.pk: rng.choice(CHILDREN) for f in family_rows}
    FamilyMember.objects.bulk_create(
        member
        for f in family_rows
        for member in (
            FamilyMember(
                family=f,
                name=f"{rng.choice(['Susan', 'Amina', 'Kerry', 'Jo'])} {f.family_name}",
                relationship="Mum",
            ),
            FamilyMember(
                family=f,
                name=f"{children[f.pk]} {f.family_name}",
                relationship="Son",
                is_child=True,
                date_of_birth=today - dt.timedelta(days=rng.randint(365 * 2, 365 * 16)),
                views="I like school.",
            ),
        )
    )
    return family_rows, leads, children


def _plans(
    family_rows: list[Family],
    leads: list[User],
    rng: random.Random,
    scores: dict[tuple[int, int], int],
    today: dt.date,
) -> tuple[list[Plan], dict[int, tuple[int, int]]]:
    plan_rows = []
    templates = {}
    for f, lead in zip(family_rows, leads, strict=True):
        started = today - dt.timedelta(days=rng.randint(0, 500))
        closed = rng.random() < 0.1
        template = (rng.randrange(len(OUTCOMES)), rng.randrange(len(ACTIONS)))
        plan_rows.append(
            Plan(
                family=f,
                started_on=started,
                created_by_id=lead.pk,
                status=Plan.Status.CLOSED if closed else Plan.Status.LIVE,
                strengths="Mum and the children are close.",
                contingency="If Mum is unwell, Grandma will help.",
                next_review_date=started + dt.timedelta(weeks=rng.choice([6, 8, 30, 60, 70])),
                smart_score=scores[template],
            )
        )
        templates[f.pk] = template
    plan_rows = Plan.objects.bulk_create(plan_rows)
    return plan_rows, templates


def _goals_and_actions(
    plan_rows: list[Plan],
    templates: dict[int, tuple[int, int]],
    children: dict[int, str],
    rng: random.Random,
    today: dt.date,
) -> list[Goal]:
    goal_rows = Goal.objects.bulk_create(
        Goal(
            plan=p,
            order=g,
            outcome=OUTCOMES[(templates[p.family_id][0] + g) % len(OUTCOMES)].format(c=children[p.family_id]),
            supporting_families_outcome=rng.choice(OUTCOME_CHOICES)[0],
            status="achieved" if rng.random() < 0.15 else "open",
            achieved_on=today - dt.timedelta(days=rng.randint(0, 700)),
            created_on=p.started_on,
        )
        for p in plan_rows
        for g in range(3)
    )
    review_day = (today + dt.timedelta(weeks=4)).strftime("%d/%m/%Y")
    actions = []
    for goal in goal_rows:
        for a in range(rng.choice([3, 3, 4])):
            how, who, when = ACTIONS[(templates[goal.plan.family_id][1] + a) % len(ACTIONS)]
            due = today + dt.timedelta(days=rng.randint(-60, 90))
            actions.append(
                Action(
                    goal=goal,
                    order=a,
                    how=how.format(c=children[goal.plan.family_id]),
                    who=who,
                    when=when.format(d=review_day),
                    due_date=due if when == "{d}" else None,
                    review_date=due if "review" in when else None,
                    recurrence="Every day" if "Every" in when else "",
                    status=rng.choice(["not_started", "in_progress", "done", "done"]),
                )
            )
    Action.objects.bulk_create(actions, batch_size=2000)
    return goal_rows


def _reviews(plan_rows: list[Plan], goal_rows: list[Goal], rng: random.Random, today: dt.date) -> None:
    reviews = []
    for p in plan_rows:
        for r in range(rng.choice([0, 1, 2, 3])):
            day = p.started_on + dt.timedelta(weeks=6 * (r + 1))
            if day < today:
                reviews.append(
                    Review(
                        plan=p,
                        date=day,
                        next_review_date=day + dt.timedelta(weeks=6),
                        recorded_by_id=p.created_by_id,
                        contingency_reviewed=True,
                    )
                )
    reviews = Review.objects.bulk_create(reviews)
    goals_by_plan: dict[int, list[Goal]] = {}
    for goal in goal_rows:
        goals_by_plan.setdefault(goal.plan_id, []).append(goal)
    ScalingScore.objects.bulk_create(
        ScalingScore(
            review=review, goal=goal, family_score=rng.randint(2, 9), practitioner_score=rng.randint(2, 9)
        )
        for review in reviews
        for goal in goals_by_plan[review.plan_id]
    )


def _batch(
    size: int,
    offset: int,
    rng: random.Random,
    practitioners: list[User],
    scores: dict[tuple[int, int], int],
    today: dt.date,
) -> None:
    family_rows, leads, children = _families(size, offset, rng, practitioners, today)
    plan_rows, templates = _plans(family_rows, leads, rng, scores, today)
    goal_rows = _goals_and_actions(plan_rows, templates, children, rng, today)
    _reviews(plan_rows, goal_rows, rng, today)
    # Drift is kept with each plan; work it out for the whole batch at once.
    batch = Plan.objects.filter(pk__in=[p.pk for p in plan_rows])
    Plan.objects.filter(pk__in=with_drift(batch).filter(DRIFT).values("pk")).update(drifting=True)
    overdue_dates_refresh([p.pk for p in plan_rows])
    SupervisionNote.objects.bulk_create(
        SupervisionNote(
            plan=p,
            by_id=p.created_by_id,
            date=today - dt.timedelta(days=rng.randint(0, 200)),
            text="Discussed progress; next review date agreed.",
        )
        for p in plan_rows
        if rng.random() < 0.5
    )
