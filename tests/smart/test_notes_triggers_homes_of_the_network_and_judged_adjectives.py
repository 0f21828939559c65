"""A note's trouble before an arrow or a colon, someone's home as where help is, a job title with a
process in it, a choice left to the one who rings, blame for a parent's mornings, and a vague
adjective before a place or a service (seeds 000, 002)."""

from __future__ import annotations

import pytest

from familyplan.smart import Context, check_statement


def _rules(text: str, kind: str = "contingency", context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, context=context) if context else check_statement(text, kind)
    return {f.rule for f in found if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "Food bank voucher limit reached -> Nan Sue takes Mum to the community pantry that week.",
        "Arrears plan turned down by the landlord -> Gareth helps Mum ask for a breathing space; Dad puts £20 a week aside.",
        "Hostel asks the family to leave (e.g. after noise complaints): Mum rings the housing officer; Pat has said "
        "the children can sleep at hers.",
    ],
)
def test_a_notes_trouble_before_an_arrow_or_a_colon_sets_it_off(text: str) -> None:
    assert "contingency-no-trigger" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "If no flat has been found by 11 January 2027, Jo and Gareth help Mum ask for the placement to be "
        "reviewed, and meanwhile the kids have tea at Sheila's on weekdays.",
        "If there is no offer by the April review, Jo takes it to her Early Help team manager, Karen Ellis, and "
        "Pat and Sheila carry on giving the family weekend breaks.",
    ],
)
def test_someones_home_or_a_managers_job_title_is_not_only_a_process(text: str) -> None:
    assert "contingency-process-only" not in _rules(text)


def test_a_case_passed_to_someones_worker_is_still_a_process() -> None:
    assert "contingency-process-only" in _rules(
        "If Dad turns up drunk, the case will be passed to Mum's social worker."
    )


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "Mum needs to sort herself out in the mornings and get the children up on time.",
            "action",
            "disrespectful-language",
        ),
        (
            "Mum to be less chaotic in the mornings so the children arrive by 8.45 on 9 days in 10 by 26.02.2027.",
            "outcome",
            "disrespectful-language",
        ),
        (
            "If Mum lets the children down again with school mornings, Nan Sheila will do the school run.",
            "contingency",
            "disrespectful-language",
        ),
        (
            "If money runs short again, Mum will never borrow from doorstep lenders.",
            "contingency",
            "action-absolute",
        ),
        (
            "Mia to have suitable space to do her homework at the hostel by 29/01/2027.",
            "outcome",
            "outcome-vague-word",
        ),
        ("Signpost Mum to appropriate services for her learning disability.", "action", "outcome-vague-word"),
    ],
)
def test_blame_pledges_and_judged_adjectives(text: str, kind: str, rule: str) -> None:
    context = Context(who="Leanne (Mum)", when="School days, review 28.01.2027") if kind == "action" else None
    assert rule in _rules(text, kind, context)


def test_a_named_room_or_service_is_not_the_vague_word() -> None:
    assert "outcome-vague-word" not in _rules(
        "Kai will go to the wellbeing room at lunch on 4 days a week by March 2027.", "outcome"
    )


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "If Grandad Ray can't do the run, Mum will make alternative arrangements.",
            "contingency",
            "contingency-helper-unnamed",
        ),
        (
            "If Amara won't go to bed at Dad's, Ayesha will ring a family member to come and help.",
            "contingency",
            "contingency-helper-unnamed",
        ),
        (
            "Mum to keep Olly's room tidy and free of clutter so he can settle.",
            "action",
            "subjective-standard",
        ),
        ("Stepmum to keep things quiet and peaceful on contact weekends.", "action", "subjective-standard"),
        ("Amara's distress at school is managed effectively by 12.03.2027.", "outcome", "outcome-vague-word"),
        (
            "If Dad keeps ignoring the bedtime routine at his house, Mum will ring him.",
            "contingency",
            "disrespectful-language",
        ),
    ],
)
def test_arrangements_left_to_be_found_standards_and_blame(text: str, kind: str, rule: str) -> None:
    context = Context(who="Nicola (Mum)", when="Nightly, review 24.02.2027") if kind == "action" else None
    assert rule in _rules(text, kind, context)


def test_a_week_kept_in_a_shared_calendar_is_a_record_not_things_as_they_are() -> None:
    text = "Mum and Dad keep Theo's week in one shared phone calendar, so every handover to 31.03.2027 happens as planned."
    assert "outcome-generic" not in _rules(text, "outcome")


