"""A child left as the family's safety overnight, a vague trigger whose signs are said straight after
it, "if things don't work out", help to settle somewhere with nothing said of how, and "will be going
to" somewhere read as going there."""

from __future__ import annotations

import pytest

from tests.smart.statements import needs_work, slots

CHILD = "child-given-a-grown-ups-part"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A teenager alone with the others until the morning, with nobody coming.
        (
            "If Mum has been drinking, Ellie (15) will put Sam and Jo to bed and lock up, then ring Gran in the morning.",
            True,
        ),
        (
            "If Dad is not fit to care, Aisha (12) will look after her sisters until Mum gets home from her night shift.",
            True,
        ),
        ("If Mum is too ill, Ben (16) will look after his brothers until Dad gets home at 6am.", True),
        # Minutes with a grown-up on the way, or a teenager for an evening: not the child's part alone.
        (
            "If Mum is late back from work, Ben (16) will look after his brothers until Nan gets there at 6pm.",
            False,
        ),
        ("If Mum is unwell, Jess (11) will look after Alfie until Nan comes.", False),
        # The small child goes with an older one, to a neighbour who has agreed.
        (
            "If Mum is drunk, Keira, Leon (8) and Rosie (4) can go next door to Mrs Bell, who has agreed to this.",
            False,
        ),
        # Small children on their own still are.
        ("If Mum collapses, Rosie (4) and Ava (3) will go next door to get help.", True),
    ],
)
def test_a_child_in_charge_overnight_or_alone(text: str, flagged: bool) -> None:
    assert (CHILD in needs_work(text, "contingency")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "If Mum's mood gets worse - not getting up or not eating - Aunt Rita will take the boys to school.",
            False,
        ),
        (
            "If things get worse (Mum not getting up, the boys missing school), Aunt Rita will have them.",
            False,
        ),
        (
            "If Dad is struggling, such as not getting the boys up for school, Aunt Rita will come round at 7.30am.",
            False,
        ),
        # A dash that only parts the trigger from the response says nothing of what would be seen.
        ("If things get worse - Aunt Rita will have the boys at hers.", True),
        ("If things don't work out, we'll all meet again and make a new plan.", True),
        ("If it does not work, Aunt Rita will have the boys at hers.", True),
    ],
)
def test_a_trigger_is_vague_unless_its_signs_are_said(text: str, flagged: bool) -> None:
    assert ("contingency-vague-trigger" in needs_work(text, "contingency")) is flagged


def test_help_to_settle_somewhere_says_nothing_of_how() -> None:
    assert "action-purposeless-verb" in needs_work("Help the family settle into the area.", "action")
    how = (
        "Help Leo settle into Year 3 with a buddy at playtimes and a check-in with Mrs Khan at 9am each day."
    )
    assert "action-purposeless-verb" not in needs_work(how, "action")


def test_going_somewhere_is_going_not_being() -> None:
    text = "By 20.01.2027 Tyler will be going to football training every Tuesday."
    assert slots(text, "outcome")["evidence"] == "every Tuesday"
    assert "outcome-no-measure" not in needs_work(text, "outcome")
    # "going to" before a verb is still what is to come.
    assert slots("Mum is going to ring the school every Monday.", "action")["doing"].startswith(
        "is going to ring"
    )


def test_a_course_at_college_is_a_young_persons_education() -> None:
    own = "By 26.02.2027 Dylan (17) will go to his plumbing course at Northgate College four days a week."
    assert "outcome-is-an-activity" not in needs_work(own, "outcome")
    parenting = "By 26.02.2027 Dad will go to his parenting course at Northgate College every week."
    assert "outcome-is-an-activity" in needs_work(parenting, "outcome")


def test_a_change_said_after_the_activity_by_a_date() -> None:
    text = (
        "Mrs Osei will go to an English class twice a week, and by 26.03.2027 she will be able to ring "
        "the GP surgery herself to book the children's appointments."
    )
    assert "outcome-is-an-activity" not in needs_work(text, "outcome")
    assert "outcome-is-an-activity" in needs_work(
        "Mrs Osei will go to an English class twice a week.", "outcome"
    )


