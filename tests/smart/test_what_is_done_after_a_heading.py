"""An action that opens with what it is about and then says what is done, after ", then" or ";"."""

from __future__ import annotations

from familyplan.smart import Context, check_statement


def _rules(text: str, who: str, when: str) -> set[str]:
    return {f.rule for f in check_statement(text, "action", context=Context(who=who, when=when))}


MUM = "Nia Jones (Mum)"
NIGHTLY = "Nightly from 01.02.2027, review 15.03.2027"


def test_what_is_done_after_then_is_the_doing() -> None:
    text = "Bath and a story with Osian, then sit outside his door for five minutes until he is asleep."
    assert "action-no-doing" not in _rules(text, MUM, NIGHTLY)


def test_what_is_done_after_a_semicolon_is_the_doing() -> None:
    nurse = "Ffion Price, School Nurse, Ysgol y Dderwen"
    weekly = "Tuesdays 12.01.2027 to 09.02.2027"
    text = (
        "Five lunchtime sessions with Megan on sleep and screens; Megan then shows Mum her new bedtime plan."
    )
    assert not {"action-no-doing", "action-referral-only"} & _rules(text, nurse, weekly)


def test_a_heading_names_what_is_attended() -> None:
    assert "action-referral-only" in _rules("Parenting group; Mum will go every Thursday.", MUM, NIGHTLY)
