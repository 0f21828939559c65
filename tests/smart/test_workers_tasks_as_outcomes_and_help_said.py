"""A worker's task written as an outcome, warnings of what will be reported, help said by what it is
with, things that fail, comparatives named by an example, and ages written in words."""

from __future__ import annotations

import pytest

from familyplan.smart import Context
from tests.smart.statements import TODAY, needs_work


@pytest.mark.parametrize(
    "text",
    [
        "Health visitor to visit Lena and baby Maja at home every two weeks until 05.02.2027.",
        "The health visitor will visit Lena and baby Maja at home every two weeks until 05.02.2027.",
        "Jo (Family Support Worker) to visit Lena at home every two weeks until 05.02.2027.",
    ],
)
def test_a_workers_visits_are_the_service_not_the_change(text: str) -> None:
    assert "outcome-is-an-activity" in needs_work(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "At least five of the six health visitor appointments booked for Mia will go ahead by 26.02.2027.",
        "Mum and the health visitor will meet every two weeks until 05.02.2027.",
        "Ben's teacher reports that he hands in his homework every week by 05.02.2027.",
    ],
)
def test_appointments_kept_and_work_done_together_are_not_a_workers_task(text: str) -> None:
    assert "outcome-is-an-activity" not in needs_work(text, "outcome")


def test_the_help_someone_needs_said_by_what_it_is_with() -> None:
    worker = Context(who="Sarah Whitfield (Social Worker, Adult Social Care)", when="15.01.2027")
    said = "Visit Mr Nowak at home to assess the help he needs with washing, dressing and toileting."
    assert "outcome-vague-word" not in needs_work(said, "action", worker)
    assert "outcome-vague-word" in needs_work("Mr Nowak gets the help he needs by 15.01.2027.", "outcome")
    assert "outcome-vague-word" in needs_work(
        "Mr Nowak gets the help he needs with everything by 15.01.2027.", "outcome"
    )


def test_a_thing_that_fails_blames_nobody() -> None:
    thing = (
        "If the boiler fails again, Mr Mahmood will ring the repairs line and Nan Rita will have the boys."
    )
    assert "disrespectful-language" not in needs_work(thing, "contingency")
    person = "If Dad fails again to bring him, Nan Rita will take him."
    assert "disrespectful-language" in needs_work(person, "contingency")


def test_a_comparative_named_by_an_example() -> None:
    worker = Context(who="Wayne (Dad) and Chris Mensah, recovery worker", when="Every other Monday")
    example = "Wayne will meet Chris every other Monday to plan for harder days like payday."
    assert "action-vague-comparative" not in needs_work(example, "action", worker)
    bare = "Wayne will meet Chris every other Monday to plan for harder days."
    assert "action-vague-comparative" in needs_work(bare, "action", worker)


def test_a_youth_courts_referral_order_is_not_a_referral() -> None:
    worker = Context(who="Jermaine Clarke, Youth Justice Officer", when="By 11.12.2026")
    text = "Put all of Ashley's referral order appointments on a calendar for his bedroom wall with him."
    assert "action-referral-only" not in needs_work(text, "action", worker)


def test_an_age_in_words_is_no_measure() -> None:
    text = "Mum and baby Isla will have a stronger bond by the time Isla is six months old in March 2027."
    assert "outcome-improve-without-measure" in needs_work(text, "outcome")


def test_a_warning_with_a_date_inside_it() -> None:
    text = (
        "Mum and Dad understand that if Noah's attendance is not above 90% by 05.02.2027, the school will "
        "issue a fine and social care will be told."
    )
    assert "contingency-a-warning" in needs_work(text, "contingency")


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "If Skye goes missing, Mum will follow the usual procedure.",
            "contingency",
            "action-purposeless-verb",
        ),
        (
            "Kieran will be in a good place with his anxiety by 16.03.2027, rating it 4/10 or lower.",
            "outcome",
            "outcome-vague-word",
        ),
    ],
)
def test_phrases_that_leave_what_is_meant_unsaid(text: str, kind: str, rule: str) -> None:
    assert rule in needs_work(text, kind)


def test_a_participle_before_a_noun_says_which_one() -> None:
    from familyplan.smart import explain_statement

    reading = explain_statement(
        "The first corrected payment is in the bank by 15.01.2027.", "outcome"
    ).reading
    assert reading.slot("who") is not None
    assert reading.slot("who").text == "The first corrected payment"


