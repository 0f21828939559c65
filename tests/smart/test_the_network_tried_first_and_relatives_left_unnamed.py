"""Workers after the family's network has been tried, relatives and friends who act under any
reading, aunts left unnamed, limits and dates in a note's trigger, and more ways a response, an
outcome or an action falls short of the guidance (seeds 002, 004)."""

from __future__ import annotations

import pytest

from familyplan.smart import Context, check_statement


def _rules(text: str, kind: str = "contingency", context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, context=context) if context else check_statement(text, kind)
    return {f.rule for f in found if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "If no one in the family can have Ruby during exam week, Gemma Shaw (Nursery Manager) will offer extra sessions.",
        "If the bursary is late, Sam Okafor (Personal Adviser) rings the payment line with her; Dawn lets her off board that week.",
        "Ruby refusing solids for over a week → Beth Hale (Family Nurse) comes for a mealtime visit, with Dawn sitting in.",
        "If Kay misses two sessions, Rhian Evans (domestic abuse worker) will ring her, and with Kay's OK Chloe can come too.",
    ],
)
def test_the_network_tried_first_or_acting_beside_the_worker_is_not_left_out(text: str) -> None:
    assert "contingency-no-network" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cot not here by 16.12.2026? Aunty Lisa lends her travel cot that weekend.",
        "Mood score 3/10 or lower for a week → Beth (Family Nurse) helps Kay book the GP and Dawn does the night feeds.",
    ],
)
def test_a_date_or_a_limit_in_a_notes_trigger_still_sets_it_off(text: str) -> None:
    assert "contingency-no-trigger" not in _rules(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "If Kay has to leave home in a hurry, her aunt will take her and the baby in.",
            "contingency-helper-unnamed",
        ),
        (
            "If Kay struggles with college, Mrs Ahmed will meet her and Dawn will have the baby.",
            "contingency-vague-trigger",
        ),
        (
            "Should concerns increase around Jordan, Rhian will see Kay more often.",
            "contingency-vague-trigger",
        ),
        (
            "Should there be any further concerns, Bev and Marek will take turns on the night care.",
            "contingency-vague-trigger",
        ),
        ("If Maja's sleep doesn't get better, Bev will sleep over on Fridays.", "contingency-vague-trigger"),
        (
            "If Kacper's behaviour at school deteriorates, Mr Lewis will call Dad.",
            "contingency-vague-trigger",
        ),
        ("If Jordan contacts her, Kay will never reply and will block him for good.", "action-absolute"),
        (
            "Should Nan be unable to travel at Easter, Mum and Dad will manage on their own.",
            "contingency-on-their-own",
        ),
    ],
)
def test_a_contingency_that_falls_short(text: str, rule: str) -> None:
    assert rule in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "If Mum is in hospital, her aunt Rosa will take the children.",
        "If the baby wakes, Mum will never leave her to cry alone.",
        "If Jo's coping score drops below 4, Lena goes to Aunt Bev's for the weekend.",
    ],
)
def test_a_named_aunt_a_carers_rule_and_a_score_with_its_level_pass(text: str) -> None:
    assert not _rules(text) & {"contingency-helper-unnamed", "action-absolute", "contingency-vague-trigger"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Kay to take responsibility for her poor choices and tell Rhian two things she does differently by 03.03.2027.",
            "disrespectful-language",
        ),
        (
            "Mum to be more compliant with the nurse's advice on night positioning, checked at each visit to 12.02.2027.",
            "disrespectful-language",
        ),
        (
            "Kay and the baby to have a better daily routine at home by 20.01.2027.",
            "outcome-improve-without-measure",
        ),
        (
            "Kay's confidence with money to grow before she turns 18 on 03.05.2027.",
            "outcome-improve-without-measure",
        ),
        (
            "The baby no longer sleeping in Kay's bed by 13 January 2027, as checked by Beth Hale, Family Nurse.",
            "outcome-negative",
        ),
    ],
)
def test_an_outcome_that_falls_short(text: str, rule: str) -> None:
    assert rule in _rules(text, "outcome")


def test_someone_who_writes_it_in_a_diary_is_how_we_will_know() -> None:
    text = "Ruby settled at nursery on college days by 29 Jan 2027, eating and napping there as Aisha, her key person, records in the daily diary."
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_monitoring_at_home_visits_is_still_only_monitoring() -> None:
    context = Context(who="Beth Hale (Family Nurse)", when="Fortnightly Thursdays, review 20.01.2027")
    assert "action-purposeless-verb" in _rules(
        "Beth to monitor Ruby's weight and development at home visits.", "action", context
    )


