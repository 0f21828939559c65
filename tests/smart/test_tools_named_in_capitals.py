"""A questionnaire named in capitals ("GAD-7", "the AUDIT score") or a service's own short form with
a small letter ("SoS") is an acronym the family may not know, though "audit" and "gad" are words."""

from __future__ import annotations

import pytest

from tests.smart.statements import needs_work

ACRONYM = "statement-acronym"


@pytest.mark.parametrize(
    "text",
    [
        "Hodan's GAD-7 score will be 9 or below by 12 March 2027 (currently 17).",
        "Mum's AUDIT score to come down from 24 to under 8 by the review on 25.01.2027.",
        "Rhys (15) scores 8/10 or higher on the SoS scaling for feeling safe at the review on 28.01.2027.",
    ],
)
def test_a_tool_named_in_capitals_is_an_acronym(text: str) -> None:
    assert ACRONYM in needs_work(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Mum will say PLEASE and THANK YOU at tea every night by 25.01.2027.",
        "Jo McDonald will be in school every day by 25.01.2027.",
    ],
)
def test_words_in_capitals_and_names_are_not(text: str) -> None:
    assert ACRONYM not in needs_work(text, "outcome")


def test_a_rating_named_in_capitals_is_an_acronym() -> None:
    assert ACRONYM in needs_work(
        "Tom (15) to have a green RAG rating on his next screening by 25.01.2027.", "outcome"
    )
