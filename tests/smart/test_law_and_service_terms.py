"""Terms of law and of a service's levels of need mean little to a family (seed 002: "free of jargon")."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_statement

TODAY = dt.date(2026, 12, 7)


def _found(text: str, kind: str) -> list[str]:
    return [
        f.message
        for f in check_statement(text, kind, today=TODAY, context=Context())
        if f.rule == "law-and-service-terms"
    ]


@pytest.mark.parametrize(
    ("text", "kind", "term"),
    [
        (
            "The family's housing will be sorted via the section 188 interim duty by 31.03.2027.",
            "outcome",
            "section 188",
        ),
        ("If the landlord serves a s21, Dad will ring his brother Raj to ask to stay.", "contingency", "s21"),
        (
            "Home conditions will have stepped down from Level 3 to Level 2 on the continuum of need by "
            "05.02.2027.",
            "outcome",
            "Level 3",
        ),
        ("Chantelle's Tier 2 substance misuse needs are met by 26.02.2027.", "outcome", "Tier 2"),
        (
            "If the plan stalls, step up to social care at the review.",
            "contingency",
            "step up to social care",
        ),
        (
            "Kim has an assured shorthold tenancy in her own name by 31.03.2027.",
            "outcome",
            "assured shorthold tenancy",
        ),
    ],
)
def test_the_term_is_named(text: str, kind: str, term: str) -> None:
    found = _found(text, kind)
    assert found
    assert f"'{term}'" in found[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mia reads books at Level 3 of the Oxford reading scheme by 12.03.2027.", "outcome"),
        ("Mum's 3 children are at school on 95% of days by 12.03.2027.", "outcome"),
        ("Ben is in Year 6s 10-minute reading group on Mondays by 12.03.2027.", "outcome"),
        (
            "If the landlord sends a letter saying the family must leave, Dad will ring his brother Raj.",
            "contingency",
        ),
    ],
)
def test_everyday_words_and_numbers_are_not_terms(text: str, kind: str) -> None:
    assert _found(text, kind) == []
