"""Syllables are counted as textstat 0.7.8 counts them, from the same pronouncing dictionary,
though read without textstat's slow loading of it."""

from __future__ import annotations

import pytest
import textstat

from familyplan.smart.readability import syllables

WORDS = [
    "ability",  # in the dictionary
    "read",  # with a second pronunciation after the first
    "safeguarding",
    "well-being",  # hyphenated, read as textstat reads it
    "dietitian's",
    "co-regulation",
    "Zephyrine",  # not in the dictionary: hyphenation decides
    "xyzzyq",
]


@pytest.mark.parametrize("word", WORDS)
def test_a_words_syllables_are_textstats(word: str) -> None:
    assert syllables(word.lower()) == max(1, textstat.syllable_count(word.lower()))
