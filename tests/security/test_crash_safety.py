"""Killing the server mid-write never corrupts the database or loses an acknowledged save."""

from __future__ import annotations

import http.cookiejar
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KILLS = 8


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def django_env(var_dir: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "FAMILYPLAN_VAR_DIR": str(var_dir),
        "DJANGO_SETTINGS_MODULE": "familyplan.web.settings",
    }
    env.pop("DATABASE_URL", None)
    return env


def start_server(var_dir: Path, port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--nothreading"],
        cwd=ROOT,
        env=django_env(var_dir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise AssertionError("the server did not start")


class Practitioner:
    """Signs in and saves new family records over HTTP, as a browser would."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def _csrf(self) -> str:
        return next(c.value for c in self.jar if c.name == "csrftoken")

    def post(self, path: str, data: dict[str, str]) -> int:
        self.opener.open(self.base + path, timeout=5).read()
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": self._csrf()}).encode()
        request = urllib.request.Request(self.base + path, data=body, headers={"Referer": self.base + path})
        try:
            return self.opener.open(request, timeout=5).status
        except urllib.error.HTTPError as error:
            return error.code

    def sign_in(self) -> None:
        assert self.post("/sign-in/", {"username": "lead", "password": "a-long-test-password-1"}) == 302


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


@pytest.mark.sqlite_only
def test_sigkill_during_writes_keeps_the_database_whole_and_every_acknowledged_write(tmp_path: Path) -> None:
    setup = (
        "import django; django.setup(); from django.core.management import call_command; "
        "call_command('migrate', verbosity=0); from familyplan.web.accounts.models import User; "
        "User.objects.create_user('lead', password='a-long-test-password-1')"
    )
    subprocess.run([sys.executable, "-c", setup], cwd=ROOT, env=django_env(tmp_path), check=True, timeout=120)
    acknowledged: list[str] = []
    rng = random.Random(1)

    for round_number in range(KILLS):
        port = free_port()
        server = start_server(tmp_path, port)
        practitioner = Practitioner(f"http://127.0.0.1:{port}")
        practitioner.sign_in()
        stop = threading.Event()

        def write(
            practitioner: Practitioner = practitioner, stop: threading.Event = stop, rn: int = round_number
        ) -> None:
            n = 0
            while not stop.is_set():
                name = f"Round{rn}Family{n}"
                try:
                    if practitioner.post("/families/new/", {"family_name": name}) == 302:
                        acknowledged.append(name)
                except OSError:
                    return  # the server has gone: this write was never acknowledged
                n += 1

        writer = threading.Thread(target=write)
        writer.start()
        time.sleep(rng.uniform(0.4, 1.2))
        server.send_signal(signal.SIGKILL)
        server.wait()
        stop.set()
        writer.join(timeout=10)

    database = sqlite3.connect(tmp_path / "familyplan.sqlite3")
    integrity = database.execute("PRAGMA integrity_check").fetchone()[0]
    stored = {row[0] for row in database.execute("SELECT family_name FROM casework_family")}
    database.close()

    print(f"crash safety: {KILLS} kills, {len(acknowledged)} acknowledged writes, integrity {integrity}")
    assert integrity == "ok"
    assert len(acknowledged) > KILLS
    assert set(acknowledged) <= stored
