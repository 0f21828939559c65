"""People, families and plans shared by the tests of the web application (a pytest plugin)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import pytest
from django.test import Client, override_settings
from django.utils import timezone
from django_otp.oath import hotp
from django_otp.plugins.otp_totp.models import TOTPDevice

from familyplan.web.accounts.models import Team, User
from familyplan.web.casework import closure, services
from familyplan.web.casework.models import Family, FamilyMember, Plan, TafMember

PASSWORD = "a-long-test-password-1"


def make_user(
    username: str, role: str = User.Role.PRACTITIONER, team: Team | None = None, **extra: str
) -> User:
    """An account with the test password; any other field of it (first_name, email...) in ``extra``."""
    fields = {
        "first_name": username.title(),
        "last_name": "Tester",
        "job_title": "Family Support Worker",
        "agency": "Early Help Service",
    }
    return User.objects.create_user(
        username=username, password=PASSWORD, role=role, team=team, **(fields | extra)
    )


@pytest.fixture(autouse=True)
def _audit_checkpoints_apart(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Each test writes its audit checkpoints to a file of its own: the tests' databases are
    thrown away after each test, so entries a shared file named would seem to be missing."""
    path = tmp_path_factory.getbasetemp() / "audit-checkpoints" / f"{uuid.uuid4().hex}.log"
    with override_settings(AUDIT_CHECKPOINTS=str(path)):
        yield


@pytest.fixture
def team(db) -> Team:
    return Team.objects.create(name="North")


@pytest.fixture
def lead(team: Team) -> User:
    return make_user("lead", team=team)


@pytest.fixture
def manager(team: Team) -> User:
    return make_user("manager", role=User.Role.MANAGER, team=team, job_title="Team Manager")


@pytest.fixture
def outsider(db) -> User:
    return make_user("outsider", team=Team.objects.create(name="South"))


@pytest.fixture
def family(lead: User) -> Family:
    family = services.family_create(by=lead, family_name="Smith")
    services.person_add(
        model=FamilyMember, by=lead, family=family, name="Ben", relationship="Son", is_child=True
    )
    return family


@pytest.fixture
def plan(family: Family, lead: User) -> Plan:
    return services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=timezone.localdate()
    )


def join_the_team(
    family: Family, by: User, user: User | None, name: str, role: str, agency: str
) -> TafMember:
    """A practitioner joins the Team Around the Family: with their account (``user``), they may
    see the family and update their own actions; without one, they are named only."""
    member = services.person_add(
        model=TafMember, by=by, family=family, user=user, name=name, role=role, agency=agency
    )
    assert isinstance(member, TafMember)
    return member


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def ask_to_close(plan: Plan, by: User, reason: str = "outcomes_achieved", summary: str = "Done.") -> None:
    """The lead asks to close the plan, with the family and the TAF agreeing."""
    closure.closure_request(
        plan=plan,
        by=by,
        reason=reason,
        summary=summary,
        ongoing_actions="",
        family_agreed=True,
        taf_agreed=True,
        no_goal_achieved_reason="Ben is settled at school; the family need no more help.",
    )


def code_for(device: TOTPDevice) -> str:
    """The code the person's phone shows. A code once used is refused, so a second code within
    the same 30 seconds is the next one, as a phone whose clock runs a little fast would show."""
    device.refresh_from_db()
    now = int((time.time() - device.t0) // device.step)
    counter = max(now + device.drift, device.last_t + 1)
    return f"{hotp(device.bin_key, counter, device.digits):06d}"
