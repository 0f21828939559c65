"""Two tabs on the same part of a plan: the second to save, after seeing both versions, saves again.
What the first person saved in a field the second left alone must survive that second save."""

from __future__ import annotations

import html
from html.parser import HTMLParser

from django.test import Client

from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Plan
from tests.people import signed_in


class _Fields(HTMLParser):
    """The values a browser would post from the page's form: inputs and text areas."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, str] = {}
        self._area: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        name = found.get("name")
        if tag == "input" and name and found.get("type") not in ("submit", "checkbox", "radio"):
            self.values[name] = found.get("value") or ""
        elif tag == "textarea" and name:
            self._area = name
            self.values[name] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self._area = None

    def handle_data(self, data: str) -> None:
        if self._area:
            self.values[self._area] += data


def fields_in(page: bytes) -> dict[str, str]:
    """The form as the browser holds it, the way the page rendered it."""
    fields = _Fields()
    fields.feed(page.decode())
    values = {name: html.unescape(value).lstrip("\n") for name, value in fields.values.items()}
    values.pop("csrfmiddlewaretoken", None)
    return values


def form_on(client: Client, url: str) -> dict[str, str]:
    return fields_in(client.get(url).content)


def test_a_field_the_second_person_left_alone_keeps_what_the_first_person_saved(
    lead: User, manager: User, plan: Plan
) -> None:
    url = f"/plans/{plan.pk}/about/"
    first, second = signed_in(lead), signed_in(manager)
    tab_a, tab_b = form_on(first, url), form_on(second, url)

    tab_a["next_steps"] = "Book the first review with the school for January."
    assert first.post(url, tab_a).status_code == 302
    tab_b["strengths"] = "Mum and Ben laugh together every evening."
    clash = second.post(url, tab_b)
    assert clash.status_code == 409
    assert "shows what they saved wherever you changed nothing" in html.unescape(clash.content.decode())

    after = fields_in(clash.content)
    assert after["next_steps"] == "Book the first review with the school for January."
    assert after["strengths"] == "Mum and Ben laugh together every evening."
    assert second.post(url, after).status_code == 302

    plan.refresh_from_db()
    assert plan.next_steps == "Book the first review with the school for January."
    assert plan.strengths == "Mum and Ben laugh together every evening."


def test_a_field_both_people_changed_keeps_the_second_persons_text_to_compare(
    lead: User, manager: User, plan: Plan
) -> None:
    url = f"/plans/{plan.pk}/about/"
    first, second = signed_in(lead), signed_in(manager)
    tab_a, tab_b = form_on(first, url), form_on(second, url)

    tab_a["next_steps"] = "Book the first review with the school for January."
    assert first.post(url, tab_a).status_code == 302
    tab_b["next_steps"] = "Ask Nan to join the next meeting."
    clash = second.post(url, tab_b)

    page = html.unescape(clash.content.decode())
    assert clash.status_code == 409
    assert "Book the first review with the school for January." in page  # saved, to compare
    assert "Ask Nan to join the next meeting." in page  # theirs, still in the box
    plan.refresh_from_db()
    assert plan.next_steps == "Book the first review with the school for January."
