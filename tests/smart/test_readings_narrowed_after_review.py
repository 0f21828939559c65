"""Where the newest rules read too widely, as a review with statements of its own found: a point said as
an event, a "by" that says when, someone an action is done to, a response that does name who acts, a date
the world sets, a later month given as context, visits from family."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_statement

TODAY = dt.date(2026, 12, 7)
TWO = Context(
    who="Jo Brown (Family Support Worker) / Kerry Jones (mum)",
    when="Weekly from 10.12.2026 (review 28.01.2027)",
)


NONE = Context()


def _rules(text: str, kind: str, context: Context = NONE) -> set[str]:
    return {f.rule for f in check_statement(text, kind, today=TODAY, context=context)}


@pytest.mark.parametrize(
    "text",
    [
        "Kai will go to nursery every morning by the time he turns three.",
        "By the end of Reception, Amara will use the toilet on her own every day.",
        "Ruby will sleep in her own bed every night by the end of the 12-week sleep programme.",
        "Before Ramadan, the family will eat together at least three evenings a week.",
    ],
)
def test_a_point_said_as_an_event_holds_a_pattern_to_time(text: str) -> None:
    assert "outcome-no-timescale" not in _rules(text, "outcome")


def test_the_end_of_the_next_half_term_still_moves() -> None:
    text = "Yusuf is to know three trusted adults by name by the end of next half term."

    assert "outcome-relative-timescale" in _rules(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "The housing application will be submitted by Friday 15 January.",
        "The stair gate is to be fitted by her next appointment.",
        "Leo's bedroom will be decorated and a new bed bought by his birthday.",
    ],
)
def test_a_by_that_says_when_is_not_who_does_it(text: str) -> None:
    assert "action-passive" in _rules(text, "action", TWO)


@pytest.mark.parametrize(
    "text",
    [
        "The health visitor will be told about any missed feeds.",
        "Ifrah's class teacher will be asked to send home a weekly reading record.",
        "Everyone at the meeting will be sent a copy of the plan.",
        "School bags will be packed every Sunday by him and Mum together.",
    ],
)
def test_someone_an_action_is_done_to_or_by_is_named(text: str) -> None:
    assert "action-passive" not in _rules(text, "action", TWO)


@pytest.mark.parametrize(
    "text",
    [
        "If Amy is exhausted, the first call will be to her sister Amy, who will come over and do the 2am feed.",
        "If Mum is ill, the back-up is Auntie Sara, who lives two doors down.",
        "If Mum works late, her hours may drop, in which case Nan will have the children.",
        "If Mum is unwell, his attendance will probably drop. Nan has agreed to do the school run.",
    ],
)
def test_a_response_that_names_who_acts_is_a_response(text: str) -> None:
    assert "contingency-no-response" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Mum's back is bad, Ifrah's attendance will drop and her reading will fall behind.",
        "If Mum relapses, Mum's mental health is likely to deteriorate.",
        "If Mum is unwell, things will get worse for the children.",
    ],
)
def test_consequences_alone_name_nobody_who_acts(text: str) -> None:
    assert "contingency-no-response" in _rules(text, "contingency")


def test_a_date_the_world_sets_in_a_trigger_is_not_a_deadline() -> None:
    set_by_the_world = (
        "If Mum's tenancy is not renewed when it ends in April 2028, her sister Amy will have them to stay."
    )
    waited_for = (
        "If Arjun is not back in school full time by July 2028, his aunt Priya will take him in each morning."
    )

    assert "when-beyond-timescale" not in _rules(set_by_the_world, "contingency")
    assert "when-beyond-timescale" in _rules(waited_for, "contingency")


def test_a_later_month_given_as_context_is_not_the_deadline() -> None:
    context = (
        "Tyler will be in school every day by February 2027 so he is on track for his GCSEs in May 2028."
    )
    past = "Jo will ring Westbury High in January about the place Leo was offered in October."

    assert "when-beyond-timescale" not in _rules(context, "outcome")
    assert "when-beyond-timescale" not in _rules(past, "action")


def test_visits_from_family_are_family_time_not_a_service() -> None:
    family = "By 31.03.2027 Leo will have visits from his dad every other Saturday, as both parents say."
    together = (
        "By 31.03.2027 Mum and Dad will have a short break together once a month while Nan has the children."
    )

    assert "outcome-is-an-activity" not in _rules(family, "outcome")
    assert "outcome-is-an-activity" not in _rules(together, "outcome")


def test_a_contingency_written_without_a_comma_still_has_its_response() -> None:
    for text in (
        "If Dad turns up drunk call 999 straight away.",
        "Should Mum need to go into hospital Aunt Lisa has agreed to have the children.",
        "If Maisie is found asleep on the sofa again. Nan will come round and take the children to hers.",
    ):
        assert "contingency-no-response" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Jade will keep the flat in a decent state for Lily-Mae.", "action"),
        ("Marta will make sure Kacper has a proper routine at home.", "action"),
    ],
)
def test_a_state_each_reader_judges_differently_is_subjective(text: str, kind: str) -> None:
    assert "subjective-standard" in _rules(text, kind, TWO)


@pytest.mark.parametrize(
    "text",
    [
        "Mum will keep on top of her chaotic household by doing one room a day with Nan.",
        "Sian to stop mollycoddling Tyler and take him to football every Saturday.",
    ],
)
def test_words_that_blame_a_parent_judge_them(text: str) -> None:
    assert "disrespectful-language" in _rules(text, "action", TWO)


@pytest.mark.parametrize(
    "text",
    [
        "The 33 bus is too inconsistent for Jayden to get to college by 9am, so Mr Reid will give him a bus pass.",
        "Ella's sleep has been so inconsistent since the move that Dr Shah will review her melatonin.",
        "Dad and Ms Osei will go through his responsibilities as a father on 14.01.2027.",
    ],
)
def test_words_said_of_things_or_as_the_topic_do_not_judge(text: str) -> None:
    assert "disrespectful-language" not in _rules(text, "action", TWO)


def test_a_modal_in_a_condition_after_the_verb_is_the_conditions() -> None:
    text = "By 22.01.2027 Shanice knows who to call when Rio won't settle, and scores her confidence at 7/10 or more."

    assert "outcome-negative" not in _rules(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Pauline will collect Grace from Oakfield Primary and give her tea.",
        "Shanice will do a bedtime routine with Rio.",
    ],
)
def test_work_that_goes_on_from_a_start_says_how_often(text: str) -> None:
    goes_on = Context(who="Pauline Ross (Grace's nan)", when="From 05.01.2027 (review 16.02.2027)")

    assert "action-no-how-often" in _rules(text, "action", goes_on)
    assert "action-no-how-often" not in _rules(text.replace(".", " every Tuesday."), "action", goes_on)


@pytest.mark.parametrize(
    "text",
    [
        "Mum will talk to her GP, Dr Shah, about her low mood.",
        "Nan will mind the children while Mum is at college.",
        "Nan will supervise every contact between Dad and Leo.",
        "Mum will do a morning routine chart with Jayden.",
    ],
)
def test_a_one_off_or_an_occasion_said_needs_no_how_often(text: str) -> None:
    goes_on = Context(who="Kelly Brown (Mum)", when="From 05.01.2027 (review 16.02.2027)")

    assert "action-no-how-often" not in _rules(text, "action", goes_on)


def test_a_response_kept_for_ever_promises_more_than_anyone_can_give() -> None:
    forever = (
        "If Freya misses a day of school, Kerry will make sure she attends every single day from then on."
    )

    assert "action-absolute" in _rules(forever, "contingency")
    for kept in (
        "If Dad has been drinking, he will never drive the children; Nan will pick them up.",
        "If Jayden misses every single lesson on a Monday again, Mr Patel will ring Mum by 10am that day.",
        "If Leo skips school, he will go to Nan's every single day until he is back in school.",
        "If Leo is unsettled at bedtime, Mum will sit with him and he will get a sticker for good behaviour.",
    ):
        assert "action-absolute" not in _rules(kept, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "Should Sophie's health deteriorate, Dean will contact Dr Sian Price, Community Paediatrician.",
        "Should the plan not work, Odette will look after Divine.",
        "If there are any concerns during visits, June will ring Leanne straight away.",
    ],
)
def test_a_trigger_said_with_should_or_a_place_is_still_vague(text: str) -> None:
    assert "contingency-vague-trigger" in _rules(text, "contingency")
    said = "If there are problems with the school run, Nan will take Ben."
    assert "contingency-vague-trigger" not in _rules(said, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Aisha is too anxious to take Yusuf to clinic, she will get some support.",
        "If Tyler has a bad day, Sian will make sure he is safe.",
        "If Maya gets upset by Leo's meltdowns, we'll sort it.",
    ],
)
def test_a_response_that_says_what_it_is_for_and_not_what_is_done_is_vague(text: str) -> None:
    assert "contingency-vague-response" in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Aisha is too anxious to take Yusuf to clinic, she will get help from her sister Amina, who will go too.",
        "If the boiler breaks, Mum will sort it out with the landlord that day.",
        "If Tyler has a bad day, Sian will make sure he is safe by staying with him until he is calm.",
    ],
)
def test_a_response_that_says_who_or_how_is_not_vague(text: str) -> None:
    assert "contingency-vague-response" not in _rules(text, "contingency")


def test_a_workers_task_or_a_course_of_weeks_is_a_service_not_the_change() -> None:
    for text in (
        "Health visitor to weigh baby Jacob fortnightly until 26 February 2027.",
        "Farida will attend a 12-week English class at the community college by 31 March 2027.",
    ):
        assert "outcome-is-an-activity" in _rules(text, "outcome")
    education = (
        "Jade will attend her classes at Riverside College on at least 9 days out of 10 by 31 March 2027, "
        "as the college register shows."
    )
    assert "outcome-is-an-activity" not in _rules(education, "outcome")


def test_a_fear_in_the_trigger_is_not_a_hedge() -> None:
    feared = (
        "If Natalia's frightening thoughts get stronger, or she feels she might act on them, she will put Emil in "
        "his cot, leave the room and ring her sister Ola."
    )

    assert "action-intention" not in _rules(feared, "contingency")
    assert "action-intention" in _rules("If Dad drinks, Nan might have the children.", "contingency")


def test_an_action_at_a_babys_check_is_held_to_the_check() -> None:
    at_the_check = Context(
        action="At the baby's 6 to 8 week check, Dr Osei will ask Khadija how she is feeling."
    )
    any_day = Context(action="Jo will show Amy how to bath the baby safely.")

    assert "when-beyond-timescale" not in _rules("31.03.2027", "when", at_the_check)
    assert "when-beyond-timescale" in _rules("31.03.2027", "when", any_day)


def test_a_word_inside_a_plans_quoted_name_compares_nothing() -> None:
    cells = Context(
        who="Lucy Grant, Family Support Worker",
        when="Fortnightly Mondays from 14.12.2026 (review 08.02.2027)",
    )
    named = "Lucy will meet Dean and Michelle at home to practise the 'stop, step back, speak later' plan they chose."

    assert "action-vague-comparative" not in _rules(named, "action", cells)
    assert "action-vague-comparative" in _rules(
        "Lucy will help Dean and Michelle talk more calmly.", "action", cells
    )


def test_a_standard_spelt_out_after_a_colon_past_times_and_dates_is_said() -> None:
    spelt = (
        "Ayaan is ready for school by 8.30am on at least 4 school days out of 5 by 05.02.2027: dressed in clean "
        "uniform, teeth brushed, breakfast eaten and book bag packed."
    )
    unsaid = "By 05.02.2027 Ayaan is ready for school on at least 4 days out of 5, as his teacher notes."

    assert "subjective-standard" not in _rules(spelt, "outcome")
    assert "subjective-standard" in _rules(unsaid, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Mum knows what to do if Leo has a seizure and will keep his rescue medication in her bag.",
        "Shanice knows who to call when Rio won't settle, and she will ring Tanya first.",
    ],
)
def test_a_modal_after_and_is_the_main_clauses_again(text: str) -> None:
    goes_on = Context(who="Kelly Brown (Mum)", when="From 05.01.2027 (review 16.02.2027)")

    assert "action-inner-state" not in _rules(text, "action", goes_on)


@pytest.mark.parametrize(
    "text",
    [
        "Should things not improve, Nan will have the children.",
        "Should Jayden struggle, Mr Patel will ring Mum.",
        "Should Mum not cope, Nan will have the children.",
        "Should there be no improvement by the review, Nan will have the children.",
        "Should it not work, Nan will have the children.",
        "Should the plan prove unsuccessful, Nan will have the children.",
        "Should the situation not improve, Nan will have the children on Fridays.",
        "If the situation doesn't get any better, Nan will have the children on Fridays.",
        "Should there be little or no improvement, Auntie Sara will take Ben to school.",
        "If there is little progress by the review, Auntie Sara will take Ben to school.",
        "If there are any concerns during contact, Jo will ring Mum.",
        "If there are any concerns whilst at Dad's, Leo will ring Mum.",
    ],
)
def test_a_vague_trigger_in_its_plain_form_after_should_or_with_a_place_is_vague(text: str) -> None:
    assert "contingency-vague-trigger" in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If there are concerns at school about his eating, such as skipping lunch, Mrs Hill will ring Mum.",
        "Should Ella's oxygen levels drop below 92%, Mum will ring 999.",
        "If Jayden struggles with his maths homework, Nan will sit with him on Tuesdays.",
        "If there are any concerns at school regarding bruising, Miss Lee will call Mum that day.",
        "If there are any problems in getting Ellie to school, Nan will do the school run.",
        "If the housing situation does not change by March, Mum will ask Nan to put them up.",
        "If there is little or no improvement in Sam's attendance (below 90%), Nan will do the school run.",
    ],
)
def test_a_trigger_that_says_what_would_be_seen_is_not_vague(text: str) -> None:
    assert "contingency-vague-trigger" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If the hotel asks them to leave, the family could lose their school places.",
        "If Mum's hours are cut, Mum will struggle to keep her job.",
        "If nothing changes, the children will be at risk of neglect.",
    ],
)
def test_what_would_befall_the_family_is_not_a_response(text: str) -> None:
    assert "contingency-no-response" in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Mum relapses, the children will be at Nan's, who has agreed to have them.",
        "If the boiler breaks, the children will be cold, so Nan will have them.",
        "If Mum loses her job, she will ring her brother Tom, who will help with the rent.",
        "If the car breaks down, Mum is likely to ask her brother Tom for a lift.",
        "If the car fails its MOT, Dad will lose his job unless Grandad lends him his van.",
    ],
)
def test_what_the_family_or_network_does_is_a_response(text: str) -> None:
    assert "contingency-no-response" not in _rules(text, "contingency")


def test_a_plan_issued_for_the_child_is_a_services_paperwork() -> None:
    issued = "Ayaan will have his Education, Health and Care Plan issued by 30.04.2027."

    assert "outcome-is-an-activity" in _rules(issued, "outcome")
    for text in (
        "By 30.04.2027 Ayaan will have his own room with a bed he sleeps in every night.",
        "Mum and Dad will have a co-parenting plan agreed between them by 31.03.2027, so Lily knows her days.",
        "Ayaan will have his EHCP issued and be attending Oakfield School five days a week by September 2027.",
    ):
        assert "outcome-is-an-activity" not in _rules(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "By 12 February 2027 Mum will look after the children instead of leaving everything to Nan.",
        "Gemma will take her responsibilities as a mother seriously and have Noah asleep by 8pm by 19.02.2027.",
    ],
)
def test_demands_that_blame_a_parent_judge_them(text: str) -> None:
    assert "disrespectful-language" in _rules(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Mum will keep putting the children's needs before her own and book one evening a week for herself.",
        "Kai's counsellor will help him stop being so hard on himself after a bad day, every Tuesday at school.",
        "Mum will pack the school bags the night before instead of leaving everything to the morning rush.",
    ],
)
def test_praise_a_childs_feelings_or_a_time_do_not_judge(text: str) -> None:
    assert "disrespectful-language" not in _rules(text, "action", TWO)
