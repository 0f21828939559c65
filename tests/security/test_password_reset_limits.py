"""The forgotten-password page cannot be used to flood a person's inbox or to probe addresses:
links are limited per email address and per computer, with a message that names the limit and
says the same whether or not the address has an account."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from django.core import mail
from django.test import Client

from familyplan.plan.limits import Limits, current, set_current
from familyplan.web.accounts.models import ResetRequest, User
from tests.security.test_accounts_end_everywhere import with_email

PER_ADDRESS = "You can ask for 3 reset links for an email address in an hour"
PER_COMPUTER = "You can ask for 10 reset links from one computer or network in an hour"


def without_token(page: str, email: str) -> str:
    """The page without its CSRF token and the address typed, which differ from page to page."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", page).replace(email, "")


def ask(email: str, address: str = "192.0.2.1", **headers: str) -> tuple[int, str]:
    response = Client(REMOTE_ADDR=address).post("/sign-in/reset/", {"email": email}, headers=headers)
    return response.status_code, response.content.decode() if response.status_code != 302 else ""


def test_a_person_is_sent_three_links_an_hour_and_then_told_the_limit(lead: User) -> None:
    with_email(lead)

    answers = [ask("lead@council.example", address=f"192.0.2.{n}") for n in range(1, 5)]

    assert [status for status, _ in answers] == [302, 302, 302, 429]
    assert len(mail.outbox) == 3
    refused = answers[-1][1]
    assert "There is a problem" in refused
    assert PER_ADDRESS in refused
    assert "ask an administrator to reset your password" in refused
    assert '<a href="#id_email">' in refused


def test_the_limit_reads_the_same_for_an_address_without_an_account(lead: User) -> None:
    with_email(lead)
    for _ in range(3):
        ask("lead@council.example")
        ask("nobody@council.example", address="192.0.2.2")

    known_status, known = ask("LEAD@council.example", address="192.0.2.3")
    unknown_status, unknown = ask("nobody@council.example", address="192.0.2.4")

    assert known_status == unknown_status == 429
    assert without_token(known, "LEAD@council.example") == without_token(unknown, "nobody@council.example")


def test_one_computer_asks_for_ten_links_an_hour_whatever_addresses_it_tries(db: None) -> None:
    answers = [ask(f"person{n}@council.example", **{"X-Forwarded-For": f"10.0.0.{n}"}) for n in range(11)]
    elsewhere, _ = ask("person99@council.example", address="198.51.100.7")

    assert [status for status, _ in answers] == [302] * 10 + [429]
    assert PER_COMPUTER in answers[-1][1]
    assert elsewhere == 302


def test_a_refused_request_says_when_to_try_again_and_the_limit_lifts_after_the_hour(lead: User) -> None:
    with_email(lead)
    for _ in range(3):
        ask("lead@council.example")

    refused = Client(REMOTE_ADDR="192.0.2.1").post("/sign-in/reset/", {"email": "lead@council.example"})
    ResetRequest.objects.update(at=ResetRequest.objects.values("at")[:1][0]["at"] - dt.timedelta(hours=1))
    again, _ = ask("lead@council.example")

    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert again == 302
    assert len(mail.outbox) == 4


def test_nothing_about_the_addresses_is_kept_in_the_clear(lead: User) -> None:
    with_email(lead)

    ask("lead@council.example", address="203.0.113.9")

    kept = ResetRequest.objects.values_list("email_key", "client_key").get()
    assert "lead" not in "".join(kept)
    assert "203.0.113.9" not in "".join(kept)


@pytest.fixture
def one_link_a_person() -> Iterator[None]:
    before = current()
    set_current(Limits(reset_emails=1, reset_minutes=30))
    yield
    set_current(before)


def test_a_council_sets_its_own_reset_limits(lead: User, one_link_a_person: None) -> None:
    with_email(lead)

    first, _ = ask("lead@council.example")
    second, page = ask("lead@council.example")

    assert (first, second) == (302, 429)
    assert "You can ask for 1 reset link for an email address in 30 minutes" in page


def test_the_reset_limits_are_read_from_the_environment() -> None:
    limits = Limits.from_environment(
        {"FAMILYPLAN_LIMIT_RESET_EMAILS": "5", "FAMILYPLAN_LIMIT_RESET_REQUESTS": "50"}
    )

    assert (limits.reset_emails, limits.reset_requests, limits.reset_minutes) == (5, 50, 60)