@pytest.mark.parametrize(
    "text",
    [
        "If Mum's chemotherapy makes her too unwell, Jess (12) will look after her little brother Alfie in the "
        "evenings and do the cooking until Mum feels better.",
        "If Mum can't get out of bed, Kofi (14) will stay off school to help her wash and dress.",
        "If Dad has a bad day, Bethan (11) will give him his tablets and ring Mum at work.",
    ],
)
def test_a_child_left_to_care_for_the_family(text: str) -> None:
    assert "child-given-a-grown-ups-part" in needs_work(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Mum is ill, Jess (16) will look after her little brother Alfie until Nan arrives.",
        "If Jess (12) is looking after her brother when Mum is late, she will ring Nan Pat.",
    ],
)
def test_an_older_child_or_the_worry_itself_is_no_part_given(text: str) -> None:
    assert "child-given-a-grown-ups-part" not in needs_work(text, "contingency")


def test_a_warning_known_without_that() -> None:
    warned = (
        "If Jordan keeps missing his appointments, he knows he will be breached and could end up in custody."
    )
    assert "contingency-a-warning" in needs_work(warned, "contingency")
    planned = "If Jordan keeps missing his appointments, he knows he can ring Sam to rearrange them."
    assert "contingency-a-warning" not in needs_work(planned, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "Everyone in the family - Johnny, Kathleen and the three children - is registered with the Orchard "
        "Surgery by 18.12.2026.",
        "The Purcell family are living on a pitch with running water and a working toilet block by 26.02.2027.",
    ],
)
def test_a_state_anyone_can_check_on_a_day(text: str) -> None:
    assert "outcome-no-measure" not in needs_work(text, "outcome")


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("If Hodan feels unsafe, she will ring 999 and the police will attend.", True),
        ("If Kerry's ex-partner comes to the house, Kerry will ring 999 and the police will decide.", True),
        (
            "If Kerry's ex-partner comes to the house, Kerry will ring 999 and the police will come; her sister "
            "Dawn will then have the children at hers.",
            False,
        ),
    ],
)
def test_the_police_answering_a_call_is_no_network(text: str, alone: bool) -> None:
    assert ("contingency-no-network" in needs_work(text, "contingency")) is alone


@pytest.mark.parametrize(
    "text",
    [
        "If Arben breaks his curfew, his cousin Ilir will be with him at all times when he goes out.",
        "If Mustafa misses a rent payment, his brother Karim will always cover it, however much it is.",
    ],
)
def test_a_networks_promise_with_no_end(text: str) -> None:
    assert "action-absolute" in needs_work(text, "contingency")


@pytest.mark.parametrize(
    ("text", "kind", "absolute"),
    [
        (
            "If Lewis relapses, his sister Hayley will have Alfie whenever Lewis needs her, day or night, for as "
            "long as it takes.",
            "contingency",
            True,
        ),
        ("If Ava wakes crying, day or night, Mum will pick her up and settle her.", "contingency", False),
        (
            "If Jude's mood drops, Mum will call the crisis line any time of day or night, and his godmother "
            "Yvonne will come to stay.",
            "contingency",
            False,
        ),
        (
            "By 25.01.2027 Kayleigh will have two people she trusts that she can ring day or night.",
            "outcome",
            False,
        ),
    ],
)
def test_help_promised_with_no_end(text: str, kind: str, absolute: bool) -> None:
    assert ("action-absolute" in needs_work(text, kind)) is absolute


def test_a_pledge_never_to_miss_with_how_after_a_colon() -> None:
    context = Context(who="Sana Malik (Mum)", when="Every appointment (review 26.02.2027)")
    text = "I will never miss another one of Zayn's appointments: I'll put each letter on the fridge."
    assert "action-absolute" in needs_work(text, "action", context)


def test_a_grandmother_in_the_familys_own_language_is_the_network() -> None:
    text = (
        "If the girls' beds haven't come by 18.12.2026, Agnieszka Kowal (Family Worker) will apply to the "
        "emergency fund, and the girls will sleep at Babcia Halina's until the beds come."
    )
    assert "contingency-no-network" not in needs_work(text, "contingency")


def test_a_month_alone_more_than_six_months_off_is_beyond_a_step() -> None:
    from familyplan.smart.checker import check_cells

    action = "Ms Frost will go with Mum to a first visit at Sunnybank Nursery."
    for when, beyond in (("September 2027", True), ("February 2027", False)):
        cells = check_cells(
            "action",
            Context(who="Ms Rachel Frost, Early Help practitioner", when=when),
            today=TODAY,
            action=action,
        )
        assert any(f.rule == "when-beyond-timescale" for _, f in cells) is beyond


