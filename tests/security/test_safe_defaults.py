"""A careless deployment is still a safe one: without DJANGO_SETTINGS_MODULE the production
settings are used (and refuse to start without a secret, or with email that would print to the
log); nothing with personal data is cached; logs keep no searches or views-link tokens."""

from __future__ import annotations

import logging
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Plan
from tests.people import signed_in

ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "FAMILYPLAN_"))}
    environ.pop("DATABASE_URL", None)
    environ.update({"FAMILYPLAN_VAR_DIR": str(tmp_path), **env})
    return subprocess.run(args, cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-c", "import familyplan.web.wsgi"],
        [sys.executable, "manage.py", "check"],
        [str(Path(sys.executable).parent / "familyplan"), "audit", "verify"],
    ],
    ids=["wsgi", "manage.py", "familyplan"],
)
def test_without_settings_named_the_production_settings_refuse_to_start_without_a_secret(
    command: list[str], tmp_path: Path
) -> None:
    result = run(command, tmp_path)

    assert result.returncode != 0
    assert "Set FAMILYPLAN_SECRET_KEY" in result.stderr


def test_production_refuses_email_that_would_only_print_to_the_log(tmp_path: Path) -> None:
    result = run(
        [sys.executable, "manage.py", "check"],
        tmp_path,
        FAMILYPLAN_SECRET_KEY=secrets.token_urlsafe(60),
        FAMILYPLAN_ALLOWED_HOSTS="testserver",
    )

    assert result.returncode != 0
    assert "FAMILYPLAN_EMAIL_BACKEND" in result.stderr


def test_production_starts_with_a_secret_and_real_email(tmp_path: Path) -> None:
    result = run(
        [sys.executable, "manage.py", "check"],
        tmp_path,
        FAMILYPLAN_SECRET_KEY=secrets.token_urlsafe(60),
        FAMILYPLAN_ALLOWED_HOSTS="testserver",
        FAMILYPLAN_EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
    )

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/families/{family}/",
        "/plans/{plan}/",
        "/plans/{plan}/family-copy.pdf",
        "/api/plans/{plan}",
    ],
)
def test_pages_and_files_with_personal_data_are_never_cached(url: str, lead: User, plan: Plan) -> None:
    response = signed_in(lead).get(url.format(family=plan.family_id, plan=plan.pk))

    assert response.status_code in (200, 401)
    assert response["Cache-Control"] == "no-store"


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.mark.parametrize("logger_name", ["django.server", "django.request"])
def test_logs_keep_no_search_terms_or_views_link_tokens(logger_name: str) -> None:
    logger = logging.getLogger(logger_name)
    capture = Capture()
    logger.addHandler(capture)
    try:
        logger.error('"%s" %s %s', "GET /?name=Quillfeather HTTP/1.1", "200", "512")
        logger.error("Not Found: %s", "/your-views/Zq9xK2secret-token/")
    finally:
        logger.removeHandler(capture)

    text = "\n".join(capture.lines)
    assert "GET /?[query-removed] HTTP/1.1" in text
    assert "Quillfeather" not in text
    assert "Zq9xK2secret-token" not in text
    assert "/your-views/[token-removed]/" in text
