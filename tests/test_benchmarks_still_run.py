"""`make bench` is not run by `make test`, so its set-up code is run here, small, to keep it working."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.web import _plan_with_goals
from familyplan.web.accounts.models import User

ROOT = Path(__file__).resolve().parents[1]


def test_the_web_benchmark_builds_its_plans(lead: User) -> None:
    plan = _plan_with_goals(lead, 2)

    assert plan.goals.count() == 2
    assert sum(goal.actions.count() for goal in plan.goals.all()) == 4


def test_the_checker_runs_benchmark_counts_one_run_per_saved_edit(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "checker_runs"],
        cwd=ROOT,
        env={**os.environ, "FAMILYPLAN_BENCH_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [
        "checker_runs_per_saved_edit: 1",
        "checker_runs_per_plan_page_view: 0",
    ]
