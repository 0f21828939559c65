"""A name or a service typed as one long run of characters (a pasted reference, a web address)
breaks at the edge of a phone's screen. The body's "break-word" is not enough for a box that takes
the width of what it holds (a table cell, a legend, the back link, a task's name): laid out as wide
as the word, it pushed the whole page sideways. Those boxes hold such words with "anywhere".
(tests/browser/test_pages_on_a_phone.py measures the pages themselves.)"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Family, Plan, TafMember
from tests.people import signed_in

STYLES = Path(__file__).resolve().parents[2] / "familyplan" / "web" / "assets_src" / "app.scss"
# What holds a long word on these pages, and must let it break (the service's menu holds the name
# of the person signed in).
HOLDERS = {
    ".app-long-words",
    ".govuk-back-link",
    ".govuk-fieldset__legend",
    ".govuk-task-list__name-and-hint",
    ".govuk-service-navigation__item",
}
LONG = "Z" * 250


def breaking_anywhere(scss: str) -> set[str]:
    """The selectors of the stylesheet's rules that break a long word anywhere."""
    scss = re.sub(r"//[^\n]*", "", scss)
    return {
        selector.strip()
        for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", scss)
        if re.search(r"overflow-wrap:\s*anywhere", body)
        for selector in selectors.split(",")
    }


class Holders(HTMLParser):
    """The classes of every element around each piece of text that holds ``word``."""

    VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr"}

    def __init__(self, word: str) -> None:
        super().__init__()
        self.word = word
        self.open: list[set[str]] = []
        self.found: list[set[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.open.append(set((dict(attrs).get("class") or "").split()))

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self.open:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.word in data:
            self.found.append(set().union(*self.open))


def held_in(page: str, word: str = LONG) -> list[set[str]]:
    parser = Holders(word)
    parser.feed(page)
    assert parser.found, "the long word is not on the page"
    return parser.found


def a_plan_with_a_long_word_everywhere(lead: User) -> Plan:
    family = services.family_create(by=lead, family_name=f"Smith{LONG}", address_area=f"Area{LONG}")
    TafMember.objects.filter(family=family, is_lead=True).update(name=f"Sarah {LONG}")
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=timezone.localdate()
    )
    goal = services.goal_save(
        by=lead, plan=plan, outcome=f"Ben will {LONG}", supporting_families_outcome="education"
    )
    services.action_save(by=lead, goal=goal, how=f"Mum will {LONG}", who="Mum", when="Every school day")
    services.service_gap_add(
        plan=plan, by=lead, kind_of_service=f"Service{LONG}", support_needed="x", risk="y"
    )
    return plan


def test_the_stylesheet_lets_a_long_word_break_in_every_box_that_would_grow_with_it() -> None:
    assert breaking_anywhere(STYLES.read_text(encoding="utf-8")) >= HOLDERS


def test_the_check_finds_the_rules_that_break_anywhere() -> None:
    scss = "// .old { overflow-wrap: anywhere; }\n.a,\n.b { overflow-wrap: anywhere; }\n.c { overflow-wrap: break-word; }"

    assert breaking_anywhere(scss) == {".a", ".b"}


def test_a_long_lead_practitioners_name_and_service_break_in_the_managers_tables(
    lead: User, manager: User
) -> None:
    a_plan_with_a_long_word_everywhere(lead)
    client = signed_in(manager)

    dashboard = client.get("/oversight/").content.decode()
    gaps = client.get("/oversight/gaps/").content.decode()

    assert all("app-long-words" in classes for classes in held_in(dashboard, f"Sarah {LONG}"))
    assert all("app-long-words" in classes for classes in held_in(gaps, f"Service{LONG}"))
    assert all("app-long-words" in classes for classes in held_in(gaps, f"Area{LONG}"))


def test_a_long_word_breaks_in_the_task_list_the_legends_and_the_back_link(lead: User, manager: User) -> None:
    plan = a_plan_with_a_long_word_everywhere(lead)
    family: Family = plan.family

    tasks = signed_in(lead).get(f"/plans/{plan.pk}/").content.decode()
    review = signed_in(lead).get(f"/plans/{plan.pk}/reviews/new/").content.decode()
    record = signed_in(manager).get(f"/families/{family.pk}/who-has-looked/").content.decode()

    assert any("govuk-task-list__name-and-hint" in classes for classes in held_in(tasks, f"Service{LONG}"))
    assert all("govuk-fieldset__legend" in classes for classes in held_in(review, f"Mum will {LONG}"))
    assert any("govuk-back-link" in classes for classes in held_in(record, f"Smith{LONG}"))
