"""Warnings and sanctions written as contingencies, pledges of every moment, triggers that say nothing of
what would be seen, and parts of a plan said in words people read differently."""

from __future__ import annotations

import pytest

from familyplan.smart import Context, explain_statement


def _rules(text: str, kind: str, who: str = "", when: str = "") -> set[str]:
    explained = explain_statement(text, kind, context=Context(who=who, when=when))
    return {f.rule for f in explained.findings if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "If Harley's trial move breaks down, he will go straight back to St Aidan's and be permanently excluded.",
        "Shanice has been reminded that if the rent arrears are not cleared, the family will be evicted.",
        "If Kayleigh does not engage with the plan, she has been made aware that the matter will be escalated.",
    ],
)
def test_a_sanction_or_a_reminder_of_one_is_a_warning_not_a_plan(text: str) -> None:
    assert "contingency-a-warning" in _rules(text, "contingency")


def test_a_plan_for_a_move_breaking_down_that_says_who_helps_is_not_a_warning() -> None:
    text = (
        "If Harley's trial move breaks down, Mr Evans will meet Harley and his mum the next day, and Harley's "
        "uncle Dean will take him to school each morning that week."
    )

    assert "contingency-a-warning" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Nan (Pauline) will be available at all times, day or night, to step in whenever Shannon is unwell.",
            "contingency",
        ),
        ("I will never leave the children on their own in the flat, not even for a minute.", "action"),
        (
            "If I feel low again I will ask for help straight away and never let it get as bad as last time.",
            "contingency",
        ),
    ],
)
def test_a_pledge_of_every_moment_is_an_absolute(text: str, kind: str) -> None:
    assert "action-absolute" in _rules(
        text, kind, "Danielle Price (Mum)", "From 08.12.2026 (review 01.02.2027)"
    )


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Mum will see her doctor if she feels she is getting worse.", "contingency-vague-trigger"),
        (
            "If the house is not kept to an acceptable standard, Dad's sister Kelly will come round to help tidy up.",
            "contingency-vague-trigger",
        ),
        (
            "If Grandad Joe can't collect Ethan from school, Dad will leave work and collect him ASAP.",
            "contingency-asap",
        ),
        (
            "Kayleigh will use her support network if she needs help with the children.",
            "contingency-helper-unnamed",
        ),
    ],
)
def test_a_contingency_that_leaves_when_or_who_to_be_judged(text: str, rule: str) -> None:
    assert rule in _rules(text, "contingency")


def test_someone_listed_after_a_colon_is_named() -> None:
    text = (
        "If Lena feels scared at home or at school she'll go to someone on her safety hand: Dad, Nan Eva, "
        "Miss Ahmed at school or Mrs Cook next door."
    )

    assert "contingency-helper-unnamed" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Aaliyah stops going to college again, Mrs Grant will ring her each morning and arrange a meeting "
        "with the college's mental health nurse.",
        "If Harvey and Lily arrive hungry, Mrs Kaur will give them breakfast at breakfast club and tell the "
        "family support worker that day.",
        "If Leon keeps vaping in school, Mr Evans will put him on a daily report card.",
        "If Mia's weight keeps dropping, Shannon will arrange for her to be seen by the paediatrician and will "
        "visit weekly instead of fortnightly.",
    ],
)
def test_workers_known_by_what_they_do_leave_the_network_out(text: str) -> None:
    assert "contingency-no-network" in _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The Khan family's money worries are sorted out by 31 March 2027.", "outcome-vague-word"),
        (
            "Fewer arguments between Steve and Lily about her drinking, down from every day to once a week by 02.02.2027.",
            "outcome-negative",
        ),
        (
            "Ruby (4) will keep going to nursery every morning as she does now, with her attendance above 95%.",
            "outcome-generic",
        ),
    ],
)
def test_an_outcome_that_is_vague_negative_or_already_so(text: str, rule: str) -> None:
    assert rule in _rules(text, "outcome")