def test_a_multi_agency_meeting_is_a_process() -> None:
    text = "If there is another incident, the police will be called and the risk assessment updated at the next multi-agency meeting."
    assert "contingency-process-only" in needs_work(text, "contingency")


def test_a_quoted_word_is_what_is_said_not_a_comparison() -> None:
    text = (
        "Rosie (4) will use single words to ask for what she wants - 'drink', 'more', 'toilet' - at home and "
        "at nursery by 26.03.2027, noted each Friday by her key person."
    )
    assert "outcome-no-measure" not in needs_work(text, "outcome")
    # Unquoted, "more" may be more of something: no measure is read from it.
    unquoted = needs_work("Rosie (4) will talk more at nursery, noted each Friday.", "outcome")
    assert "outcome-improve-without-measure" in unquoted


def test_a_lift_everywhere_is_a_promise_nobody_can_keep() -> None:
    assert "action-absolute" in needs_work(
        "If Kai is followed again, his uncle will drive him everywhere.", "contingency"
    )
    on_the_trip = "Nan will go everywhere with her on the school trip on 12.01.2027."
    assert "action-absolute" not in needs_work(on_the_trip, "action")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Dad to sort out the boys' school uniform.", True),
        ("Jo will sort out Mia's medicines with Mum.", True),
        # What will be done, said: the purpose, or what it will become.
        (
            "Sort out Amir's bus pass with him at the college office so he can get to college from 18.01.2027.",
            False,
        ),
        (
            "Dad will sort out the box room as a bedroom for Leo, with a bed, a lamp and a chest of drawers.",
            False,
        ),
    ],
)
def test_sort_out_says_nothing_of_what_is_done(text: str, flagged: bool) -> None:
    assert ("action-purposeless-verb" in needs_work(text, "action")) is flagged


def test_a_count_in_what_goes_on_around_the_change_is_no_measure() -> None:
    text = "Sami (14) will feel happier about minding his sister while Mum works two jobs, by 12.03.2027."
    assert "outcome-improve-without-measure" in needs_work(text, "outcome")


def test_a_neglect_concern_raised_is_a_warning_not_a_plan() -> None:
    text = "Mum has been made aware that if she keeps missing Ruby's appointments, this will be raised as a neglect concern."
    assert "contingency-a-warning" in needs_work(text, "contingency")


def test_what_is_gone_through_together_is_asked_not_compared() -> None:
    text = (
        "Lee and Sam will go through what helped on the evenings he stayed sober and what made it harder, "
        "at each Monday appointment."
    )
    assert "action-vague-comparative" not in needs_work(text, "action")
    assert "action-vague-comparative" in needs_work("Lee will drink less at weekends.", "action")


def test_a_clause_after_a_dash_is_not_the_outcomes_subject() -> None:
    text = "Mia (8) and Leo (5) are registered with a dentist by 26.02.2027 - Nan has said she'll drive them."
    assert slots(text, "outcome")["who"] == "Mia (8) and Leo"
    assert "outcome-no-measure" not in needs_work(text, "outcome")


def test_a_long_list_of_things_done_by_a_date() -> None:
    text = "Joel (6) has all his missed vaccinations and his first dentist check-up done by 26.02.2027."
    assert "outcome-no-measure" not in needs_work(text, "outcome")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # The one it is about acts on it: their own sense of it sets it off.
        (
            "If Mrs Ali is struggling with the twins, she will ring her neighbour Rukhsana, who will come round.",
            False,
        ),
        (
            "If Pete's mood gets worse, he will ring the surgery and his brother Gaz will do the school run.",
            False,
        ),
        # Someone else left to judge it, or "things".
        ("If Mrs Ali is struggling, her neighbour Rukhsana will have the twins.", True),
        ("If things get worse, she will ring Nan.", True),
    ],
)
def test_a_trigger_judged_by_the_one_who_acts_on_it(text: str, flagged: bool) -> None:
    assert ("contingency-vague-trigger" in needs_work(text, "contingency")) is flagged


