"""The family's copy does not print what the checker flags as jargon: ASAP, TBC and the like are put
in plain words, and a when with no date says no date has been agreed rather than passing for one."""

from __future__ import annotations

import html
import re

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from tests.people import signed_in
from tests.web.test_family_copy_for_a_screen_reader import pdf_text


def actions(plan: Plan, *rows: tuple[str, str]) -> None:
    goal = services.goal_save(
        by=plan.created_by, plan=plan, outcome="Ben will sleep by 8pm on school nights."
    )
    for how, when in rows:
        services.action_save(by=plan.created_by, goal=goal, how=how, who="Mum", when=when)


def whens(page: str) -> list[str]:
    """The When column of the family's copy, as the family read it."""
    # Without the column's name shown beside each value on a phone.
    page = re.sub(r'<span class="app-table-stack__name"[^>]*>.*?</span>', "", page)
    rows = re.findall(r'<tr class="govuk-table__row"[^>]*>(.*?)</tr>', page, flags=re.S)
    cells = [re.findall(r'<td class="govuk-table__cell"[^>]*>(.*?)</td>', row, flags=re.S) for row in rows]
    return [html.unescape(re.sub(r"<[^>]+>", "", row[2])).strip() for row in cells if len(row) == 3]


def family_copy(user: User, plan: Plan) -> str:
    return signed_in(user).get(f"/plans/{plan.pk}/family-copy/").content.decode()


def test_asap_is_in_plain_words_and_says_no_date_is_agreed(lead: User, plan: Plan) -> None:
    actions(plan, ("Mum will read Ben a story at bedtime.", "ASAP"))

    page = family_copy(lead, plan)

    assert whens(page) == ["As soon as possible (no date agreed yet)"]
    assert "ASAP" not in page


def test_a_when_with_a_date_is_printed_with_the_date_in_full(lead: User, plan: Plan) -> None:
    actions(
        plan,
        ("Mum will read Ben a story at bedtime.", "Every night (review 14/04/2027)"),
        ("Mum will book a GP appointment for Ben.", "ASAP, by 14/03/2027 at the latest"),
        ("Mum will ring the dentist.", "2027-01-15"),
        ("Mum will take Ben to the dentist.", "22.01.27"),
        ("Mum will fill in the form.", "31/02/2027"),
        ("Mum will post the form.", "Every Monday (review 15-01-2027)"),
        ("Mum will ring the school.", "15 Jan 2027"),
    )

    assert whens(family_copy(lead, plan)) == [
        "Every night (review 14 April 2027)",
        "As soon as possible, by 14 March 2027 at the latest",
        "15 January 2027",
        "22 January 2027",
        "31/02/2027",
        "Every Monday (review 15 January 2027)",
        "15 January 2027",
    ]


def test_other_words_the_checker_reads_as_no_date_say_so_too(lead: User, plan: Plan) -> None:
    actions(
        plan,
        ("Mum will read Ben a story at bedtime.", "TBC"),
        ("Mum will ask the GP about Ben's sleep.", "When needed"),
        ("Mum will buy Ben a night light.", "Soon"),
    )

    assert whens(family_copy(lead, plan)) == [
        "To be confirmed (no date agreed yet)",
        "When needed (no date agreed yet)",
        "Soon (no date agreed yet)",
    ]


def test_the_abbreviations_are_in_plain_words_wherever_they_are(lead: User, plan: Plan) -> None:
    actions(
        plan, ("Mum will ring the school asap; the day of the visit is TBC.", "Every day (review 14/04/2027)")
    )

    page = html.unescape(family_copy(lead, plan))

    assert "Mum will ring the school as soon as possible; the day of the visit is to be confirmed." in page


def test_the_pdf_says_the_same(lead: User, plan: Plan) -> None:
    actions(plan, ("Mum will read Ben a story at bedtime.", "ASAP"))

    text = " ".join(pdf_text(signed_in(lead).get(f"/plans/{plan.pk}/family-copy.pdf").content).split())

    assert "As soon as possible (no date agreed yet)" in text
    assert "ASAP" not in text


def test_a_welsh_family_reads_it_in_welsh(lead: User, plan: Plan) -> None:
    plan.family.language = "cy"
    plan.family.save()
    actions(plan, ("Bydd Mam yn darllen stori i Ben amser gwely.", "ASAP"))

    assert whens(family_copy(lead, plan)) == ["Cyn gynted â phosibl (dim dyddiad wedi'i gytuno eto)"]


def test_the_plan_page_still_shows_what_the_practitioner_wrote(lead: User, plan: Plan) -> None:
    actions(plan, ("Mum will read Ben a story at bedtime.", "ASAP"))

    page = signed_in(lead).get(f"/plans/{plan.pk}/").content.decode()

    # On a phone the column's name is shown before the value.
    name = r'(<span class="app-table-stack__name"[^>]*>When</span>)?'
    assert re.search(rf'<td class="govuk-table__cell"[^>]*>{name}ASAP</td>', page)


def test_a_lead_with_no_role_is_named_without_a_dangling_comma(lead: User, plan: Plan) -> None:
    plan.family.taf.filter(is_lead=True).update(role="")

    text = html.unescape(re.sub(r"<[^>]+>", "", family_copy(lead, plan)))

    assert re.search(r"Your lead worker is \S[^,.]*\.", text)
    assert ", ." not in text


def test_a_list_pasted_from_a_document_is_listed_without_its_own_marks(lead: User, plan: Plan) -> None:
    services.plan_update(
        by=lead,
        plan=plan,
        version=Plan.objects.get(pk=plan.pk).version,
        strengths="• · Grandma Bisi does the school run\n1. Mum reads with Ben\n2) Ben loves football\n1.5 hours of homework club",
    )

    page = html.unescape(family_copy(lead, plan))
    listed = re.findall(r"<li>(.*?)</li>", page)

    assert listed[:4] == [
        "Grandma Bisi does the school run",
        "Mum reads with Ben",
        "Ben loves football",
        "1.5 hours of homework club",
    ]