def test_what_is_done_where_a_group_meets() -> None:
    context = Context(who="Kerry (Mum) / Sophie Ward (Group Worker)", when="Thursdays (review 01.02.2027)")
    done = "Megan will go to the recovery group every Thursday, where she will make her own safety plan."
    assert "action-referral-only" not in needs_work(done, "action", context)
    welcomed = "Mum will go to the parenting group every Thursday, where she will be welcomed."
    assert "action-referral-only" in needs_work(welcomed, "action", context)


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        ("Jimmy (15) is back on the site by 9pm on school nights by 02.02.2027.", True),
        ("Jimmy (15) is back at his mate's by 9pm on school nights by 02.02.2027.", True),
        ("Ethan's sleep hygiene is in place, with a wind-down routine at 7.30pm, by 15.01.2027.", False),
        (
            "Kerry-Ann (14) knows what to do, and has her aunt's number saved in her phone by 18.12.2026.",
            True,
        ),
    ],
)
def test_somewhere_by_a_time_and_a_thing_had_are_seen(text: str, measured: bool) -> None:
    assert ("outcome-no-measure" not in needs_work(text, "outcome")) is measured


def test_care_in_a_foster_home_until_a_parent_is_well_is_a_process() -> None:
    for text in (
        "If Mum relapses, the children will go to a foster carer until she's well.",
        "If Roksana becomes unwell again, Ibrahim will be accommodated by the local authority until she is "
        "discharged.",
    ):
        assert "contingency-process-only" in needs_work(text, "contingency")
    network = "If Mum relapses, the children will stay with Nan Rita until she's well."
    assert "contingency-process-only" not in needs_work(network, "contingency")


def test_help_towards_nothing_said() -> None:
    worker = Context(
        who="Mr Sam Odeh (Learning Mentor, Park View School)", when="Every Tuesday (review 12.02.2027)"
    )
    assert "action-purposeless-verb" in needs_work(
        "Learning mentor to help Ibrahim catch up.", "action", worker
    )
    said = "Learning mentor to help Ibrahim catch up on his maths coursework at Tuesday lunchtimes."
    assert "action-purposeless-verb" not in needs_work(said, "action", worker)


@pytest.mark.parametrize(
    ("who", "organisation"),
    [
        ("Young Carers Service", True),
        ("Ruth Kelly (Young Carers Service)", False),
        ("Jo Hill, Young Carers Worker", False),
    ],
)
def test_a_service_named_for_carers_is_not_a_carer(who: str, organisation: bool) -> None:
    from familyplan.smart.checker import check_cells

    cells = check_cells(
        "action", Context(who=who, when="20.01.2027"), today=TODAY, action="Meet Mia at home."
    )
    assert any(f.rule == "who-organisation" for _, f in cells) is organisation


@pytest.mark.parametrize(
    ("text", "kind", "restricted"),
    [
        (
            "If Tyler goes to school unwashed again, Mum will not go out in the evenings unless the family "
            "support worker has agreed the babysitter.",
            "contingency",
            True,
        ),
        (
            "If there are more arguments when Steve is home on leave, Steve will have to stay at the barracks "
            "and not in the family home.",
            "contingency",
            True,
        ),
        (
            "If Lee comes back to the family home, Mum will not let him in and the children will have no "
            "contact with him.",
            "contingency",
            True,
        ),
        (
            "If the boiler breaks, the children will not sleep at the family home but at Nan's until it is fixed.",
            "contingency",
            False,
        ),
        ("If there is no contact with her by 9pm, Dad will ring Nan Rita.", "contingency", False),
        (
            "If Mum is unwell, Nan will collect the boys unless the school has agreed to keep them at breakfast "
            "club.",
            "contingency",
            False,
        ),
    ],
)
def test_where_a_parent_may_be_set_by_the_plan(text: str, kind: str, restricted: bool) -> None:
    assert ("action-restriction" in needs_work(text, kind)) is restricted


@pytest.mark.parametrize(
    "text",
    [
        "Keira (14) will be in school on the days her mum has dialysis (Monday, Wednesday and Friday) from "
        "18 January 2027.",
        "Bilal (10) will know his safety plan - who to ring and where to go - and by 15 January 2027 he will be "
        "able to tell his mum the plan in his own words.",
    ],
)
def test_days_listed_and_a_later_dated_clause_say_how_it_is_known(text: str) -> None:
    assert "outcome-no-measure" not in needs_work(text, "outcome")


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        ("Florin (Dad) has his debts under control by 29.01.2027.", False),
        ("Florin has his debts under control, paying £40 a month to each lender, by 29.01.2027.", True),
        (
            "Aisha (9) will have her asthma under control by 26.01.2027: she will take her brown inhaler every "
            "morning and evening.",
            True,
        ),
    ],
)
def test_something_under_control_needs_what_that_looks_like(text: str, measured: bool) -> None:
    assert ("outcome-no-measure" not in needs_work(text, "outcome")) is measured
