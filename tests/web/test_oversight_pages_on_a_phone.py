"""The oversight pages a manager opens on a phone: tables scroll inside a region of their own,
which a keyboard user can reach and a screen reader names, so the page never scrolls sideways."""

from __future__ import annotations

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


def test_the_quality_reports_wide_tables_scroll_in_a_region_and_its_narrow_ones_are_no_tab_stop(
    lead: User, manager: User
) -> None:
    a_plan_with_faults(lead)

    page = signed_in(manager).get("/oversight/quality/").content.decode()

    holders = holders_of_tables(page)
    wide = [h for h in holders if "app-table-scroll" in h.get("class", "").split()]
    assert 'id="quality-faults"' in page
    assert len(wide) >= 2  # the faults, with their guidance, and the teams
    for holder in wide:
        assert holder.get("role") == "region"
        assert holder.get("aria-label")
        assert holder.get("tabindex") == "0"
    # A table of two columns fits a phone, so a keyboard user is not stopped on it for nothing.
    narrow = [h for h in holders if h not in wide]
    assert len(narrow) == 3
    assert all(h.get("tabindex") is None for h in narrow)
