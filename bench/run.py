"""`make bench`: speed and quality figures, printed as `name: value` lines.

Each benchmark is a function yielding (name, value) pairs; add new ones to BENCHMARKS.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from bench.distinct import Distinct
from bench.eval_statements import FILES as EVAL_FILES
from bench.eval_statements import evaluate
from familyplan.smart import check_plan

Figures = Iterator[tuple[str, float | int | str]]


def checker_plan_speed() -> Figures:
    """Median time to check a whole plan of 10 goals and 40 actions; no text in any plan is seen twice."""
    today = dt.date(2025, 3, 1)
    maker = Distinct(seed=11)
    for _ in range(5):
        check_plan(maker.plan(), today=today)  # imports, compiled patterns and word lists, loaded once
    plans = [maker.plan() for _ in range(300)]
    times = []
    for plan in plans:
        start = time.perf_counter()
        check_plan(plan, today=today)
        times.append(time.perf_counter() - start)
    yield "check_plan_10x40_ms", round(statistics.median(times) * 1000, 3)
    yield "check_plan_10x40_p95_ms", round(sorted(times)[int(len(times) * 0.95)] * 1000, 3)


def checker_against_proselint() -> Figures:
    """`familyplan lint-statements` against proselint 0.16, whole process against whole process.

    30,000 statements, no two alike, as JSON lines for one and plain lines for the other;
    proselint's cap on errors is lifted so that it reads the whole file as we do.
    """
    statements = list(Distinct(seed=7).statements(30_000))
    assert len({text for text, _ in statements}) == len(statements)
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        lines, text, config = (
            folder / "statements.jsonl",
            folder / "statements.txt",
            folder / "proselint.json",
        )
        lines.write_text("".join(json.dumps({"text": t, "kind": k}) + "\n" for t, k in statements))
        text.write_text("".join(t + "\n" for t, _ in statements))
        config.write_text(json.dumps({"max_errors": 100_000_000}))
        ours = _whole_process([str(bin_dir / "familyplan"), "lint-statements", str(lines)])
        theirs = _whole_process([str(bin_dir / "proselint"), "check", "--config", str(config), str(text)])
    yield "lint_statements_30000_s", round(ours, 2)
    yield "proselint_30000_s", round(theirs, 2)
    yield "lint_statements_vs_proselint_ratio", round(theirs / ours, 2)


def command_start() -> Figures:
    """How long `familyplan --help`, and `lint-statements` over one statement, take as whole processes.

    What a practitioner waits for each time they run the command, before any plan is read.
    """
    familyplan = str(Path(sys.executable).parent / "familyplan")
    with tempfile.TemporaryDirectory() as temp:
        one = Path(temp) / "one.jsonl"
        one.write_text(
            json.dumps({"text": "Mum will walk Ben to school every day.", "kind": "action"}) + "\n"
        )
        yield "familyplan_help_ms", round(_whole_process([familyplan, "--help"], runs=7) * 1000)
        yield (
            "lint_one_statement_ms",
            round(_whole_process([familyplan, "lint-statements", str(one)], runs=7) * 1000),
        )


def _whole_process(command: list[str], runs: int = 3) -> float:
    """Wall time of the best of several runs of a command, its output thrown away."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return min(times)


def quality_report() -> Figures:
    """`familyplan quality-report` over 2,000 Word plans against python-docx alone reading them."""
    from bench.quality import quality_report_figures

    yield from quality_report_figures()


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
    command_start,
    quality_report,
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
