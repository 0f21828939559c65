"""A skill someone can show by a date is checkable; a record of a registration shows itself,
whoever it is for; every health appointment kept is the need met; someone who will check it is
how we will know. Help with a topic alone, work on something, thinking about what to do and a
case closed are no plan; blame and contact stopped are named."""

from __future__ import annotations

import pytest

from familyplan.smart import check_statement


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in check_statement(text, kind) if f.severity.needs_work}


def test_a_skill_shown_by_a_date_is_checkable() -> None:
    text = "Noah (12) can check his own inhaler technique and count his doses at break time by 21 July 2027."
    assert "outcome-no-measure" not in _rules(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Kai will be able to talk through his worries by the end of spring term 2027.",
        "Mum can cope by March 2027.",
    ],
)
def test_an_inner_skill_by_a_date_still_needs_a_measure(text: str) -> None:
    assert "outcome-no-measure" in _rules(text, "outcome")


def test_a_registration_said_after_and_shows_itself() -> None:
    text = "Omar and Leila know how to book a GP, and both children are registered at Park Road Surgery by 22 January 2027."
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_every_health_appointment_kept_is_the_need_met() -> None:
    text = (
        "Ruby gets to every hospital clinic in Leeds between February and July 2027, with transport booked by "
        "1 February 2027 and Uncle Des as back-up driver."
    )
    assert "outcome-is-an-activity" not in _rules(text, "outcome")


def test_every_parenting_session_attended_is_still_an_activity() -> None:
    text = "Mum and Dad will attend every parenting group session by March 2027."
    assert "outcome-is-an-activity" in _rules(text, "outcome")


def test_someone_who_will_note_it_on_a_day_is_how_we_will_know() -> None:
    text = "Leo puts on his coat and zips it up at home time in March 2027 - his key person will note this in the spring nursery report."
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_a_feeling_someone_will_check_is_still_not_measured() -> None:
    text = "Mum will feel happier in herself by March 2027 - her worker will check this at each visit."
    assert "outcome-improve-without-measure" in _rules(text, "outcome")


@pytest.mark.parametrize("text", ["Help Olena with benefits.", "Gran will help with homework."])
def test_help_with_a_topic_alone_says_nothing_of_what_is_done(text: str) -> None:
    assert "action-purposeless-verb" in _rules(text, "action")


def test_help_with_the_form_named_says_what_is_done() -> None:
    assert "action-purposeless-verb" not in _rules(
        "Help Mum with the PIP form at the Tuesday visit.", "action"
    )


def test_work_on_something_opening_an_action_is_vague_however_it_is_read() -> None:
    assert "action-purposeless-verb" in _rules("Work on Zara's eating.", "action")


def test_thinking_about_what_to_do_is_no_purpose() -> None:
    assert "action-purposeless-verb" in _rules(
        "We'll think about what to do if it goes wrong.", "contingency"
    )


def test_showing_someone_how_to_do_something_says_what_is_done() -> None:
    text = "Show Mum how to set up the payment plan at the visit on 12/01/2027."
    assert "action-purposeless-verb" not in _rules(text, "action")


def test_a_case_closed_to_the_service_is_a_process() -> None:
    text = "If the family stop coming, they will be closed to the service."
    assert "contingency-process-only" in _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("If Mum fails to attend, Nan will take Leo to the clinic.", "contingency"),
        ("Dad to stop wasting money on takeaways by April 2027.", "outcome"),
    ],
)
def test_blame_is_named(text: str, kind: str) -> None:
    assert "disrespectful-language" in _rules(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "If Dad will not see the GP about his low mood, Nan will go with him to the next appointment.",
        "If Mum and Dad start to argue, they will go into the kitchen so Lily and Ben will not see them arguing.",
    ],
)
def test_not_seeing_someone_is_no_restriction_in_itself(text: str) -> None:
    assert "action-restriction" not in _rules(text, "contingency")


def test_a_skill_said_as_getting_on_still_needs_a_measure() -> None:
    assert "outcome-no-measure" in _rules("Ben can get on with his sister by April 2027.", "outcome")


def test_coping_better_without_help_is_still_better_than_nothing_said() -> None:
    text = "Mum will cope better without relying on her friends by March 2027."
    assert "outcome-improve-without-measure" in _rules(text, "outcome")


def test_a_parents_own_clinic_appointments_are_still_a_service_attended() -> None:
    assert "outcome-is-an-activity" in _rules(
        "Dad will attend every alcohol clinic appointment by March 2027.", "outcome"
    )


def test_teaching_how_to_do_something_is_what_the_work_is_for() -> None:
    text = "Sarah will work with Mum on how to use the gas meter top-up app at the visit on 12/01/2027."
    assert "action-purposeless-verb" not in _rules(text, "action")


@pytest.mark.parametrize("who", ["Kerry Dunn, family friend", "Pat Moss, neighbour"])
def test_a_named_friend_or_neighbour_is_one_person_with_their_part(who: str) -> None:
    assert not _rules(who, "who")


def test_a_call_noted_only_to_hear_how_things_are_is_checking_in() -> None:
    text = "Fortnightly phone call to Mr Osei to see how things are."
    assert "action-purposeless-verb" in _rules(text, "action")


def test_a_call_noted_with_something_done_after_is_not() -> None:
    text = "Fortnightly phone call to Mr Osei to see how things are and agree one thing to try that week."
    assert "action-purposeless-verb" not in _rules(text, "action")


