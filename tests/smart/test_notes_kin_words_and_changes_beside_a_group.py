"""More of how plans are written: a note's trouble with an aside in brackets before an arrow or a
colon, a grandmother by the family's own word for her, a change measured beside a group attended,
someone who will see it at a visit, and needs, levels and blame said in other words (seeds 002, 004)."""

from __future__ import annotations

import pytest

from familyplan.smart import Context, check_statement


def _rules(text: str, kind: str = "contingency", context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, context=context) if context else check_statement(text, kind)
    return {f.rule for f in found if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "Dad loses his job or his hours are cut -> he tells Mum that week; Uncle Imran keeps the shop shifts open for him.",
        "Overcrowding stopping the twins sleeping before exams (they'll say at the Jan review) -> Nani offers her spare room.",
        "Bed grant turned down (decision due 15/01/27): sisters' group asks at Friday prayers for donated bunk beds.",
        "Scaling scores the same or lower at two reviews running (28 Jan & 11 Mar): Claire meets the family with Uncle Imran.",
    ],
)
def test_a_notes_trouble_with_an_aside_sets_the_contingency_off(text: str) -> None:
    assert "contingency-no-trigger" not in _rules(text)


def test_a_grandmother_by_the_familys_own_word_is_the_network() -> None:
    text = "If Maryam isn't talking in 2-word phrases by her check, Jo Barker (health visitor) talks to Mum, and Amina and Nani play the talking game every day."
    assert "contingency-no-network" not in _rules(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "If money becomes a problem again, Uncle Imran will help out with food from the shop.",
            "contingency-vague-trigger",
        ),
        ("If Maryam's attendance starts to slip, Aunty Farah will take her in.", "contingency-vague-trigger"),
        (
            "If Dad chooses gambling over his children again, Mum will ring Uncle Imran.",
            "disrespectful-language",
        ),
    ],
)
def test_worry_a_slide_and_blame_in_a_contingency(text: str, rule: str) -> None:
    assert rule in _rules(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Children's needs to be met by 30.04.27.", "outcome-vague-word"),
        ("Dad to cut his gambling down to a sensible level by 15/03/27.", "subjective-standard"),
    ],
)
def test_needs_met_and_a_sensible_level_are_judged_differently(text: str, rule: str) -> None:
    assert rule in _rules(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Each child has their own named box for books and uniform in the flat by 18/12/26 - Claire to see it at her visit.",
        "Amina goes to the young carers group twice a month from Feb 2027 and her own stress score drops from 9 to 5 or under by 30.04.27.",
    ],
)
def test_someone_who_will_see_it_or_a_change_measured_beside_the_group(text: str) -> None:
    assert not _rules(text, "outcome") & {"outcome-no-measure", "outcome-is-an-activity"}


def test_sessions_attended_are_still_the_activity() -> None:
    assert "outcome-is-an-activity" in _rules(
        "Mum will attend the parenting group at least 8 out of 10 sessions by March 2027.", "outcome"
    )


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "If Lily struggles at Oakfield, Aunty Denise will do the morning walk to school with her.",
            "contingency",
            "contingency-vague-trigger",
        ),
        ("If Lily seems off, Mum will let Aunty Denise know.", "contingency", "contingency-vague-trigger"),
        (
            "If Lily gets upset after a call with her dad, his calls will be stopped until the next review.",
            "contingency",
            "action-restriction",
        ),
        (
            "If Lily tells school she has cut herself, Hannah will record it on the school's safeguarding system.",
            "contingency",
            "contingency-process-only",
        ),
        (
            "Mum will make sure the house is a calm and happy place for Lily after school.",
            "action",
            "subjective-standard",
        ),
    ],
)
def test_struggles_at_a_place_seeming_off_calls_stopped_a_system_and_a_happy_place(
    text: str, kind: str, rule: str
) -> None:
    context = Context(who="Jo (Mum)", when="Every school day, review 02/03/27") if kind == "action" else None
    assert rule in _rules(text, kind, context)


