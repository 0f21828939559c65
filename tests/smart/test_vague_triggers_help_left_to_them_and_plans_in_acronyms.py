"""A contingency whose trigger says only that things go wrong, one that leaves the trouble to the
person it is about, and statements written in acronyms are asked to be put right (seed 002, seed
000); a vague word that a scale measures, a list of things someone will have, and a trigger with its
examples between dashes are read as a reviewer reads them."""

from __future__ import annotations

import pytest

from familyplan.smart import check_statement


def _rules(text: str, kind: str = "contingency") -> set[str]:
    return {f.rule for f in check_statement(text, kind)}


@pytest.mark.parametrize(
    "text",
    [
        "If things go downhill again, Uncle Marek will have the boys for the weekend.",
        "Mum will text Aunty Jo if there are any more problems.",
        "If this plan isn't working, Grandad Wyn will collect Seren from school.",
        "Should worries continue, Nana Beth will stay over on Sunday nights.",
    ],
)
def test_a_trigger_that_says_only_that_things_go_wrong_is_asked_to_say_what(text: str) -> None:
    assert "contingency-vague-trigger" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "If there are problems with the bus pass, Uncle Marek will drive the boys to school.",
        "If Dad misses two contact visits in a row, Nana Beth will ring him that evening.",
        "If the plan to share the school run stops because Dad's shifts change, Nana Beth will do Tuesdays.",
    ],
)
def test_a_trigger_that_says_what_goes_wrong_is_not_vague(text: str) -> None:
    assert "contingency-vague-trigger" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "If the gas is cut off, Lena will have to sort it out herself.",
        "If the arguments about contact start again, Sam and Priya will sort it out between themselves.",
        "If the debt letters keep coming, I'll deal with it myself.",
    ],
)
def test_trouble_left_to_the_one_it_is_about_is_asked_who_will_help(text: str) -> None:
    assert "contingency-on-their-own" in _rules(text)


def test_trouble_sorted_out_with_a_named_helper_is_not_left_to_them() -> None:
    text = "If the arguments about contact start again, Sam will ring Aunty Jo, who will sit down with them both to sort it out."
    assert "contingency-on-their-own" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "If Noah is frightened at night he will go to a neighbour's flat.",
        "If Dad is arrested, the children will stay at a relative's house.",
    ],
)
def test_a_house_of_someone_unnamed_does_not_say_who_will_help(text: str) -> None:
    assert "contingency-helper-unnamed" in _rules(text)


def test_someone_told_what_will_follow_does_not_step_in() -> None:
    assert "contingency-process-only" in _rules(
        "If the bins are not emptied, Dan understands it will become a safeguarding matter."
    )


@pytest.mark.parametrize(
    "text",
    [
        "If Mum finds the new baby hard, she needs to do a better job of asking for help.",
        "If Remi is out past midnight again, Dad needs to do a better job of checking where he is.",
    ],
)
def test_wording_that_talks_down_to_the_family_is_asked_to_be_changed(text: str) -> None:
    assert "disrespectful-language" in _rules(text)


def test_a_trigger_with_its_examples_between_dashes_ends_at_the_second_dash() -> None:
    text = (
        "If Jodie thinks her ex is getting in touch again - texts, calls or friends passing on messages - "
        "she'll tell Ana Ruiz (Domestic Abuse Worker) at their weekly call and they'll go over her safety plan."
    )
    assert "contingency-helper-unnamed" not in _rules(text)


def test_a_trigger_set_out_under_a_heading_with_a_dash_sets_it_off() -> None:
    text = "Trigger - Kofi misses the bus twice in one week. Who - Auntie Ama drives him in."
    assert "contingency-no-trigger" not in _rules(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Parents to work with the FSW on the concerns from the EHA by 12.03.2027.", "outcome"),
        ("Refer to CAMHS via the SPA and send the SDQ to the SENCO.", "action"),
        ("If concerns rise, DSL to make a MASH referral and inform CSC.", "contingency"),
    ],
)
def test_a_statement_written_in_acronyms_is_asked_to_be_written_out(text: str, kind: str) -> None:
    assert "written-in-acronyms" in _rules(text, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "If the council turns down the EHC plan request, Mrs Owen (SENCO at Brynmawr Primary) will meet "
            "Mum that week to go through the letter and what to send back by the deadline.",
            "contingency",
        ),
        (
            "Dr Shah will see Leo at the CAMHS clinic on 4 May 2027 to go through his sleep diary with Mum.",
            "action",
        ),
        (
            "Mum will take Leo to his CAMHS appointment, and tell the SENCO what they said, by 20 May 2027.",
            "action",
        ),
    ],
)
def test_one_or_two_acronyms_in_a_long_plain_sentence_are_hints_only(text: str, kind: str) -> None:
    assert "written-in-acronyms" not in _rules(text, kind)


