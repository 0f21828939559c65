"""Plans imported per second from Word files, and API requests per second under 20 concurrent clients."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORD_FILES = 1000
CLIENTS = 20
SECONDS = 5


def _django(var_dir: str) -> None:
    os.environ["FAMILYPLAN_VAR_DIR"] = var_dir
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "familyplan.web.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)


def _word_files(folder: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.formats.builders import SEED_000_ROWS, write_docx

    for i in range(WORD_FILES):
        rows = [[cell.replace("Ben", f"Ben{i}") for cell in row] for row in SEED_000_ROWS]
        write_docx(folder / f"plan-{i:04d}.docx", rows)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _hammer(port: int, method: str, path: str, body: bytes | None, headers: dict[str, str]) -> float:
    done = [0] * CLIENTS
    stop = time.monotonic() + SECONDS

    def client(n: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.monotonic() < stop:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status == 200:
                done[n] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return round(sum(done) / (time.monotonic() - start), 1)


def api_figures() -> Iterator[tuple[str, float | int]]:
    var_dir = tempfile.mkdtemp(prefix="familyplan-bench-api-")
    _django(var_dir)
    from familyplan.web.accounts.models import User
    from familyplan.web.api.auth import issue_token
    from familyplan.web.casework.importing import import_file

    user = User.objects.create_user("lead", password="a-long-bench-password-1", first_name="Sarah")
    folder = Path(var_dir) / "word"
    folder.mkdir()
    _word_files(folder)
    files = sorted(folder.glob("*.docx"))
    start = time.perf_counter()
    for path in files:
        assert import_file(path, user).status == "imported"
    yield "import_word_files", len(files)
    yield "import_word_plans_per_second", round(len(files) / (time.perf_counter() - start), 1)

    from django.test import RequestFactory

    token = issue_token(RequestFactory().post("/"), "lead", "a-long-bench-password-1")
    from familyplan.web.casework.models import Plan

    plan_id = Plan.objects.order_by("id").values_list("id", flat=True).first()
    port = _free_port()
    # All 20 clients share one address: lift the per-address limit to measure the checker itself.
    env = {
        **os.environ,
        "FAMILYPLAN_ALLOWED_HOSTS": "127.0.0.1",
        "FAMILYPLAN_API_CHECKS_PER_MINUTE": "1000000",
    }
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        auth = {"Authorization": f"Bearer {token}"}
        yield "api_clients", CLIENTS
        yield "api_get_plan_requests_per_second", _hammer(port, "GET", f"/api/plans/{plan_id}", None, auth)
        statement = json.dumps(
            {"text": "Mum will monitor Ben's school attendance", "kind": "action"}
        ).encode()
        yield (
            "api_post_check_requests_per_second",
            _hammer(port, "POST", "/api/check", statement, {**auth, "Content-Type": "application/json"}),
        )
    finally:
        server.kill()
        server.wait()