def test_two_parts_one_person_plays_for_the_family_are_one_person() -> None:
    from familyplan.plan.who_cells import parse_who

    assert [(p.name, p.role) for p in parse_who("Pat Gilroy - family friend and former neighbour")] == [
        ("Pat Gilroy", "family friend and former neighbour")
    ]


def test_a_question_asked_with_would_is_no_hedge() -> None:
    text = (
        "Young carer's assessment for Kai: what he does for Mum at home and what help would free up his time."
    )
    worker = Context(who="Claire Dunn, Young Carers Worker", when="Mon 11 Jan 2027")
    assert "action-intention" not in _rules(text, "action", worker)


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "Should the situation deteriorate, Mrs Pollard will call Dad and agree a plan.",
            "contingency",
            "contingency-vague-trigger",
        ),
        (
            "If there is a breakdown in relationships at home, Isla can stay with Auntie Lisa.",
            "contingency",
            "contingency-vague-trigger",
        ),
        ("If Isla and Kirsty argue again, Kirsty will move back out.", "contingency", "action-restriction"),
        ("Isla will always be home by 8pm.", "action", "action-absolute"),
        ("Dad to keep the house calm and welcoming for Isla.", "action", "subjective-standard"),
        ("Isla to be polite to Kirsty and keep her bedroom tidy.", "action", "subjective-standard"),
        (
            "If Isla keeps being difficult and refusing to come home, Nan will have her for the weekend.",
            "contingency",
            "disrespectful-language",
        ),
    ],
)
def test_situations_moving_out_always_home_and_standards(text: str, kind: str, rule: str) -> None:
    context = Context(who="Isla (14)", when="Daily, review 10.3.27") if kind == "action" else None
    assert rule in _rules(text, kind, context)


def test_a_carers_every_time_with_its_situation_stays_a_hint() -> None:
    text = "Mum will always check the car seat straps when the baby goes in the car."
    assert "action-absolute" not in _rules(
        text, "action", Context(who="Mum", when="Every journey, review 27.01.27")
    )


def test_an_emergency_with_what_it_is_sets_the_contingency_off() -> None:
    text = "In an emergency (Isla hurt, or someone threatening her), whoever is with her rings 999, then Dad; Nan takes Isla in."
    assert "contingency-no-trigger" not in _rules(text)


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "Mum will message Nana Pat or her friend Donna if she needs help with anything.",
            "contingency",
            "contingency-no-trigger",
        ),
        (
            "If it is not working for Maisie, Mrs Kaur and Nana Pat will agree what to try instead.",
            "contingency",
            "contingency-vague-trigger",
        ),
        (
            "If Mum keeps refusing interpreters, Nana Pat will go with her.",
            "contingency",
            "disrespectful-language",
        ),
        (
            "If an interpreter can't be booked, someone from the office will text Mum the new date and Nana Pat can come.",
            "contingency",
            "contingency-helper-unnamed",
        ),
        (
            "If Nana Pat is unavailable, one of Mum's Deaf club friends will do her calls with her.",
            "contingency",
            "contingency-helper-unnamed",
        ),
        ("Mum to keep on top of school letters and reply promptly.", "action", "subjective-standard"),
        ("Help Maisie with her worries about school.", "action", "action-purposeless-verb"),
    ],
)
def test_help_with_anything_not_working_friends_unnamed_and_promptness(
    text: str, kind: str, rule: str
) -> None:
    context = (
        Context(who="Tom Fielding (Learning Mentor)", when="Review 11.03.2027") if kind == "action" else None
    )
    assert rule in _rules(text, kind, context)


def test_attendance_measured_is_not_made_a_service_by_an_appointment_said_later() -> None:
    text = "Maisie's attendance rises from 89% to 95% or more for the spring term ending 26.03.2027, with her in school on Mum's appointment days."
    assert "outcome-is-an-activity" not in _rules(text, "outcome")


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "To promote Lily's emotional wellbeing during her move to secondary, with her scaling at 6/10 by 08.07.2027.",
            "outcome",
            "outcome-professional-phrase",
        ),
        (
            "Lily will cope better with the move to secondary school, as seen in her scaling at each review up to 13.07.2027.",
            "outcome",
            "outcome-improve-without-measure",
        ),
        (
            "If there are any further concerns about Lily's phone use, Mum and Dad will talk to her together.",
            "contingency",
            "contingency-vague-trigger",
        ),
        (
            "If Mum again fails to arrange cover for a night shift, Aunty Denise will take Lily back to her house.",
            "contingency",
            "disrespectful-language",
        ),
    ],
)
def test_an_aim_opening_the_outcome_better_by_a_record_concerns_and_blame(
    text: str, kind: str, rule: str
) -> None:
    assert rule in _rules(text, kind)