def test_two_acronyms_joined_by_a_slash_are_both_acronyms() -> None:
    found = [
        f.text
        for f in check_statement(
            "Go through the worries about CSE/CCE with Mum at home on Tuesday afternoon after the school run.",
            "action",
        )
        if f.rule == "statement-acronym"
    ]
    assert found == ["CSE", "CCE"]


def test_a_vague_word_measured_on_a_scale_is_judged_by_the_scale() -> None:
    text = "Ola will score her own wellbeing 7/10 or higher on the school check-in each week by 30 June 2027."
    assert "outcome-vague-word" not in _rules(text, "outcome")
    assert "outcome-vague-word" in _rules("Ola will have improved wellbeing by 30 June 2027.", "outcome")


def test_a_list_of_things_someone_will_have_is_checked_on_the_day() -> None:
    text = "Jamal (17) will have a passport, a National Insurance number and a bank account by 30 September 2027."
    assert "outcome-no-measure" not in _rules(text, "outcome")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Make sure Jacob's needs are met while the family are in the hostel.", "action"),
        ("By 30 June 2027 the twins' health needs will be met.", "outcome"),
        ("Grandma Lou will meet their needs at home by 1 May 2027.", "outcome"),
    ],
)
def test_needs_met_is_what_success_is_judged_by_and_says_nothing_of_which(text: str, kind: str) -> None:
    assert "outcome-vague-word" in _rules(text, kind)


def test_a_place_that_meets_a_named_need_is_not_vague() -> None:
    text = "Isla is at a nursery that can meet her speech needs, and uses her picture cards every day, by 01.05.2027."
    assert "outcome-vague-word" not in _rules(text, "outcome")


def test_thinking_again_later_is_not_something_done() -> None:
    assert "action-purposeless-verb" in _rules(
        "If the college place falls through, we will think again in the summer."
    )


def test_a_trigger_ended_by_a_dash_leaves_its_response_to_be_judged() -> None:
    assert "contingency-no-network" in _rules("If Freddie isn't home by midnight - police.")
    assert "contingency-no-network" not in _rules(
        "If Freddie isn't home by midnight - Uncle Ray drives round to find him."
    )


def test_a_deadline_that_moves_is_asked_for_as_a_date_whatever_pattern_it_holds() -> None:
    moving = "Within 10 weeks Darcy will be at nursery for all of her 15 hours each week."
    kept = "Darcy will be at nursery every morning for the next 10 weeks, from 1 March 2027."
    assert "outcome-relative-timescale" in _rules(moving, "outcome")
    assert "outcome-relative-timescale" not in _rules(
        "Darcy will be at nursery every morning for the next 10 weeks.", "outcome"
    )
    assert "outcome-relative-timescale" not in _rules(kept, "outcome")


def test_a_word_the_word_tables_do_not_know_can_be_the_subject() -> None:
    text = "Finn's wellbeing to be promoted while he lives with his aunt, by 31 July 2027."
    assert "outcome-professional-phrase" in _rules(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "If the boiler breaks, Grandad Tom will sort it out himself.",
        "If the landlord won't fix the damp, Dad will ring the housing officer and sort it out between them.",
    ],
)
def test_someone_from_the_network_or_brought_in_sorting_it_out_is_the_help(text: str) -> None:
    assert "contingency-on-their-own" not in _rules(text)


def test_someone_in_the_network_who_is_aware_and_acts_steps_in() -> None:
    rules = _rules("If Mum relapses, Nana is aware and will have the children.")
    assert not rules & {"contingency-no-network", "contingency-process-only"}


@pytest.mark.parametrize(
    "text",
    [
        "If there are concerns she is self-harming, Mum will ring the GP that day and stay with her.",
        "If there are worries Dad has been drinking before contact, Nan Pat will supervise it.",
    ],
)
def test_a_worry_that_goes_on_to_say_what_it_is_is_not_vague(text: str) -> None:
    assert "contingency-vague-trigger" not in _rules(text)
