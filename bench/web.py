"""Server time of the busiest pages with 10,000 families in a fresh SQLite database,
and the number of SQL queries a plan page makes (it must not grow with the plan)."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from collections.abc import Iterator

FAMILIES = 10_000


def _setup_django() -> None:
    # A database of its own, never the one FAMILYPLAN_VAR_DIR names: in FAMILYPLAN_BENCH_DIR if set.
    os.environ["FAMILYPLAN_VAR_DIR"] = os.environ.get("FAMILYPLAN_BENCH_DIR") or tempfile.mkdtemp(
        prefix="familyplan-bench-"
    )
    os.environ.pop("DATABASE_URL", None)
    os.environ["FAMILYPLAN_ALLOWED_HOSTS"] = "testserver"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "familyplan.web.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)


def _fill(lead_id: int, team_id: int) -> None:
    from familyplan.web.casework.models import Family, Plan, TafMember

    today = dt.date.today()
    families = Family.objects.bulk_create(
        Family(family_name=f"Family {i:05d}", reference=f"EH-{i:05d}", team_id=team_id, created_by_id=lead_id)
        for i in range(FAMILIES)
    )
    TafMember.objects.bulk_create(
        TafMember(
            family=f,
            user_id=lead_id,
            name="Sarah Jones",
            role="Family Support Worker",
            agency="Early Help",
            is_lead=True,
        )
        for f in families
    )
    Plan.objects.bulk_create(
        Plan(
            family=f, started_on=today, created_by_id=lead_id, next_review_date=today + dt.timedelta(weeks=6)
        )
        for f in families
    )


def _plan_with_goals(lead, goals: int):  # type: ignore[no-untyped-def]
    from familyplan.web.casework import services
    from familyplan.web.casework.models import FamilyMember

    family = services.family_create(by=lead, family_name=f"Goals {goals}")
    services.person_add(
        model=FamilyMember, by=lead, family=family, name="Ben", relationship="Son", is_child=True
    )
    plan = services.plan_start(family=family, by=lead, plan_type="early_help", started_on=dt.date.today())
    for g in range(goals):
        goal = services.goal_save(
            by=lead, plan=plan, outcome=f"Ben will be in school for 90% of sessions ({g})."
        )
        for a in range(2):
            services.action_save(
                by=lead,
                goal=goal,
                how=f"Mum will walk Ben to school every day ({a}).",
                who="Mum",
                when="Every day (review 14/04/2026)",
            )
    return plan


def _median_ms(client, url: str, runs: int = 30) -> float:  # type: ignore[no-untyped-def]
    client.get(url)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    return round(statistics.median(times) * 1000, 1)


def web_pages() -> Iterator[tuple[str, float | int]]:
    _setup_django()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from familyplan.web.accounts.models import Team, User

    team = Team.objects.create(name="North")
    lead = User.objects.create_user("lead", password="x", first_name="Sarah", last_name="Jones", team=team)
    _fill(lead.pk, team.pk)
    small, large = _plan_with_goals(lead, 2), _plan_with_goals(lead, 20)
    client = Client()
    client.force_login(lead)

    queries = {}
    for name, plan in (("2_goals", small), ("20_goals", large)):
        with CaptureQueriesContext(connection) as captured:
            client.get(f"/plans/{plan.pk}/")
        queries[name] = len(captured)

    yield "families_in_database", FAMILIES
    yield "families_list_median_ms", _median_ms(client, "/")
    yield "plan_page_2_goals_median_ms", _median_ms(client, f"/plans/{small.pk}/")
    yield "plan_page_20_goals_median_ms", _median_ms(client, f"/plans/{large.pk}/")
    yield "plan_page_queries_2_goals", queries["2_goals"]
    yield "plan_page_queries_20_goals", queries["20_goals"]
