"""Verbs the dictionary alone would miss: words made with a hyphened prefix ("self-harm",
"re-engage") read as the word after the prefix reads, and a household said with a plural verb, as
British English says it ("the family live"), has that verb."""

from __future__ import annotations

import pytest

from familyplan.smart import words as w
from tests.smart.statements import needs_work, slots


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("self-harms", "self-harm"),
        ("re-engaged", "re-engage"),
        ("re-booking", "re-book"),
        ("co-signs", "co-sign"),
    ],
)
def test_a_prefixed_verb_has_the_base_form_of_the_word_after_its_prefix(word: str, lemma: str) -> None:
    assert w.verb_lemma(word) == lemma


def test_compounds_that_are_not_a_prefix_and_a_word_are_not_guessed() -> None:
    assert w.lemmas("follow-up") == {}
    assert w.lemmas("drop-in") == {}


def test_an_outcome_that_only_says_a_harm_will_stop_is_still_read_as_one() -> None:
    assert "outcome-negative" in needs_work(
        "Priya (14) will no longer self-harm by 26.02.2027, as reported by Priya and her school nurse.",
        "outcome",
    )


def test_a_prefixed_verb_is_what_the_action_does() -> None:
    read = slots("Ms Patel will re-engage Jamal with his college tutor at a meeting on 14.01.2027.", "action")
    assert read["doing"].startswith("will re-engage Jamal")


@pytest.mark.parametrize(
    ("text", "doing"),
    [
        ("The family live in a home with working heating by 31.03.2027.", "live in a home"),
        (
            "The Khan family attend every appointment at the clinic until 31.03.2027.",
            "attend every appointment",
        ),
    ],
)
def test_a_household_with_a_plural_verb_has_that_verb(text: str, doing: str) -> None:
    assert slots(text, "outcome")["change"].startswith(doing)


def test_a_household_before_a_word_that_can_be_a_thing_is_still_a_description() -> None:
    read = slots("The family support worker will ring Mum every Monday from 11.01.2027.", "action")
    assert read["who"] == "The family support worker"


def test_a_household_that_only_avoids_what_is_not_wanted_is_read_as_such() -> None:
    assert "outcome-negative" in needs_work(
        "The family avoid eviction from their flat, with the arrears under £200 by 31.03.2027.", "outcome"
    )
