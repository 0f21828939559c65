"""How many times the SMART checker runs for one saved edit, and for one view of the plan page."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def checker_runs() -> Iterator[Counter[str]]:
    """Counts calls of check_plan and check_statement, wherever the code imported them from."""
    import familyplan.smart

    counts: Counter[str] = Counter()
    real = {name: getattr(familyplan.smart, name) for name in ("check_plan", "check_statement")}
    running: list[str] = []  # a check of a whole plan checks its statements: those are not counted apart

    def counting(name: str) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            if not running:
                counts[name] += 1
            running.append(name)
            try:
                return real[name](*args, **kwargs)
            finally:
                running.pop()

        return run

    patched = [
        (module, name)
        for module in list(sys.modules.values())
        if getattr(module, "__name__", "").startswith("familyplan")
        for name in real
        if getattr(module, name, None) is real[name]
    ]
    for module, name in patched:
        setattr(module, name, counting(name))
    try:
        yield counts
    finally:
        for module, name in patched:
            setattr(module, name, real[name])


def checker_runs_per_change() -> Iterator[tuple[str, int]]:
    from bench.web import _setup_django

    _setup_django()
    from django.test import Client

    from familyplan.web.accounts.models import User
    from familyplan.web.casework import services

    lead = User.objects.create_user("bench-lead", password="x" * 20, first_name="Sarah", last_name="Jones")
    family = services.family_create(by=lead, family_name="Smith")
    plan = services.plan_start(family=family, by=lead, plan_type="early_help", started_on=dt.date.today())
    goal = services.goal_save(
        by=lead, plan=plan, outcome="Ben will be in school for 95% of sessions by July."
    )
    client = Client()
    client.force_login(lead)
    client.get(f"/plans/{plan.pk}/")  # the day's report is made

    with checker_runs() as saved:
        client.post(
            f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/",
            {
                "how": "Sarah will visit on Tuesday at 4pm to plan meals.",
                "who": "Sarah Jones (Family Support Worker)",
                "when": (dt.date.today() + dt.timedelta(days=28)).strftime("%d.%m.%Y"),
                "status": "not_started",
            },
        )
    with checker_runs() as viewed:
        client.get(f"/plans/{plan.pk}/")

    yield "checker_runs_per_saved_edit", saved["check_plan"] + saved["check_statement"]
    yield "checker_runs_per_plan_page_view", viewed["check_plan"] + viewed["check_statement"]