def test_a_family_group_conference_is_the_familys_own_meeting_not_a_process() -> None:
    text = "If Mum and Dad can't agree bedtimes, Priya will offer a family group conference with Grandpa Des there."
    assert "contingency-process-only" not in _rules(text)


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "Should Kai's behaviour become a concern, his brother Liam will talk to him.",
            "contingency",
            "contingency-vague-trigger",
        ),
        (
            "If Kai comes home after 11pm, his girlfriend will no longer be allowed to visit.",
            "contingency",
            "action-restriction",
        ),
        (
            "If Mum's pain gets too much, Kai will ring Nan Pat to come over.",
            "contingency",
            "contingency-vague-trigger",
        ),
        ("If stuff kicks off I'll ring my brother Liam.", "contingency", "contingency-vague-trigger"),
        (
            "If Kai starts to struggle at college, his brother Liam will have him at weekends.",
            "contingency",
            "contingency-vague-trigger",
        ),
        (
            "Kai to show he can be bothered and be up before 10am on weekdays by 19.02.2027.",
            "outcome",
            "disrespectful-language",
        ),
        ("Liam to be involved in Kai's career planning", "action", "action-purposeless-verb"),
    ],
)
def test_concerns_pain_stuff_bother_and_involvement(text: str, kind: str, rule: str) -> None:
    context = Context(who="Liam Hill (brother)", when="by 19.01.2027") if kind == "action" else None
    assert rule in _rules(text, kind, context)


def test_three_times_a_week_written_3x_is_how_often() -> None:
    text = "Mum and Kai eat tea together at the table 3x a week, ticked on the fridge sheet, by 09.03.2027."
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_no_contact_by_a_time_is_a_situation_not_a_direction() -> None:
    text = "Kai not home by 11pm → Mum rings his friends. Still no contact by 1am → Mum reports him missing on 101."
    assert "action-restriction" not in _rules(text)


def test_what_a_person_named_with_their_part_does_is_not_their_name() -> None:
    from familyplan.plan.who_cells import parse_who

    assert [
        (p.name, p.role) for p in parse_who("Kai (young person); Donna (Mum) reminds him at 11.45pm")
    ] == [
        ("Kai", "young person"),
        ("Donna", "Mum"),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "If things get worse between Mum and Dad, Grandma Mo will have the children that weekend.",
            "contingency",
            "contingency-vague-trigger",
        ),
        (
            "If things don't settle down after Christmas, Dad's parents will take the children for the weekend.",
            "contingency",
            "contingency-vague-trigger",
        ),
        (
            "If there is shouting at a handover, the children will not see Dad the following weekend.",
            "contingency",
            "action-restriction",
        ),
        (
            "When a swap gets heated, a grandparent will take the children home.",
            "contingency",
            "contingency-helper-unnamed",
        ),
        (
            "Should the plan not achieve its outcomes, consideration will be given to a Child and Family Assessment.",
            "contingency",
            "contingency-process-only",
        ),
        (
            "If Mum carries on being obstructive over contact, Nana Sue will talk to her.",
            "contingency",
            "disrespectful-language",
        ),
        ("All handovers to be supervised by Grandad Pete.", "action", "action-restriction"),
        (
            "Both parents to be civil and respectful to each other at handovers.",
            "action",
            "subjective-standard",
        ),
        (
            "Yusuf is to know three trusted adults by name by the end of next half term.",
            "outcome",
            "outcome-relative-timescale",
        ),
    ],
)
def test_parents_apart_handovers_and_a_half_term_that_moves(text: str, kind: str, rule: str) -> None:
    context = (
        Context(who="Pete Pritchard (Grandad)", when="Every handover, review 04/03/27")
        if kind == "action"
        else None
    )
    assert rule in _rules(text, kind, context)


def test_the_end_of_a_named_term_is_a_point_the_family_knows() -> None:
    assert "when-relative" not in _rules("By the end of the spring term (31.03.2027)", "when")


@pytest.mark.parametrize(
    "text",
    [
        "Mum + Kai eat tea together at the table 3x a week → ticked on the fridge sheet, by 09.03.2027.",
        "Mum & Kai eat tea together at the table 3x a week, by 09.03.2027.",
    ],
)
def test_a_plus_or_an_ampersand_between_people_is_and(text: str) -> None:
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_a_service_named_for_carers_is_no_carer_of_the_family() -> None:
    text = "If Mum has five bad days a week, Dr Hughes will review her medication and Claire Dunn from the Carers Centre will look at more help."
    assert "contingency-no-network" in _rules(text)


def test_a_contingency_whose_trigger_date_has_passed_is_out_of_date() -> None:
    import datetime as dt

    text = "If the bus pass has not arrived by 30 November 2026, Dad will pay for a weekly ticket."
    found = {f.rule for f in check_statement(text, "contingency", today=dt.date(2026, 12, 7))}
    assert "when-date-passed" in found


def test_what_happened_before_in_a_contingencys_response_is_no_date_passed() -> None:
    import datetime as dt

    text = "If Mum relapses, Nan Pat will have the children, as she did in October 2026."
    found = {f.rule for f in check_statement(text, "contingency", today=dt.date(2026, 12, 7))}
    assert "when-date-passed" not in found
