"""Hostile files and oversized plans: the worst time and peak memory to refuse each, and the time
`POST /api/check` takes for a plan at the limits (familyplan/plan/limits.py).

Each file is read in a fresh process, so its peak memory is its own (the figure includes the
Python interpreter and the libraries, about 50 MB).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

_READ_ONE = """
import json, resource, sys, time
from familyplan.formats import ReadError, read_plan
start = time.perf_counter()
try:
    read_plan(sys.argv[1])
    message = "read"
except ReadError as error:
    message = str(error)
seconds = time.perf_counter() - start
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "message": message}))
"""


def _refusals(folder: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    sys.path.insert(0, str(ROOT))
    from tests.hostile_files import build

    for item, path in build(folder):
        figures = _read_in_own_process(path)
        figures["refused_naming_limit"] = item.limit in figures["message"]
        yield item.name, figures


def _read_in_own_process(path: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", _READ_ONE, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return dict(json.loads(result.stdout))


def at_the_limits() -> dict[str, Any]:
    """A plan of 100 goals and 1,000 actions (the limits) of about 1,500 characters each, under 2 MB."""
    sys.path.insert(0, str(ROOT))
    from bench.plans import make_plan

    source = [goal for seed in range(40) for goal in make_plan(seed).goals]
    goals = []
    for number in range(100):
        goal = source[number]
        actions = []
        for index in range(10):
            action = goal.actions[index % len(goal.actions)]
            how = (action.how + " ") * (1500 // len(action.how) + 1)
            actions.append(action.model_copy(update={"how": how[:1500]}).model_dump(mode="json"))
        goals.append({**goal.model_dump(mode="json"), "actions": actions})
    return {"goals": goals, "contingency": "If Mum is unwell, Grandma Jean will take Ben to school."}


def _api_figures(var_dir: str) -> Iterator[tuple[str, float | int | str]]:
    os.environ["FAMILYPLAN_VAR_DIR"] = var_dir
    os.environ["FAMILYPLAN_ALLOWED_HOSTS"] = "testserver"
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "familyplan.web.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    from django.test import Client

    from familyplan.plan.limits import current
    from familyplan.web.accounts.models import User

    User.objects.create_user("bench", password="a-long-bench-password-1")
    token = (
        Client()
        .post(
            "/api/auth/token",
            {"username": "bench", "password": "a-long-bench-password-1"},
            content_type="application/json",
        )
        .json()["token"]
    )
    client = Client(headers={"Authorization": f"Bearer {token}"})
    plan = at_the_limits()
    body = json.dumps(plan)
    client.post("/api/check", {"text": "warm up", "kind": "action"}, content_type="application/json")
    start = time.perf_counter()
    response = client.post("/api/check", body, content_type="application/json")
    at_limits = time.perf_counter() - start
    over = {**plan, "goals": [*plan["goals"], plan["goals"][0]]}
    start = time.perf_counter()
    refused = client.post("/api/check", json.dumps(over), content_type="application/json")
    over_limits = time.perf_counter() - start
    yield "api_check_at_limits_body_mb", round(len(body) / 2**20, 2)
    yield "api_check_at_limits_status", response.status_code
    yield "api_check_at_limits_seconds", round(at_limits, 2)
    yield "api_check_time_budget_seconds", current().check_seconds
    yield "api_check_over_limits_status", refused.status_code
    yield "api_check_over_limits_seconds", round(over_limits, 2)


def hostile_figures() -> Iterator[tuple[str, float | int | str]]:
    with tempfile.TemporaryDirectory() as folder:
        results = dict(_refusals(Path(folder) / "corpus"))
    worst_time = max(results.items(), key=lambda item: item[1]["seconds"])
    worst_memory = max(results.items(), key=lambda item: item[1]["peak_mb"])
    yield "hostile_files", len(results)
    yield "hostile_files_refused_naming_the_limit", sum(r["refused_naming_limit"] for r in results.values())
    yield "hostile_worst_seconds", round(worst_time[1]["seconds"], 2)
    yield "hostile_worst_seconds_file", worst_time[0]
    yield "hostile_peak_memory_mb", round(worst_memory[1]["peak_mb"], 1)
    yield "hostile_peak_memory_file", worst_memory[0]
    from familyplan.plan.limits import current
    from tests.hostile_files import word_at_the_xml_limit

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "word-at-the-xml-limit.docx"
        word_at_the_xml_limit(path, current().xml_bytes)
        largest = _read_in_own_process(path)
    yield "word_at_the_xml_limit_seconds", round(largest["seconds"], 2)
    yield "word_at_the_xml_limit_peak_memory_mb", round(largest["peak_mb"], 1)
    with tempfile.TemporaryDirectory() as var_dir:
        yield from _api_figures(var_dir)
