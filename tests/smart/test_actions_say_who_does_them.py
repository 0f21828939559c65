"""An action written in the passive does not say who does it, even with the "who" column filled (seed 000:
"everyone within the family plan understands their role and responsibility")."""

from __future__ import annotations

import pytest

from familyplan.smart import Context, check_statement


def _rules(text: str, who: str = "Kerry Walsh (mum)") -> set[str]:
    context = Context(who=who, when="Weekly from 10.01.2027 (review 21.02.2027)")
    return {f.rule for f in check_statement(text, "action", context=context)}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("A sleep diary will be kept and brought to each visit.", "Kerry Walsh (mum)"),
        (
            "Ayaan's standing frame to be delivered and set up at home.",
            "Lucy Fenwick, Occupational Therapist",
        ),
        (
            "The reward chart will be looked at every Friday.",
            "Jenny Marsh (Home-Start volunteer) / Tasha Grant (mum)",
        ),
        ("Dental check-ups for both boys to be booked.", "Danielle Hughes (mum)"),
        ("A Polish interpreter will be booked for every visit.", "Kerry Ashworth, Early Help Practitioner"),
    ],
)
def test_an_action_that_happens_by_itself_asks_who_does_it(text: str, who: str) -> None:
    assert "action-passive" in _rules(text, who)


@pytest.mark.parametrize(
    "text",
    [
        "Kerry will keep a sleep diary and bring it to each visit.",
        "The reward chart will be looked at every Friday by Jenny and Tasha together.",
        "Mum will be shown how to make up a bottle safely at each visit.",
        "Mr Ali will be met at the gate by his son every Friday.",
        "Ben will be collected from school by his nan every Wednesday at 3.15pm.",
        "A quiet room will be available for Ella at lunchtime every day.",
    ],
)
def test_an_action_that_says_who_does_it_passes_this_rule(text: str) -> None:
    assert "action-passive" not in _rules(text)


def test_with_nobody_in_the_who_column_the_rule_for_no_one_named_speaks_alone() -> None:
    rules = {
        f.rule for f in check_statement("A sleep diary will be kept and brought to each visit.", "action")
    }

    assert "action-no-agent" in rules
    assert "action-passive" not in rules
