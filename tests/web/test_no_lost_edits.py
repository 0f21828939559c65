"""Twenty people saving the same record at the same moment: one save wins, nineteen see both versions.

Real threads, each with its own connection to the database, post the same form opened at the same
version. Nothing is overwritten unseen: the record holds the one save that was accepted, and every
other person gets the conflict page with what was saved beside what they typed.
"""

from __future__ import annotations

import datetime as dt
import html
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.db import connection, connections
from django.test import Client
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from tests.people import signed_in

pytestmark = pytest.mark.django_db(transaction=True)

PEOPLE = 20


@dataclass
class Answer:
    text: str
    status: int = 0
    page: str = ""
    error: BaseException | None = None


def everyone_saves_at_once(
    clients: list[Client], url: str, form: Callable[[str], dict[str, Any]]
) -> list[Answer]:
    """Each client posts ``form(its own text)`` to ``url``, all released at the same moment."""
    answers = [Answer(text=f"Version {n} of the text, typed by person {n}.") for n in range(len(clients))]
    start = threading.Barrier(len(clients))

    def save(client: Client, answer: Answer) -> None:
        try:
            start.wait()
            response = client.post(url, form(answer.text))
            answer.status, answer.page = response.status_code, html.unescape(response.content.decode())
        except BaseException as error:
            answer.error = error
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=pair) for pair in zip(clients, answers, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return answers


def one_wins_the_others_see_both_versions(answers: list[Answer], saved_text: str, what: str) -> None:
    assert [a.error for a in answers if a.error] == []
    winners = [a for a in answers if a.status == 302]
    assert len(winners) == 1
    assert winners[0].text == saved_text  # the record holds exactly the save that was accepted
    losers = [a for a in answers if a is not winners[0]]
    assert {a.status for a in losers} == {409}
    for loser in losers:
        assert f"Someone else saved {what} while you were editing it." in loser.page
        assert "<title>Error: " in loser.page  # a screen reader says at once that it was not saved
        assert saved_text in loser.page  # what the other person saved
        assert loser.text in loser.page  # what this person typed, kept


@pytest.fixture
def twenty(lead: User, manager: User, plan: Plan, tmp_path: Path) -> Iterator[list[Client]]:
    """Twenty people signed in, on a database their threads share as a server's requests do."""
    clients = [signed_in(lead if n % 2 else manager) for n in range(PEOPLE)]
    if connection.vendor != "sqlite":
        yield clients
        return
    # The tests' SQLite database is in memory with a shared cache, where a second writer is refused
    # at once instead of waiting its turn: copy it to a file in write-ahead-log mode, as served.
    connection.ensure_connection()
    with sqlite3.connect(tmp_path / "shared.sqlite3") as copy:
        connection.connection.backup(copy)
    in_memory = connections["default"]
    on_file = {**in_memory.settings_dict, "NAME": str(tmp_path / "shared.sqlite3")}
    connections.settings["default"] = on_file
    connections["default"] = type(in_memory)(on_file, alias="default")
    try:
        yield clients
    finally:
        connections["default"].close()
        connections.settings["default"] = in_memory.settings_dict
        connections["default"] = in_memory


def test_twenty_saves_of_one_goal_lose_nothing(plan: Plan, twenty: list[Client]) -> None:
    goal = services.goal_save(
        by=plan.created_by,
        plan=plan,
        outcome="Ben will be in school.",
        supporting_families_outcome="education",
    )

    answers = everyone_saves_at_once(
        twenty,
        f"/plans/{plan.pk}/goals/{goal.pk}/",
        lambda text: {"outcome": text, "supporting_families_outcome": "education", "version": goal.version},
    )

    goal.refresh_from_db()
    one_wins_the_others_see_both_versions(answers, goal.outcome, "this goal")
    assert goal.version == 2


def test_twenty_saves_of_one_action_lose_nothing(plan: Plan, twenty: list[Client]) -> None:
    goal = services.goal_save(
        by=plan.created_by,
        plan=plan,
        outcome="Ben will be in school.",
        supporting_families_outcome="education",
    )
    action = services.action_save(
        by=plan.created_by, goal=goal, how="Mum will walk Ben to school.", who="Mum", when="Every day"
    )

    answers = everyone_saves_at_once(
        twenty,
        f"/plans/{plan.pk}/goals/{goal.pk}/actions/{action.pk}/",
        lambda text: {"how": text, "who": "Mum", "when": "Every day", "status": "in_progress", "version": 1},
    )

    action.refresh_from_db()
    one_wins_the_others_see_both_versions(answers, action.how, "this action")


def test_twenty_corrections_of_one_family_member_lose_nothing(plan: Plan, twenty: list[Client]) -> None:
    ben = plan.family.members.get()

    answers = everyone_saves_at_once(
        twenty,
        f"/families/{plan.family_id}/members/{ben.pk}/",
        lambda text: {
            "name": "Ben",
            "relationship": "Son",
            "is_child": "on",
            "involved_in_plan": "on",
            "views": text,
            "reason": "His views were written down wrongly.",
            "version": ben.version,
        },
    )

    ben.refresh_from_db()
    one_wins_the_others_see_both_versions(answers, ben.views, "Ben's record")


@pytest.mark.parametrize("already_there", [True, False], ids=["changed", "first-written"])
def test_twenty_saves_of_the_interim_safety_plan_lose_nothing(
    plan: Plan, twenty: list[Client], already_there: bool
) -> None:
    end = (timezone.localdate() + dt.timedelta(days=7)).strftime("%d/%m/%Y")
    opened_at = 0
    if already_there:
        opened_at = services.interim_save(
            by=plan.created_by,
            plan=plan,
            version=0,
            issue="Mornings",
            actions="Gran stays over",
            end_date=timezone.localdate(),
        ).version

    answers = everyone_saves_at_once(
        twenty,
        f"/plans/{plan.pk}/interim/",
        lambda text: {"issue": "Mornings", "actions": text, "end_date": end, "version": opened_at},
    )

    plan.refresh_from_db()
    one_wins_the_others_see_both_versions(answers, plan.interim.actions, "the interim safety plan")