def test_better_with_a_score_to_reach_is_measured() -> None:
    text = "Kai will get on better with his stepdad, scoring their time together 7/10 or more by April 2027."
    assert not _rules(text, "outcome") & {"outcome-improve-without-measure", "outcome-no-measure"}


@pytest.mark.parametrize(
    "text",
    [
        "Kids' Den is shut for the staff training day on 22.02.2027: Mum swaps to an early shift and Aunt Ewa collects the children.",
        "Kacper finds himself alone with Zosia after 4.30pm → rings Mum; no answer → takes Zosia next door to Mrs Green.",
        "Half-term cover (15–19.02.27) falls through → Aunt Ewa takes them on the Friday; Mum books the Monday as leave.",
    ],
)
def test_a_place_shut_someone_left_alone_or_cover_falling_through_sets_it_off(text: str) -> None:
    assert "contingency-no-trigger" not in _rules(text)


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "Aunt Ewa has promised she will always be free to collect the children whenever Mum is late.",
            "contingency",
            "action-absolute",
        ),
        ("In an emergency Kacper knows what to do.", "contingency", "contingency-vague-trigger"),
        (
            "If Mum keeps leaving Kacper in charge, she will need to show she can prioritise her children.",
            "contingency",
            "disrespectful-language",
        ),
        (
            "Mum to keep the flat tidy and have a proper tea ready for the children every night.",
            "action",
            "subjective-standard",
        ),
        (
            "Mum to put her signature to an agreement in writing that an adult will care for the children.",
            "action",
            "action-written-agreement",
        ),
    ],
)
def test_promises_an_emergency_left_unsaid_blame_standards_and_agreements(
    text: str, kind: str, rule: str
) -> None:
    context = Context(who="Agnieszka (Mum)", when="Daily, review 24.02.2027") if kind == "action" else None
    assert rule in _rules(text, kind, context)


def test_a_grandmother_by_her_own_familys_word_needs_no_role() -> None:
    assert "who-no-role" not in _rules("Babcia Halina", "who")


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "Mum to stop letting Callum stay off whenever he says he's ill and take a firmer line with him.",
            "action",
            "disrespectful-language",
        ),
        (
            "If the plan isn't working by 04.03.2027, Mum and Dad will need to try harder.",
            "contingency",
            "disrespectful-language",
        ),
        (
            "If Mum's rota can't be changed, she will just have to manage.",
            "contingency",
            "contingency-on-their-own",
        ),
        (
            "If Callum refuses school on 3 days in a week, Uncle Gary will always drive him in, whatever his shifts.",
            "contingency",
            "action-absolute",
        ),
        (
            "If Dad misses three appointments, they will close his case and signpost him back to his GP.",
            "contingency",
            "contingency-process-only",
        ),
        ("Mum will get enough sleep after her night shifts by 19.02.2027.", "outcome", "subjective-standard"),
        ("Keep the house calm and quiet for Callum.", "action", "subjective-standard"),
    ],
)
def test_firmer_lines_trying_harder_managing_alone_and_enough(text: str, kind: str, rule: str) -> None:
    context = (
        Context(who="Kerry Hartley (Mum)", when="Daily, review 21.01.2027") if kind == "action" else None
    )
    assert rule in _rules(text, kind, context)


def test_an_appointment_booked_and_gone_to_with_him_is_help_not_a_referral() -> None:
    text = "Book Dad's first appointment with the veterans' service with him on speaker, and go along to it if he wants company."
    context = Context(who="Jo Pritchard, Family Support Worker", when="18/12/2026")
    assert "action-referral-only" not in _rules(text, "action", context)
