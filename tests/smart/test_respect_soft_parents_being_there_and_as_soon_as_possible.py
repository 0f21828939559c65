"""Standards judged differently ("show respect"), blame ("so soft on", "fails again"), "being there"
with nothing done, "as soon as possible" as an outcome's only timescale, and a charity named after
a saint (seeds 000, 002)."""

from __future__ import annotations

import pytest

from familyplan.smart import Context, check_statement

UNCLE = Context(who="Ray Hill (uncle)", when="From 04.01.2027, review 09.03.27")


def _rules(text: str, kind: str, context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, context=context) if context else check_statement(text, kind)
    return {f.rule for f in found if f.severity.needs_work}


def test_respect_shown_is_a_standard_people_judge_differently() -> None:
    assert "subjective-standard" in _rules(
        "Leo will show respect to Mum and his teachers by 26.03.2027.", "outcome"
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mum to stop being so soft on Leo and keep to his 9pm home time.", "action"),
        (
            "If Mum fails again to keep Leo in at night, his aunt Kim will have him at weekends.",
            "contingency",
        ),
    ],
)
def test_a_parent_called_soft_or_failing_again_is_blamed(text: str, kind: str) -> None:
    assert "disrespectful-language" in _rules(text, kind, UNCLE if kind == "action" else None)


def test_being_there_for_someone_says_nothing_done() -> None:
    assert "action-purposeless-verb" in _rules("Ray to be there for Leo.", "action", UNCLE)


def test_being_there_with_what_is_done_is_the_task() -> None:
    text = "Ray will be there for Leo after school on Tuesdays, giving him tea and helping with his reading."
    assert "action-purposeless-verb" not in _rules(text, "action", UNCLE)


def test_as_soon_as_possible_is_no_timescale_for_an_outcome() -> None:
    text = (
        "Leo starts a part-time timetable at Hill High as soon as possible, with Mr Shah feeding back weekly."
    )
    assert "outcome-no-timescale" in _rules(text, "outcome")


def test_as_soon_as_possible_with_a_date_has_one() -> None:
    text = "Leo starts a part-time timetable at Hill High as soon as possible and by 15 January 2027 at the latest."
    assert "outcome-no-timescale" not in _rules(text, "outcome")


@pytest.mark.parametrize("cell", ["St Giles Trust", "St Luke's Family Centre"])
def test_a_charity_or_a_centre_named_after_a_saint_is_no_person(cell: str) -> None:
    assert "who-organisation" in _rules(cell, "who")
