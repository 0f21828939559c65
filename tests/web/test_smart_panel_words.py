"""The SMART panel's own words go through translation like the rest of the page: the parts of the
statement it read ("What the checker read") and how much each finding matters."""

from __future__ import annotations

import datetime as dt
import html
import re

from django.utils import timezone, translation

from familyplan.web.accounts.models import User
from tests.people import signed_in

AN_ACTION = {
    "kind": "action",
    "field": "how",
    "how": "Mum will monitor Ben's bedtime every night so he sleeps by 8pm.",
    "who": "Mum",
    "when": "ASAP",
}


def parts_read(page: str) -> list[str]:
    return [html.unescape(k) for k in re.findall(r'<dt class="govuk-summary-list__key">(.*?)</dt>', page)]


def tags(page: str) -> list[str]:
    return re.findall(r'<strong class="govuk-tag govuk-tag--\w+">(.*?)</strong>', page)


def panel(user: User, form: dict[str, str]) -> str:
    return signed_in(user).post("/check/", form).content.decode()


def test_the_panel_names_the_parts_it_read_in_english(lead: User) -> None:
    page = panel(lead, AN_ACTION)

    assert parts_read(page) == ["Who", "Doing", "How often", "What for", "When"]
    assert "warning" in tags(page)


def test_the_panel_names_the_parts_it_read_in_welsh(lead: User) -> None:
    with translation.override("cy"):
        page = panel(lead, AN_ACTION)
        when = panel(lead, {"kind": "when", "field": "when", "when": "Every day (review 14/04/2027)"})

    assert "Beth ddarllenodd y gwiriwr" in page
    assert parts_read(page) == ["Pwy", "Yn gwneud", "Pa mor aml", "I beth", "Pryd"]
    assert parts_read(when) == ["Pa mor aml", "Adolygiad"]
    assert "rhybudd" in tags(page)
    assert "warning" not in tags(page)


def test_a_field_emptied_shows_the_waiting_words_again_not_a_blank(lead: User) -> None:
    page = panel(lead, {**AN_ACTION, "how": "   "})

    assert "The SMART check will show here as you type." in page
    assert "Check this against the SMART guidance" not in page


def test_a_date_that_has_passed_is_said_as_it_is_typed_unless_the_work_is_done(lead: User) -> None:
    passed = {"kind": "when", "field": "when", "when": "01/01/2025"}

    assert "&#x27;01/01/2025&#x27; has passed" in panel(lead, passed)
    assert "has passed" not in panel(lead, {**passed, "status": "done"})


def test_a_date_after_the_day_the_action_is_for_is_said_as_it_is_typed(lead: User) -> None:
    later = (timezone.localdate() + dt.timedelta(days=60)).strftime("%d/%m/%Y")
    sooner = (timezone.localdate() + dt.timedelta(days=7)).strftime("%d/%m/%Y")
    day = (timezone.localdate() + dt.timedelta(days=30)).strftime("%d/%m/%Y")
    form = {
        "kind": "when",
        "field": "when",
        "how": f"Visit the new school with Ben three times before he starts on {day}.",
    }

    assert "is after the day the action itself is for" in html.unescape(panel(lead, {**form, "when": later}))
    assert "is after the day the action itself is for" not in html.unescape(
        panel(lead, {**form, "when": sooner})
    )
