"""The dashboard's server time with 20,000 open plans on SQLite, and with 100,000 families
(about a million actions) on PostgreSQL when a server can be started; and its query count."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

SQLITE_FAMILIES = 22_000  # about 10% of generated plans are closed: leaves 20,000 open
POSTGRES_FAMILIES = int(os.environ.get("FAMILYPLAN_BENCH_PG_FAMILIES", "100000"))


def _median_ms(client, url: str, runs: int = 7) -> float:  # type: ignore[no-untyped-def]
    client.get(url)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        assert client.get(url).status_code == 200
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 1)


def _measure(families: int) -> Iterator[tuple[str, float | int]]:
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from familyplan.web.accounts.models import User
    from familyplan.web.casework.models import Action, Plan
    from familyplan.web.oversight.generate import generate

    start = time.perf_counter()
    generate(families)
    yield "generate_seconds", round(time.perf_counter() - start, 1)
    yield "open_plans", Plan.objects.filter(status="live").count()
    yield "actions", Action.objects.count()
    coordinator = User.objects.create_user("coordinator", password="x", role=User.Role.COORDINATOR)
    client = Client()
    client.force_login(coordinator)
    yield "dashboard_median_ms", _median_ms(client, "/oversight/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/oversight/")
    yield "dashboard_queries", len(queries)


def _run_child(env: dict[str, str], prefix: str) -> Iterator[tuple[str, str]]:
    code = (
        "from bench.oversight import _measure; import sys\n"
        f"for k, v in _measure({env.pop('BENCH_FAMILIES')}): print(k, v, flush=True)\n"
    )
    done = subprocess.run(
        [os.environ.get("PYTHON", "python"), "-c", code],
        env=env,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        check=False,
        timeout=3600,
    )
    if done.returncode != 0:
        yield f"{prefix}_error", done.stderr.strip().splitlines()[-1] if done.stderr else str(done.returncode)
        return
    for line in done.stdout.splitlines():
        name, value = line.split(" ", 1)
        yield f"{prefix}_{name}", value


def _postgres() -> tuple[str, str, str] | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        return None
    return str(found[-1].parent), tempfile.mkdtemp(prefix="familyplan-bench-pg-"), "35433"


def oversight_figures() -> Iterator[tuple[str, str]]:
    import sys

    base = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "familyplan.web.settings",
        "FAMILYPLAN_ALLOWED_HOSTS": "testserver",
        "PYTHON": sys.executable,
    }
    sqlite = {
        **base,
        "FAMILYPLAN_VAR_DIR": tempfile.mkdtemp(prefix="familyplan-bench-"),
        "BENCH_FAMILIES": str(SQLITE_FAMILIES),
    }
    sqlite.pop("DATABASE_URL", None)
    os.environ["PYTHON"] = sys.executable
    yield from _run_child(sqlite, "sqlite")
    pg = _postgres()
    if pg is None:
        yield "postgres_skipped", "PostgreSQL is not installed"
        return
    bin_dir, data, port = pg
    as_pg = ["su", "-s", "/bin/bash", "postgres", "-c"] if os.geteuid() == 0 else ["bash", "-c"]
    shutil.chown(data, "postgres") if os.geteuid() == 0 else None
    subprocess.run([*as_pg, f"{bin_dir}/initdb -D {data}/data -A trust -U familyplan >/dev/null"], check=True)
    subprocess.run(
        [
            *as_pg,
            f"{bin_dir}/pg_ctl -D {data}/data -o '-p {port} -k {data} -c listen_addresses=127.0.0.1 "
            f"-c fsync=off -c synchronous_commit=off' -l {data}/log -w start >/dev/null",
        ],
        check=True,
    )
    try:
        env = {
            **base,
            "DATABASE_URL": f"postgres://familyplan@127.0.0.1:{port}/postgres",
            "BENCH_FAMILIES": str(POSTGRES_FAMILIES),
        }
        yield from _run_child(env, "postgres")
    finally:
        subprocess.run([*as_pg, f"{bin_dir}/pg_ctl -D {data}/data -m immediate stop >/dev/null"], check=False)
        shutil.rmtree(data, ignore_errors=True)