@pytest.mark.parametrize(
    "text",
    [
        "If Kay and her mum can't live together any more, Sam Okafor (Personal Adviser) will find Kay and the baby "
        "an emergency placement.",
    ],
)
def test_people_only_found_a_place_are_not_who_responds(text: str) -> None:
    assert "contingency-no-network" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "If Lina drops below her centile line twice running, Gemma Price (Health Visitor) arranges a GP check and "
        "Aisha from the sisters' group helps Farida get there.",
        "Two missed deadlines → Mrs Ahmed (Course Tutor) books a study afternoon for Kay, and Chloe, who is on the "
        "same course, studies alongside her.",
        "If Kay wants to move out before she's 18, Sam (Personal Adviser) will go through supported lodgings with "
        "her and Dawn, so she has a safe place lined up first.",
        "If the new medicine makes no difference by 31.03.2027, Dr Amin will refer Maja to the sleep clinic; "
        "meanwhile Bev and Piotr share the weekend night shifts.",
    ],
)
def test_someone_of_the_family_joined_to_the_response_is_the_network(text: str) -> None:
    assert "contingency-no-network" not in _rules(text)


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        (
            "Should Jordan be waiting at the college gates, staff will walk Kay to the bus stop and Dawn will collect her.",
            "staff",
        ),
        (
            "If the bursary hasn't arrived by 29.01.2027, someone from college will chase it and Dawn will cover her fare.",
            "someone",
        ),
    ],
)
def test_staff_or_someone_from_a_place_with_a_part_of_their_own_is_unnamed(text: str, unnamed: str) -> None:
    found = [f for f in check_statement(text, "contingency") if f.rule == "contingency-helper-unnamed"]
    assert [text[f.start : f.end] for f in found] == [unnamed]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "If Kai runs off, Nan will ring round friends and family to find him.",
            "contingency-helper-unnamed",
        ),
        ("If Kai kicks off, Dad will always stay calm and never raise his voice.", "action-absolute"),
        ("If it gets too much for Nan, Aunt Sue will have the boys.", "contingency-vague-trigger"),
    ],
)
def test_friends_rung_unnamed_a_pledge_of_calm_and_too_much_for_someone(text: str, rule: str) -> None:
    assert rule in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "If it gets too much at home I'll text Uncle Steve 'red' and walk to his flat.",
        "Dad feels pulled back towards old mates or drink → rings Uncle Steve first → Steve takes him out that evening.",
    ],
)
def test_ones_own_sense_of_it_sets_the_contingency_off(text: str) -> None:
    assert not _rules(text) & {"contingency-vague-trigger", "contingency-no-trigger"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Dad needs to accept that his offending has hurt Kai, so that Kai rates their relationship 5/10 by 31.03.27.",
            "disrespectful-language",
        ),
        (
            "Dad to stay on the right track by 31.05.2027, confirmed by his probation officer.",
            "outcome-vague-word",
        ),
    ],
)
def test_blame_and_a_track_kept_to_are_named(text: str, rule: str) -> None:
    assert rule in _rules(text, "outcome")


def test_a_where_clause_opening_the_contingency_is_its_trigger() -> None:
    text = "Where Ruby has three or more lates in a fortnight, Aunt Kerry and Dad will be informed by letter."
    assert "contingency-no-network" in _rules(text)


def test_a_notes_colon_after_what_goes_wrong_sets_it_off_and_who_has_agreed_responds() -> None:
    text = "Bev is away 8–19 March 2027: Pat has agreed to do the Monday and Thursday visits for those two weeks."
    assert not _rules(text) & {"contingency-no-trigger", "contingency-no-network"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Should Mum's anxiety get too much for her, Kerry will stay for a few days.",
            "contingency-vague-trigger",
        ),
        (
            "On mornings Aisha is unavailable, another parent from Ruby's class will bring her in.",
            "contingency-helper-unnamed",
        ),
    ],
)
def test_anxiety_too_much_and_another_parent(text: str, rule: str) -> None:
    assert rule in _rules(text)


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "Ruby's attendance will be kept above 90% on an ongoing basis, with the register checked weekly.",
            "outcome",
            "outcome-no-timescale",
        ),
        (
            "Mum to make sure Ruby has a proper breakfast and looks presentable before school.",
            "action",
            "subjective-standard",
        ),
        ("Ruby will have a healthy diet at home by 12 March 2027.", "outcome", "subjective-standard"),
    ],
)
def test_ongoing_and_standards_people_judge_differently(text: str, kind: str, rule: str) -> None:
    context = Context(who="Leanne (Mum)", when="School days, review 12/02/27") if kind == "action" else None
    assert rule in _rules(text, kind, context)


def test_being_at_a_childs_event_on_its_weekday_and_date_is_seen_on_the_day() -> None:
    text = "'I want Mum to watch my assembly.' – Ruby. Mum will be sitting in the hall for the assembly on Friday 14 May 2027."
    assert "outcome-no-measure" not in _rules(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Mum's anxiety will improve, measured on the scale her practitioner uses at each call, by 30.04.2027.",
        "Mum and Dad's sleep will improve by 9 March 2027, evidenced through the night diary.",
        "Mum will have regular contact with Aunt Kerry, reported at each review up to 15 July 2027.",
    ],
)
def test_a_record_named_for_a_change_of_no_size_measures_nothing(text: str) -> None:
    assert _rules(text, "outcome") & {"outcome-improve-without-measure", "outcome-no-measure"}


@pytest.mark.parametrize(
    "text",
    [
        "Mum's anxiety will improve from 8/10 to 5/10 on the scale her practitioner uses, by 30.04.2027.",
        "Mia's reduced timetable builds up to full days by 5 March 2027, and her class register shows her in every lesson.",
    ],
)
def test_a_change_with_how_far_is_measured(text: str) -> None:
    assert not _rules(text, "outcome") & {"outcome-improve-without-measure", "outcome-no-measure"}


def test_up_to_a_date_is_no_level_to_reach() -> None:
    text = "Kai will see his dad regularly up to 15 July 2027."
    assert "outcome-no-measure" in _rules(text, "outcome")


def test_where_inside_a_clause_is_no_trigger() -> None:
    assert "contingency-no-trigger" in _rules(
        "I can go to Uncle Steve's and he'll tell Nan where I am. – Kai"
    )