def test_a_sign_given_for_every_handover_is_how_often_it_is_seen() -> None:
    text = "Leon gives a thumbs up on his feelings chart for every handover between Mum's and Dad's during March 2027."
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_something_done_at_an_event_on_its_day_is_seen_that_day() -> None:
    text = "Mum and Dad both sit in with Mia's teacher at her parents' evening on 9 March 2027 and hear her report together."
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_a_feeling_on_a_day_is_still_not_seen() -> None:
    assert "outcome-no-measure" in _rules("Kai will be happy on 10 March 2027.", "outcome")


def test_a_chart_kept_is_a_record_not_things_kept_as_they_are() -> None:
    text = "Ava (3) is using the potty for wees by the end of May 2027 - Dad and nursery will both keep the sticker chart."
    assert "outcome-generic" not in _rules(text, "outcome")


def test_finances_stabilised_by_a_date_are_not_seen_on_the_day() -> None:
    assert "outcome-no-measure" in _rules(
        "The Nowak family's finances are stabilised by June 2027.", "outcome"
    )


def test_a_maternal_grandmother_not_named_is_no_helper_named() -> None:
    text = "Paternal grandmother to look after the boys if Dad is admitted."
    assert "contingency-helper-unnamed" in _rules(text, "contingency")


def test_a_maternal_grandmother_named_is_a_helper() -> None:
    text = "If Dad is admitted, paternal grandmother Rose Hill will look after the boys at hers."
    assert "contingency-helper-unnamed" not in _rules(text, "contingency")


def test_stopping_contact_is_a_restriction() -> None:
    text = "If Dad is late for handovers again, Mum will stop contact."
    assert "action-restriction" in _rules(text, "contingency")


def test_a_figure_to_go_up_from_with_none_to_reach_is_no_measure() -> None:
    text = "Layla's attendance to go up from 68% this term, with Nan doing the school run on Mondays, by the review on 12/03/2027."
    assert "outcome-no-measure" in _rules(text, "outcome")


def test_a_figure_to_go_up_from_and_to_is_a_measure() -> None:
    text = "Layla's attendance to go up from 68% to 90% by the review on 12/03/2027."
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_a_course_turned_down_is_not_the_action() -> None:
    text = (
        "Dev has said he won't do the parenting course. Instead, Amir will meet him at the library once a "
        "fortnight to go over what is working with the girls' bedtimes."
    )
    assert "action-referral-only" not in _rules(text, "action")


def test_continuing_to_monitor_is_still_monitoring() -> None:
    assert "action-purposeless-verb" in _rules("Continue to monitor attendance closely.", "action")


def test_watching_and_flagging_concerns_is_still_watching() -> None:
    assert "action-purposeless-verb" in _rules(
        "Keep an eye on Leo's mood in class and flag any concerns.", "action"
    )


def test_more_often_says_no_how_much() -> None:
    text = "Alfie will get to school on time more often by the review on 9 March 2027."
    assert "outcome-improve-without-measure" in _rules(text, "outcome")


def test_a_note_of_who_does_what_after_an_arrow_says_what_is_done() -> None:
    text = "Nan + Rio → Friday tea together, TV off, each picks one good thing from the week"
    assert "action-no-doing" not in _rules(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "Grandad will support Dad by keeping the boys overnight on Saturdays.",
        "Auntie Bev will support Mum and cook meals with the girls on Wednesdays.",
    ],
)
def test_support_said_with_a_task_done_is_the_task(text: str) -> None:
    assert "action-purposeless-verb" not in _rules(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "Jo will support Mum by keeping in regular contact.",
        "Sam will support the family and signpost services.",
        "Sam will support Dad and check progress.",
    ],
)
def test_support_said_with_more_of_the_same_is_still_vague(text: str) -> None:
    assert "action-purposeless-verb" in _rules(text, "action")


def test_time_for_herself_is_not_doing_it_alone() -> None:
    text = "Chloe will have more time for herself and her friends by 31.03.2027."
    assert "outcome-improve-without-measure" in _rules(text, "outcome")


def test_a_state_in_their_own_words_at_a_review_is_how_we_will_know() -> None:
    text = (
        "By 30 April 2027 Tariq will feel safe walking home from school, as he tells us at the April review."
    )
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_more_of_a_feeling_in_their_own_words_is_still_more_than_nothing_said() -> None:
    text = "Mum will feel more confident, as she tells us at the review."
    assert "outcome-improve-without-measure" in _rules(text, "outcome")


def test_both_parents_at_a_childs_event_on_its_day_is_seen() -> None:
    text = "Both parents are at Mia's school concert on 24.03.2027 and her sports day on 19.06.2027."
    assert "outcome-no-measure" not in _rules(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Jay will control his temper by 31/03/2027, and Mum will keep a log.",
        "Mum will manage her money on 31 March 2027.",
    ],
)
def test_a_log_kept_or_a_day_named_does_not_measure_a_vague_change(text: str) -> None:
    assert "outcome-no-measure" in _rules(text, "outcome")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Mum will follow a consistent bedtime routine with Ella: bath at 6.30pm, story at 7pm, lights out by 7.30pm.",
            "action",
        ),
        (
            "By half term, Jay is home by 10pm on school nights, with ongoing encouragement from his youth worker Dan.",
            "outcome",
        ),
        ("If Mum relapses, the maternal grandmother (Rose) will have the children at hers.", "contingency"),
        ("Daily phone call from Nan to see how Mum is coping.", "action"),
        (
            "If Mum is admitted to hospital, Nan's agreed to have the children at hers; we will look at the back-up "
            "plan again at each review.",
            "contingency",
        ),
    ],
)
def test_good_statements_near_the_new_readings_pass(text: str, kind: str) -> None:
    assert not _rules(text, kind)
