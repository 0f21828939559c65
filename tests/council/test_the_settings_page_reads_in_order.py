"""The council settings page names each Supporting Families outcome by its own name, and its error
summary lists the problems in the order of the fields on the page."""

from __future__ import annotations

import html
import re

from tests.council.test_settings import SAVED, admin
from tests.people import signed_in


def summary(page: str) -> list[tuple[str, str]]:
    listed = page.split('govuk-error-summary__list"', 1)[1].split("</ul>", 1)[0]
    return [
        (target, html.unescape(text))
        for target, text in re.findall(r'<a href="#([^"]+)">([^<]+)</a>', listed)
    ]


def test_each_outcome_is_labelled_with_its_own_name(db) -> None:
    page = html.unescape(signed_in(admin(db)).get("/settings/").content.decode())

    assert (
        '<label class="govuk-label govuk-label--s" for="id_outcome_substance_use">Promoting recovery and reducing harm from substance use</label>'
        in page
    )
    assert (
        '<label class="govuk-label govuk-label--s" for="id_outcome_crime">Crime prevention and tackling crime</label>'
        in page
    )
    assert "Outcome substance use" not in page
    assert "Outcome crime" not in page


def test_the_error_summary_follows_the_order_of_the_page(db) -> None:
    sent = SAVED | {
        "council_name": "",
        "interim_days": "40",
        "outcome_substance_use": "",
        "checker_settings": "disabled: [",
        "example_kind": "",
    }

    page = signed_in(admin(db)).post("/settings/", sent).content.decode()

    fields_on_the_page = re.findall(r'<(?:input|textarea|select)[^>]* id="id_(\w+)"', page)
    listed = [target.removeprefix("id_") for target, _ in summary(page)]
    assert listed == [name for name in fields_on_the_page if name in listed]
    assert listed == [
        "council_name",
        "interim_days",
        "outcome_substance_use",
        "checker_settings",
        "example_kind",
    ]
    assert (
        "id_outcome_substance_use",
        "Enter the wording for “Promoting recovery and reducing harm from substance use”",
    ) in summary(page)


def test_a_council_that_rewords_an_outcome_still_sees_which_outcome_it_is(db) -> None:
    client = signed_in(admin(db))
    client.post("/settings/", SAVED)

    page = html.unescape(client.get("/settings/").content.decode())

    box = re.search(r'for="id_outcome_substance_use">([^<]+)</label>.*?value="([^"]*)"', page, flags=re.S)
    assert box is not None
    assert box.groups() == (
        "Promoting recovery and reducing harm from substance use",
        "Better managed substance use",
    )
