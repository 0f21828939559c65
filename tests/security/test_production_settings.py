"""A council's server: Django's deployment checks pass, headers are sent, and guessing passwords is stopped."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_with_production_settings(tmp_path: Path, code: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "familyplan.web.settings_production",
        "FAMILYPLAN_SECRET_KEY": secrets.token_urlsafe(60),
        "FAMILYPLAN_VAR_DIR": str(tmp_path),
        "FAMILYPLAN_ALLOWED_HOSTS": "testserver",
        "FAMILYPLAN_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    }
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_the_deployment_checks_pass(tmp_path: Path) -> None:
    result = run_with_production_settings(
        tmp_path,
        "import django, sys; from django.core.management import call_command; django.setup(); "
        "call_command('check', deploy=True, fail_level='WARNING')",
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_real_secret(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "familyplan.web.settings_production",
            "FAMILYPLAN_SECRET_KEY": "",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode != 0
    assert "Set FAMILYPLAN_SECRET_KEY" in result.stderr


LOCKOUT = """
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.test import Client
from familyplan.web.accounts.models import User
User.objects.create_user("lead", password="the-right-password-1")
client = Client()
page = client.get("/sign-in/", secure=True)
print("CSP", page.headers.get("Content-Security-Policy"))
print("HSTS", page.headers.get("Strict-Transport-Security"))
print("FRAME", page.headers.get("X-Frame-Options"))
for _ in range(10):
    client.post("/sign-in/", {"username": "lead", "password": "wrong-guess"}, secure=True)
last = client.post("/sign-in/", {"username": "lead", "password": "the-right-password-1"}, secure=True)
print("AFTER_TEN_GUESSES", last.status_code, "_auth_user_id" in client.session)
"""


def test_headers_are_sent_and_ten_wrong_passwords_lock_the_account(tmp_path: Path) -> None:
    result = run_with_production_settings(tmp_path, LOCKOUT)

    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert "CSP default-src 'self'; script-src 'self'" in out
    assert "HSTS max-age=63072000; includeSubDomains; preload" in out
    assert "FRAME DENY" in out
    assert "AFTER_TEN_GUESSES 429 False" in out
