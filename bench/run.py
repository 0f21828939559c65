"""`make bench`: speed and quality figures, printed as `name: value` lines.

Each benchmark is a function yielding (name, value) pairs; add new ones to BENCHMARKS.
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

from bench.eval_statements import FILES as EVAL_FILES
from bench.eval_statements import evaluate
from bench.plans import make_plan, make_statements
from familyplan.smart import check_plan, check_statement

Figures = Iterator[tuple[str, float | int | str]]


def checker_plan_speed() -> Figures:
    """Median time to check a whole plan of 10 goals and 40 actions, a new plan each run."""
    today = dt.date(2025, 3, 1)
    plans = [make_plan(seed) for seed in range(300)]
    for plan in plans[:20]:
        check_plan(plan, today=today)  # warm up: imports, compiled patterns
    times = []
    for plan in plans[20:]:
        start = time.perf_counter()
        check_plan(plan, today=today)
        times.append(time.perf_counter() - start)
    yield "check_plan_10_goals_40_actions_median_ms", round(statistics.median(times) * 1000, 3)
    yield "check_plan_10_goals_40_actions_p95_ms", round(sorted(times)[int(len(times) * 0.95)] * 1000, 3)


def checker_against_proselint() -> Figures:
    """Statements checked per second by our checker and by proselint, on the same new statements."""
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    statements = make_statements(3000, seed=7)
    ours_start = time.perf_counter()
    for text, kind in statements:
        check_statement(text, kind)
    ours = len(statements) / (time.perf_counter() - ours_start)
    sample = statements[:300]
    theirs_start = time.perf_counter()
    for text, _ in sample:
        LintFile("<statement>", text).lint()
    theirs = len(sample) / (time.perf_counter() - theirs_start)
    yield "statements_per_second", round(ours)
    yield "proselint_statements_per_second", round(theirs)
    yield "speedup_vs_proselint", round(ours / theirs, 1)


def checker_quality() -> Figures:
    """Precision, recall and F1 of "needs-work" on each set of labelled statements that is there."""
    for name, path in EVAL_FILES.items():
        if path.exists():
            overall = evaluate(path)["overall"]
            for measure in ("precision", "recall", "f1"):
                yield f"eval_{name}_{measure}", round(overall[measure], 3)


def score_calibration() -> Figures:
    """Overall scores of the guidance's own examples: seed 000's Ben plan, seed 002's poor wording, none."""
    from bench.calibration import TODAY, ben_plan, empty_plan, seed_002_poor_plan

    yield "score_seed_000_ben_plan", check_plan(ben_plan(), today=TODAY).overall
    yield "score_seed_002_poor_plan", check_plan(seed_002_poor_plan(), today=TODAY).overall
    yield "score_empty_plan", check_plan(empty_plan(), today=TODAY).overall


def web_pages() -> Figures:
    """Server time of the families list and plan page with 10,000 families, and the plan page's queries."""
    from bench.web import web_pages as measure

    yield from measure()


def checker_runs() -> Figures:
    """Checker runs for one edit saved through the page, and for one view of the plan page."""
    from bench.checks import checker_runs_per_change

    yield from checker_runs_per_change()


def api_and_import() -> Figures:
    """Plans imported per second from 1,000 Word files; API requests per second under 20 clients."""
    from bench.api import api_figures

    yield from api_figures()


def oversight() -> Figures:
    """The dashboard with 20,000 open plans (SQLite) and 100,000 families (PostgreSQL)."""
    from bench.oversight import oversight_figures

    yield from oversight_figures()


def hostile_input() -> Figures:
    """Hostile files refused (worst time, peak memory) and POST /api/check with a plan at the limits."""
    from bench.hostile import hostile_figures

    yield from hostile_figures()


BENCHMARKS: list[Callable[[], Figures]] = [
    checker_plan_speed,
    checker_against_proselint,
    checker_quality,
    score_calibration,
    web_pages,
    checker_runs,
    api_and_import,
    oversight,
    hostile_input,
]


def main(names: list[str]) -> None:
    chosen = [bench for bench in BENCHMARKS if not names or bench.__name__ in names]
    unknown = set(names) - {bench.__name__ for bench in BENCHMARKS}
    if unknown:
        sys.exit(f"No benchmark called {', '.join(sorted(unknown))}")
    if len(chosen) > 1:
        # Each in a process of its own: the web benchmarks each set Django up on their own database.
        failed = [
            bench.__name__
            for bench in chosen
            if subprocess.run([sys.executable, "-m", "bench.run", bench.__name__], check=False).returncode
        ]
        if failed:
            sys.exit(f"Benchmarks that failed: {', '.join(failed)}")
        return
    for name, value in chosen[0]():
        print(f"{name}: {value}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
