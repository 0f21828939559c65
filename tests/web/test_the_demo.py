"""The demo shows the product as a practitioner would meet it: signed in as the demo's designated
safeguarding lead, her action in the Smith family's plan is hers to update."""

from __future__ import annotations

import html
import re

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Action
from familyplan.web.operations.demo import load_demo
from tests.people import signed_in

EXIT_CARD = "Exit card to be available in all lessons"


def words(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_the_demos_safeguarding_lead_finds_her_action_in_my_work_and_can_update_it(db) -> None:
    load_demo(timezone.localdate())
    dsl = User.objects.get(username="taf")
    exit_card = Action.objects.get(how__startswith=EXIT_CARD)
    client = signed_in(dsl)

    my_work = words(client.get("/my-work/").content.decode())
    plan_page = client.get(f"/plans/{exit_card.goal.plan_id}/").content.decode()
    progress = client.get(f"/plans/{exit_card.goal.plan_id}/actions/{exit_card.pk}/progress/")

    given_to_me = my_work[my_work.index("Actions given to me") :]
    assert EXIT_CARD in given_to_me
    assert f"/actions/{exit_card.pk}/progress/" in plan_page
    assert progress.status_code == 200


def test_the_demos_other_actions_stay_with_the_people_they_were_given_to(db) -> None:
    load_demo(timezone.localdate())
    dsl = User.objects.get(username="taf")

    mine = Action.objects.filter(taf_member__user=dsl)

    assert [action.how[: len(EXIT_CARD)] for action in mine] == [EXIT_CARD]