def test_benefits_in_payment_by_a_date_are_a_status_a_record_shows() -> None:
    text = "Every benefit the Shah family is entitled to will be in payment by 19 February 2027."
    assert "outcome-no-measure" not in needs_work(text, "outcome")


def test_watching_then_sharing_the_figures_is_only_watching() -> None:
    text = "Mr Dean will monitor Leo's punctuality each week and share the figures at the review."
    assert "action-purposeless-verb" in needs_work(text, "action")


def test_a_worker_rung_by_name_with_their_job_in_brackets_is_a_service() -> None:
    text = "If Mei feels very low, she will ring Olivia (Perinatal Mental Health Practitioner) or the crisis line."
    assert "contingency-no-network" in needs_work(text, "contingency")
    sister = (
        "If Mei feels very low, she will ring Olivia (Perinatal Nurse) and her sister Lin will come and stay."
    )
    assert "contingency-no-network" not in needs_work(sister, "contingency")


def test_giving_up_completely_is_the_promise_the_guidance_warns_of() -> None:
    text = (
        "If Tracey drinks again, she will stop drinking completely, and her sister Claire will have the boys."
    )
    assert "action-absolute" in needs_work(text, "contingency")


def test_things_at_home_getting_worse_is_still_vague() -> None:
    text = "Amira's aunt Hana will have Yusuf if things at home get worse."
    assert "contingency-vague-trigger" in needs_work(text, "contingency")


def test_a_year_of_a_college_course_is_education() -> None:
    text = "Kai completes the first year of his Level 2 plumbing course at Riverside College by 30.06.2027."
    assert "outcome-is-an-activity" not in needs_work(text, "outcome")


def test_their_own_sense_counts_only_when_they_turn_to_someone_named() -> None:
    assert "contingency-vague-trigger" in needs_work(
        "If Dad struggles, he will reach out for help.", "contingency"
    )


def test_keeping_safe_is_what_someone_feels_sure_of_not_things_kept_as_they_are() -> None:
    text = (
        "Ana feels confident she can keep herself and Kuba (10) safe: by 22 January 2027 she has a safety plan "
        "she made with her adviser and rates her confidence 7 out of 10 or higher."
    )
    assert "outcome-generic" not in needs_work(text, "outcome")


def test_a_headline_then_its_measure_after_a_colon() -> None:
    text = (
        "Chloe gets enough sleep to get the children to school: by 29 January 2027 she is sleeping at least "
        "6 hours on 5 or more nights a week."
    )
    assert "subjective-standard" not in needs_work(text, "outcome")
    # A time of day is no colon before a measure.
    vague = "Amira (9) has an appropriate morning routine and arrives at school by 8:45am on 4 days a week by 22.01.2027."
    assert "outcome-vague-word" in needs_work(vague, "outcome")


def test_a_parents_mental_health_practitioner_rung_is_a_service() -> None:
    text = "If Deniz feels very low, she will call her Mental Health Practitioner or the crisis line."
    assert "contingency-no-network" in needs_work(text, "contingency")


def test_stays_before_a_participle_is_the_verb() -> None:
    text = "Ruby remains registered with the dentist through to the review on 25 January 2027."
    assert slots(text, "outcome")["who"] == "Ruby"
    assert "outcome-generic" in needs_work(text, "outcome")


def test_a_record_that_shows_the_days_is_how_it_is_known() -> None:
    text = (
        "Sean is sober every time he looks after Mia: his drink diary shows alcohol-free days on all his "
        "days with her up to the review on 28.01.2027."
    )
    assert "outcome-no-measure" not in needs_work(text, "outcome")