def test_a_new_amount_paid_by_a_date_is_done_by_then() -> None:
    text = (
        "Mum's Universal Credit includes the extra money she is entitled to for caring for Dylan, with the new "
        "amount paid by 28.02.2027."
    )

    assert explain_statement(text, "outcome").verdict == "ok"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Kayleigh's new partner, Scott, is not to be at the flat when Mia and Ty are home.",
            "action-restriction",
        ),
        (
            "Jo will provide emotional support to Rachel around the house clearance and signpost her to other "
            "services as needed.",
            "action-purposeless-verb",
        ),
    ],
)
def test_an_action_that_directs_or_only_passes_on(text: str, rule: str) -> None:
    assert rule in _rules(text, "action", "Jo Marsh, Family Support Worker", "Weekly (review 26.01.2027)")


def test_a_response_whose_doer_is_only_a_number_is_still_read() -> None:
    assert explain_statement("0 WILL HELP", "contingency").verdict == "needs-work"


def test_keeping_himself_safe_with_nobody_named_is_left_to_him() -> None:
    assert "contingency-on-their-own" in _rules(
        "Jordan will keep himself safe when he is out.", "contingency"
    )


def test_the_children_a_place_is_for_do_not_respond() -> None:
    text = (
        "If Dad can't manage the mornings after his night shifts, Mrs Hale (Family Support Worker) will apply "
        "for a funded breakfast club place at Ashgrove Primary for Ben and Sky."
    )

    assert "contingency-no-network" in _rules(text, "contingency")


def test_friends_from_the_familys_temple_are_its_network() -> None:
    text = (
        "If Mr Sharma has to fly to India at short notice, Mr and Mrs Patel from the Shree Krishna temple will "
        "do the Monday and Wednesday school runs, and Mrs Sharma will tell the school office who is collecting."
    )

    assert "contingency-no-network" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        ("I won't miss any days of college from now on.", "action", "action-absolute"),
        (
            "If Mila loses weight again, Iryna will never miss a feed and will wake her every two hours.",
            "contingency",
            "action-absolute",
        ),
        ("Dad will make sure the children have a good diet.", "action", "subjective-standard"),
        (
            "Miss Kaur will monitor Tyler's attendance daily and keep an eye on his punctuality.",
            "action",
            "action-purposeless-verb",
        ),
        (
            "Lauren will monitor Mason's weight at baby clinic every two weeks and plot it in his red book.",
            "action",
            "action-purposeless-verb",
        ),
        (
            "If the arguments carry on, Rob will stay at his brother Paul's until the family support worker says it is "
            "safe for him to come home.",
            "contingency",
            "action-restriction",
        ),
        (
            "Robel's attendance is above the PA threshold (90%) by the end of the spring term.",
            "outcome",
            "statement-acronym",
        ),
        (
            "If the hosting arrangement breaks down, the council's Homes for Ukraine team will find the family a new sponsor.",
            "contingency",
            "contingency-no-network",
        ),
        (
            "If Hei-man stops going to school, Ms Lo and the attendance officer will do a home visit that week.",
            "contingency",
            "contingency-no-network",
        ),
        (
            "If Andrii starts drinking heavily again, Claire will bring his appointments forward to weekly.",
            "contingency",
            "contingency-no-network",
        ),
    ],
)
def test_pledges_standards_watching_and_workers_found_in_more_wordings(
    text: str, kind: str, rule: str
) -> None:
    assert rule in _rules(
        text, kind, "Miss Jas Kaur (Attendance Officer)", "Every school day (review 26.01.2027)"
    )


def test_a_parent_taking_part_on_the_way_is_the_familys_part() -> None:
    text = (
        "If Noah can't go into class from the side gate, Miss Patel will take him to the library first, with Dad "
        "staying for ten minutes. If Noah misses two days in a week, Miss Patel will ring Dad that Friday."
    )

    assert "contingency-no-network" not in _rules(text, "contingency")


def test_a_subject_that_ends_in_a_date_keeps_its_verb() -> None:
    text = (
        "Every health appointment for Mrs Noori between now and 29.01.2027 has a Dari interpreter booked, so "
        "Mrs Noori speaks for herself."
    )

    assert explain_statement(text, "outcome").verdict == "ok"
