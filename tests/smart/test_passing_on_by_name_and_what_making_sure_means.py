"""Problems passed on by someone named, people listed and then contacted, a process issued to the
parents, stepping in with nothing said, and the edges of "make sure", "cut back", "go with" and
"talk through"."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.plan.kinds import PersonKind
from familyplan.plan.who_cells import people_in
from familyplan.smart import Context, check_statement

TODAY = dt.date(2026, 12, 6)
WORKER = Context(who="Tom Hale, Family Support Worker", when="By 26.03.2027")


def needs_work(text: str, kind: str, context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, today=TODAY, context=context or Context())
    return {f.rule for f in found if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "If I start using again, I'll ring my key worker.",
        "If Leo won't go in, Dad will phone the school office to say he is off.",
        "If Mum goes into hospital, Aunt Jess and Uncle Rob will be contacted.",
    ],
)
def test_a_problem_passed_on_or_people_only_contacted_is_nobody_stepping_in(text: str) -> None:
    assert "contingency-no-network" in needs_work(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Leo won't go in, Dad will phone the school office and then walk him in himself.",
        "If Mum goes into hospital, Uncle Rob will be called to collect the children.",
    ],
)
def test_someone_told_who_then_acts_steps_in(text: str) -> None:
    assert "contingency-no-network" not in needs_work(text, "contingency")


def test_a_process_issued_to_the_parents_is_still_only_a_process() -> None:
    text = "If Ella's attendance falls again, a penalty notice will be sent to her parents."
    assert "contingency-process-only" in needs_work(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Jake is excluded again, he'll probably go to the pupil referral unit.",
        "If Jake's attendance stays low, he will face a school attendance order.",
    ],
)
def test_he_or_she_put_through_a_process_however_it_is_written(text: str) -> None:
    assert "contingency-process-only" in needs_work(text, "contingency")


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("If Mum cannot cope, Dad will step in.", True),
        ("If Mum cannot cope, Dad will step in and cook tea each night.", False),
        ("If Dad relapses, Nan will help out on an ongoing basis.", True),
    ],
)
def test_stepping_in_or_helping_must_say_what_is_done(text: str, vague: bool) -> None:
    assert ("action-purposeless-verb" in needs_work(text, "contingency")) is vague


def test_going_with_someone_after_a_referral_in_a_list_is_help_given() -> None:
    text = "Refer Sam to the young carers group, go with him to his first session, and ring Mum afterwards."
    assert "action-referral-only" not in needs_work(text, "action", WORKER)


@pytest.mark.parametrize(
    "text",
    [
        "Tom will make sure Mum knows how to keep Ben safe.",
        "Tom will ensure Mum understands the new routine by spring 2027.",
    ],
)
def test_knowing_how_or_understanding_by_a_season_is_still_in_the_head(text: str) -> None:
    assert "action-inner-state" in needs_work(text, "action", WORKER)


def test_making_sure_someone_attends_a_course_is_still_the_course() -> None:
    assert "action-referral-only" in needs_work(
        "Tom will ensure Dad attends the Freedom Programme.", "action", WORKER
    )


def test_cutting_back_a_plant_that_is_growing_is_a_job_done() -> None:
    context = Context(who="Uncle Sam", when="By 31.03.2027")
    text = "Uncle Sam will cut back the ivy growing over Ben's window."
    assert "action-is-an-outcome" not in needs_work(text, "action", context)


def test_a_child_going_with_a_parent_to_their_own_appointment_is_only_the_appointment() -> None:
    context = Context(who="Kai Jones (15)", when="By 31.03.2027")
    assert "action-referral-only" in needs_work(
        "Kai will go with Mum to his clinic appointment.", "action", context
    )
    assert people_in("Kai Jones (15)")[0][3] is not PersonKind.PRACTITIONER


@pytest.mark.parametrize(
    "who", ["Women's Aid (Kim Lowe, Outreach Worker)", "Health (Jane Smith, Health Visitor)"]
)
def test_an_agency_then_a_full_name_is_a_named_person(who: str) -> None:
    assert needs_work(who, "who") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Craig will set clear boundaries for Tia - to be agreed at the next review.",
        "Craig will set clear boundaries for Tia using the parenting course approach.",
    ],
)
def test_boundaries_not_said_after_a_dash_or_an_approach_are_still_vague(text: str) -> None:
    family = Context(who="Craig (Dad)", when="Every evening, review 26.03.2027")
    assert "action-purposeless-verb" in needs_work(text, "action", family)


@pytest.mark.parametrize(
    "text", ["Dad will talk through his worries by summer 2027.", "Mum's mood will improve by spring 2027."]
)
def test_talking_through_ones_own_feelings_or_a_seasons_year_is_no_measure(text: str) -> None:
    assert needs_work(text, "outcome") & {"outcome-no-measure", "outcome-improve-without-measure"}


def test_watching_and_keeping_a_journal_is_still_watching() -> None:
    context = Context(who="Dad", when="Daily – review 26.02.2027")
    assert "action-purposeless-verb" in needs_work(
        "Dad will monitor his drinking and keep a journal.", "action", context
    )


def test_go_at_the_start_is_an_instruction_not_a_topic() -> None:
    context = Context(who="Gemma (Mum)", when="Thursdays 10am (review 25.02.2027)")
    text = "Go to the Tuesday baby massage class at Hill Street Family Hub and practise it with Alfie each evening."
    assert "action-no-doing" not in needs_work(text, "action", context)


def test_trying_to_is_a_hope_in_a_contingency_too() -> None:
    assert "action-intention" in needs_work(
        "If the twins won't settle, Dad will try to keep calm.", "contingency"
    )
    # A process the family may be put through is judged by the process rule, not as a hope.
    assert "action-intention" not in needs_work(
        "If the rent is not paid, the family may be evicted.", "contingency"
    )


@pytest.mark.parametrize(
    "text",
    [
        "If Dad was poorly, Grandma June would have the twins at hers.",
        "If I felt scared at home, I would go to my friend Abi's house and her mum would ring Nan.",
    ],
)
def test_what_would_happen_is_a_plan_not_a_hope(text: str) -> None:
    assert "action-intention" not in needs_work(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Reece gets wound up, he goes to the shed and hits the punch bag until he is calmer.",
        "If I want a drink, I phone my sponsor and go to a meeting that night.",
    ],
)
def test_someone_acting_in_the_present_tense_steps_in(text: str) -> None:
    assert "contingency-no-network" not in needs_work(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Mum goes into hospital, the children will go to their Nan's rather than into care.",
        "If Dad relapses, we will call on his sister Kerry to have the children instead of foster care.",
    ],
)
def test_family_after_to_or_on_still_step_in(text: str) -> None:
    assert "contingency-process-only" not in needs_work(text, "contingency")


def test_a_notice_issued_to_both_parents_is_still_a_process() -> None:
    text = "If Ella's attendance falls again, a penalty notice will be issued to Mum and Dad."
    assert "contingency-process-only" in needs_work(text, "contingency")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("If Mum goes into hospital, Kerry and Shaun will be rung to take turns having the children.", False),
        ("If Mum goes into hospital, Nan and Grandad will be informed.", True),
        ("If Mum is poorly, Auntie Jo will ring the attendance office.", True),
    ],
)
def test_people_listed_are_judged_by_what_they_are_asked_to_do(text: str, flagged: bool) -> None:
    assert ("contingency-no-network" in needs_work(text, "contingency")) is flagged


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("If Mum cannot cope, Nan will step in to help.", True),
        ("If Mum cannot cope, Nan will step in and have the children on Saturdays.", False),
        ("If Mum is poorly, Nan will step in with the school runs and tea.", False),
    ],
)
def test_stepping_in_is_vague_only_with_nothing_said_of_what_is_done(text: str, vague: bool) -> None:
    assert ("action-purposeless-verb" in needs_work(text, "contingency")) is vague


def test_a_vague_second_step_does_not_make_support_purposeful() -> None:
    context = Context(who="Tom Hale, Family Support Worker", when="Weekly, review 01.03.2027")
    assert "action-purposeless-verb" in needs_work(
        "Tom will support Mum and offer reassurance.", "action", context
    )


def test_making_sure_a_child_gets_to_their_own_sessions_is_the_doing() -> None:
    context = Context(who="Mum", when="Every Tuesday, review 01.03.2027")
    text = "Mum will make sure Leo gets to his speech therapy sessions at Orchard Clinic every Tuesday."
    assert "action-referral-only" not in needs_work(text, "action", context)


@pytest.mark.parametrize("text", ["Dad will cut back the gambling.", "Mum will cut down the screen time."])
def test_a_habit_after_the_is_still_a_habit(text: str) -> None:
    assert "action-is-an-outcome" in needs_work(text, "action", Context(who="Dad", when="By 31.03.2027"))


@pytest.mark.parametrize(
    "text",
    ["Tom will do some direct work with Kai - 6 sessions.", "Tom will keep an eye on things - ongoing."],
)
def test_a_dash_with_a_count_or_a_timescale_does_not_say_what_is_done(text: str) -> None:
    context = Context(who="Tom Hale, Family Support Worker", when="Weekly, review 01.03.2027")
    assert "action-purposeless-verb" in needs_work(text, "action", context)


def test_going_to_a_group_alone_is_only_attending_it() -> None:
    context = Context(who="Gemma (Mum)", when="Every Wednesday, review 01.03.2027")
    assert "action-referral-only" in needs_work(
        "Gemma will go to the parenting group on Wednesdays.", "action", context
    )
    followed = "Gemma will go to the parenting group on Wednesdays and, after each session, tell Tom one thing she will try."
    assert "action-referral-only" not in needs_work(followed, "action", context)


def test_someone_in_a_second_trigger_with_no_comma_is_no_responder() -> None:
    text = "Mr Dunn will phone the attendance team if Ella is late, and if Ella misses two days the welfare officer will visit."
    assert "contingency-no-network" in needs_work(text, "contingency")


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("If Mum was unwell, Nan would try to have the children.", True),
        ("If Mum is unwell, Auntie Lisa might have the children.", True),
        ("If Mum was unwell, Nan would have the children at hers.", False),
    ],
)
def test_a_hedge_in_a_contingency_is_not_a_plan_but_would_is(text: str, hedged: bool) -> None:
    assert ("action-intention" in needs_work(text, "contingency")) is hedged


@pytest.mark.parametrize(
    "text",
    [
        "If Jodie goes missing, the school will ring home to find out where she is.",
        "If Ryan is found drinking, the police will be called and he is taken home.",
    ],
)
def test_a_pronoun_in_a_question_or_put_through_something_is_no_responder(text: str) -> None:
    assert "contingency-no-network" in needs_work(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If attendance drops below 80%, the school will send a penalty notice to Mum.",
        "If Dad turns up drunk, the case will be passed to Mum's social worker.",
    ],
)
def test_a_process_sent_or_passed_to_the_family_is_still_only_a_process(text: str) -> None:
    assert "contingency-process-only" in needs_work(text, "contingency")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("If Mum goes into hospital, Nan will be called to discuss what happens next.", True),
        ("If Mum goes into hospital, Aunt Jess will be contacted so she can collect the children.", False),
        (
            "If Mum is too ill to do the school run, Nan will ring the school to say she'll be collecting.",
            False,
        ),
    ],
)
def test_being_called_counts_only_for_something_done(text: str, flagged: bool) -> None:
    assert ("contingency-no-network" in needs_work(text, "contingency")) is flagged


def test_a_process_after_attend_is_no_name() -> None:
    text = "If Jake is permanently excluded, he will attend Pru full time."
    assert "contingency-process-only" in needs_work(text, "contingency")


@pytest.mark.parametrize(
    ("text", "who", "flagged"),
    [
        ("Mum will make sure Leo attends the dental appointment on 14.01.2027.", "Mum", False),
        ("Mum will make sure she attends her Triple P sessions.", "Mum", True),
        ("Mum will make sure Dad completes the parenting course.", "Mum", True),
        ("Tom will ensure Dad attends his anger management course.", "Tom Hale, Family Support Worker", True),
        (
            "Tom will make sure Dad gets to his housing appointment on 15.01.2027 by driving him there.",
            "Tom Hale, Family Support Worker",
            False,
        ),
    ],
)
def test_making_sure_is_doing_when_a_parent_gets_a_child_there_or_the_how_is_said(
    text: str, who: str, flagged: bool
) -> None:
    context = Context(who=who, when="By 15.01.2027")
    assert ("action-referral-only" in needs_work(text, "action", context)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Leo will go to the nurture group every morning at 8.45am.",
        "Kai will go to his tutor group at 8.40am each day.",
    ],
)
def test_a_childs_own_group_is_provision_not_a_programme(text: str) -> None:
    context = Context(who="Leo", when="Daily, review 01.03.2027")
    assert "action-referral-only" not in needs_work(text, "action", context)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Gemma will go to the Freedom Programme group and update Tom.", True),
        ("Gemma will attend the parenting course and, if she misses one, ring Tom.", True),
        (
            "Gemma will attend the parenting group and, after each session, try one new idea at bedtime.",
            False,
        ),
    ],
)
def test_what_is_done_after_a_course_must_be_more_than_keeping_a_worker_told(
    text: str, flagged: bool
) -> None:
    context = Context(who="Gemma (Mum)", when="Every Wednesday, review 01.03.2027")
    assert ("action-referral-only" in needs_work(text, "action", context)) is flagged


def test_support_and_a_real_task_is_purposeful() -> None:
    context = Context(who="Nan", when="Every Monday, review 01.03.2027")
    assert "action-purposeless-verb" not in needs_work(
        "Nan will support Mum and cook tea on Mondays.", "action", context
    )


@pytest.mark.parametrize(
    "text", ["Dad will cut back the overhanging branches.", "Dad will cut down the rotting fence panels."]
)
def test_cutting_back_something_growing_or_rotting_is_a_job(text: str) -> None:
    assert "action-is-an-outcome" not in needs_work(text, "action", Context(who="Dad", when="By 31.03.2027"))


def test_stepping_in_for_a_while_still_says_nothing_of_what_is_done() -> None:
    assert "action-purposeless-verb" in needs_work(
        "If Mum is poorly, Grandad will step in for the weekend.", "contingency"
    )


@pytest.mark.parametrize(
    "text",
    [
        "If Mum is taken ill, her sister Kelly will be contacted; she has agreed to move in and do the school runs.",
        "If Mum relapses, Uncle Dave will be rung to make the children's tea.",
        "If Mum is held up, Nan will be called to let the children in after school.",
        "If Mum relapses, the social worker will be told. If this happens Nan will move in.",
    ],
)
def test_someone_called_to_do_a_task_or_agreeing_to_is_stepping_in(text: str) -> None:
    assert "contingency-no-network" not in needs_work(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Mum can't cope, she will ring her key worker to say she is struggling.",
        "If I feel low, I'll ring my key worker to say I'm not coping.",
    ],
)
def test_ringing_to_say_how_one_feels_is_still_passing_it_on(text: str) -> None:
    assert "contingency-no-network" in needs_work(text, "contingency")


def test_a_process_explained_to_someone_who_then_acts_is_not_the_whole_response() -> None:
    text = (
        "If Mum relapses, a referral to children's social care will be made and explained to Aunt Jess, "
        "who will move in to look after the children."
    )
    assert "contingency-process-only" not in needs_work(text, "contingency")


@pytest.mark.parametrize(
    ("text", "who", "flagged"),
    [
        ("Mum will make sure she gets Leo to his appointments.", "Mum", False),
        ("Lisa will make sure Ellie attends her speech therapy sessions.", "Lisa Jones (mother)", False),
        (
            "Tom will ensure Dad attends the parenting course by reminding him the day before.",
            "Tom Hale, Family Support Worker",
            True,
        ),
    ],
)
def test_getting_someone_there_is_the_doing_reminding_an_adult_is_not(
    text: str, who: str, flagged: bool
) -> None:
    context = Context(who=who, when="By 15.01.2027")
    assert ("action-referral-only" in needs_work(text, "action", context)) is flagged


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Kelly will attend the Triple P group every Wednesday.", "Kelly Ward (mother)"),
        ("Gemma will attend the parenting group every Wednesday.", "Gemma Price"),
    ],
)
def test_a_parents_group_is_a_programme_whoever_attends(text: str, who: str) -> None:
    context = Context(who=who, when="Every Wednesday, review 01.03.2027")
    assert "action-referral-only" in needs_work(text, "action", context)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Gemma will attend the parenting course and, between sessions, use the reward chart with Leo.",
            False,
        ),
        ("Gemma will attend the parenting course and, with Tom's help, practise the bedtime routine.", False),
        ("Gemma will attend the parenting course and, if she misses one, ring Tom.", True),
    ],
)
def test_asides_of_when_or_how_after_a_course_lead_to_the_step(text: str, flagged: bool) -> None:
    context = Context(who="Gemma (Mum)", when="Every Wednesday, review 01.03.2027")
    assert ("action-referral-only" in needs_work(text, "action", context)) is flagged


@pytest.mark.parametrize(
    "text", ["Tom will support Mum and encourage routines.", "Tom will support Mum and identify strategies."]
)
def test_a_second_step_as_vague_as_the_first_is_no_step(text: str) -> None:
    context = Context(who="Tom Hale, Family Support Worker", when="Weekly, review 01.03.2027")
    assert "action-purposeless-verb" in needs_work(text, "action", context)


@pytest.mark.parametrize(
    "text",
    ["Dad will cut back the drinking before contact.", "Mum will cut down the snacking between meals."],
)
def test_a_habit_with_when_it_happens_is_still_a_habit(text: str) -> None:
    assert "action-is-an-outcome" in needs_work(text, "action", Context(who="Dad", when="By 31.03.2027"))


def test_work_with_a_named_tool_says_what_the_work_is() -> None:
    context = Context(who="Tom Hale, Family Support Worker", when="Weekly, review 01.03.2027")
    text = "Tom will do some work with Kai using the Brook Traffic Light tool."
    assert "action-purposeless-verb" not in needs_work(text, "action", context)
