"""The oversight pages a manager opens on a phone: wide tables scroll inside a region of their own,
which a keyboard user can reach and a screen reader names, or are shown a row at a time, so the
page never scrolls sideways."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import FamilyMember, Goal
from tests.people import signed_in


class TableHolders(HTMLParser):
    """For each table of a page, the attributes of the element it sits in."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[dict[str, str]] = []
        self.holders: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.holders.append(self.open[-1] if self.open else {})
        if tag == "div":
            self.open.append({name: value or "" for name, value in attrs})

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self.open:
            self.open.pop()


def holders_of_tables(page: str) -> list[dict[str, str]]:
    parser = TableHolders()
    parser.feed(page)
    return parser.holders


def a_plan_with_faults(lead: User) -> None:
    family = services.family_create(by=lead, family_name="Smith")
    services.person_add(
        model=FamilyMember, by=lead, family=family, name="Tyler", relationship="Son", is_child=True
    )
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=timezone.localdate()
    )
    goal = Goal.objects.create(plan=plan, outcome="Tyler will have appropriate emotional support.")
    services.action_save(by=lead, goal=goal, how="Mum will monitor school attendance", who="Mum", when="ASAP")


def test_the_quality_reports_wide_tables_are_read_as_blocks_on_a_phone_and_no_table_is_a_tab_stop(
    lead: User, manager: User
) -> None:
    a_plan_with_faults(lead)

    page = signed_in(manager).get("/oversight/quality/").content.decode()

    assert 'id="quality-faults"' in page
    # The faults, with their guidance, and the teams are shown a row at a time on a phone; their
    # roles keep them tables for a screen reader, and each value is under its column's name.
    for table in ("quality-faults", "quality-teams"):
        opening = re.search(rf'<table [^>]*id="{table}"[^>]*>', page)
        assert opening is not None
        assert "app-table-stack" in opening[0]
        assert 'role="table"' in opening[0]
    assert page.count('class="app-table-stack__name" aria-hidden="true"') >= 8
    # Nothing scrolls sideways, so a keyboard user is not stopped on a table for nothing.
    holders = holders_of_tables(page)
    assert len(holders) == 5
    assert all(h.get("tabindex") is None for h in holders)
