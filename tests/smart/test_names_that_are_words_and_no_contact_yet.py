"""Names made of English words, and "there's no contact" as a situation, not a restriction."""

from __future__ import annotations

from familyplan.smart import Context, check_statement, explain_statement


def _rules(text: str, kind: str, who: str = "", when: str = "") -> set[str]:
    return {f.rule for f in check_statement(text, kind, context=Context(who=who, when=when))}


def test_theres_no_contact_yet_is_a_situation_not_a_restriction() -> None:
    text = "If Jade is not home by 10pm Dad will text her, and if there's still no contact by 11pm he will ring 101."
    assert "action-restriction" not in _rules(text, "contingency")
    assert "action-restriction" in _rules("If Dad drinks, there will be no contact with Jade.", "contingency")


def test_a_comparative_in_a_services_name_is_its_name() -> None:
    who, when = "Amy Lowe, Outreach Worker, Brighter Futures", "By 20.01.2027"
    text = "Amy will meet Mum at the Brighter Futures office to plan the move together."
    assert "action-vague-comparative" not in _rules(text, "action", who, when)
    assert "action-vague-comparative" in _rules(
        "Amy will help Mum make the flat brighter.", "action", who, when
    )


def test_a_first_name_that_is_also_a_word_is_who_acts() -> None:
    text = "Bill Evans will make sure Dad gets to his anger management course."
    reading = explain_statement(text, "action", context=Context(who="Bill Evans, Probation Officer")).reading
    who = reading.slot("who")
    assert who is not None
    assert who.text == "Bill Evans"
    assert "action-referral-only" in _rules(
        text, "action", "Bill Evans, Probation Officer", "Weekly from 11.01.2027"
    )


def test_plan_b_is_a_label_and_what_is_said_of_it_is_judged() -> None:
    assert "action-purposeless-verb" in _rules(
        "Plan B to be discussed if the move falls through.", "contingency"
    )
    reading = explain_statement("Plan B to be discussed if the move falls through.", "contingency").reading
    doing = reading.slot("doing")
    assert doing is not None
    assert doing.text == "to be discussed"


def test_a_parent_kept_from_the_home_is_a_restriction_but_a_child_not_home_is_a_trigger() -> None:
    assert "action-restriction" in _rules(
        "Stepdad not to return to the flat while the children live there.", "contingency"
    )
    trigger = "If Kai does not return to the house by 10pm, Mum will ring his friend's mum."
    assert "action-restriction" not in _rules(trigger, "contingency")
