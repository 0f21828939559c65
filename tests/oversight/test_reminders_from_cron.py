"""`familyplan remind` as cron runs it, against a fake GOV.UK Notify: a real HTTP server on
127.0.0.1 that answers as Notify does, so the real Notify client is what is tested."""

from __future__ import annotations

import datetime as dt
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Family
from tests.people import make_user

TODAY = dt.date(2026, 3, 2)
KEY = "familyplan_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0"
TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a"


class FakeNotify(ThreadingHTTPServer):
    """Answers POST /v2/notifications/email as GOV.UK Notify does; some addresses it refuses or fails."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.received: list[dict[str, Any]] = []
        self.refuse: set[str] = set()
        self.fail_first: dict[str, int] = {}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: FakeNotify

    def do_POST(self) -> None:
        message = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        address = message["email_address"]
        assert self.headers["Authorization"].startswith("Bearer ")
        if address in self.server.refuse:
            self._answer(
                400,
                {
                    "status_code": 400,
                    "errors": [{"error": "BadRequestError", "message": "Not a valid email address"}],
                },
            )
        elif self.server.fail_first.get(address, 0) > 0:
            self.server.fail_first[address] -= 1
            self._answer(
                500,
                {"status_code": 500, "errors": [{"error": "Exception", "message": "Internal server error"}]},
            )
        else:
            self.server.received.append(message)
            self._answer(201, {"id": "740e5834-3a29-46b4-9a6f-16142fde533a", "content": {}, "template": {}})

    def _answer(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def notify(settings: Any) -> Iterator[FakeNotify]:
    server = FakeNotify()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.NOTIFY_API_KEY, settings.NOTIFY_TEMPLATE_ID = KEY, TEMPLATE
    settings.NOTIFY_BASE_URL = server.url
    settings.NOTIFY_RETRY_SECONDS = 0.01
    yield server
    server.shutdown()
    server.server_close()


def three_leads_with_late_reviews(team: Any) -> list[User]:
    people = []
    for name, email in (
        ("amy", "amy@example.invalid"),
        ("bob", "bob@example.invalid"),
        ("cat", "cat@example.invalid"),
    ):
        person = make_user(name, team=team)
        person.email = email
        person.save()
        family = services.family_create(by=person, family_name=f"{name} family")
        plan = services.plan_start(
            family=family, by=person, plan_type="early_help", started_on=TODAY - dt.timedelta(days=90)
        )
        Family.objects.filter(pk=family.pk)  # the plan is the family's live plan
        type(plan).objects.filter(pk=plan.pk).update(next_review_date=TODAY - dt.timedelta(days=3))
        people.append(person)
    return people


def remind() -> Any:
    return CliRunner().invoke(app, ["remind", "--today", TODAY.isoformat()], env={"COLUMNS": "200"})


def test_one_refused_recipient_is_named_with_the_reason_the_rest_are_sent_and_the_run_fails(
    team: Any, notify: FakeNotify
) -> None:
    three_leads_with_late_reviews(team)
    notify.refuse.add("bob@example.invalid")

    result = remind()

    assert result.exit_code == 1
    assert sorted(m["email_address"] for m in notify.received) == [
        "amy@example.invalid",
        "cat@example.invalid",
    ]
    assert (
        "Not sent to Bob Tester <bob@example.invalid>: GOV.UK Notify refused it (400: Not a valid email address)"
        in result.stdout
    )
    assert "Sent 2 reminder(s); 1 not sent." in result.stdout
    assert "Traceback" not in result.stdout + (result.stderr or "")


def test_a_notify_failure_is_retried_and_then_sent(team: Any, notify: FakeNotify) -> None:
    three_leads_with_late_reviews(team)
    notify.fail_first["amy@example.invalid"] = 2

    result = remind()

    assert result.exit_code == 0, result.stdout
    assert len(notify.received) == 3
    assert "Sent 3 reminder(s); 0 not sent." in result.stdout


def test_an_unreachable_notify_is_said_once_for_each_person_and_the_run_fails_without_a_traceback(
    team: Any, notify: FakeNotify, settings: Any
) -> None:
    three_leads_with_late_reviews(team)
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    settings.NOTIFY_BASE_URL = f"http://127.0.0.1:{closed.getsockname()[1]}"
    closed.close()

    result = remind()

    assert result.exit_code == 1
    assert result.stdout.count("GOV.UK Notify could not be reached at http://127.0.0.1:") == 3
    assert "Sent 0 reminder(s); 3 not sent." in result.stdout
    assert "Traceback" not in result.stdout


@pytest.mark.parametrize(
    ("key", "template", "said"),
    [
        ("not-a-key", TEMPLATE, "FAMILYPLAN_NOTIFY_API_KEY is not a GOV.UK Notify API key"),
        (KEY, "", "FAMILYPLAN_NOTIFY_TEMPLATE_ID is missing"),
        (KEY, "template-1", "FAMILYPLAN_NOTIFY_TEMPLATE_ID is not a Notify template id"),
    ],
)
def test_settings_that_cannot_work_are_refused_before_anything_is_sent(
    team: Any, notify: FakeNotify, settings: Any, key: str, template: str, said: str
) -> None:
    three_leads_with_late_reviews(team)
    settings.NOTIFY_API_KEY, settings.NOTIFY_TEMPLATE_ID = key, template

    result = remind()

    assert result.exit_code == 2
    assert said in result.stdout + result.stderr
    assert "nothing was sent" in result.stdout + result.stderr
    assert notify.received == []


def test_a_base_url_that_is_not_an_address_is_refused(team: Any, notify: FakeNotify, settings: Any) -> None:
    three_leads_with_late_reviews(team)
    settings.BASE_URL = "familyplan.example.gov.uk"

    result = remind()

    assert result.exit_code == 2
    assert "FAMILYPLAN_BASE_URL" in result.stdout + result.stderr
    assert notify.received == []


def test_people_with_no_email_address_are_listed_in_the_summary(team: Any, notify: FakeNotify) -> None:
    amy, _bob, _cat = three_leads_with_late_reviews(team)
    amy.email = ""
    amy.save()

    result = remind()

    assert result.exit_code == 0, result.stdout
    assert "No email address for Amy Tester" in result.stdout
    assert len(notify.received) == 2
