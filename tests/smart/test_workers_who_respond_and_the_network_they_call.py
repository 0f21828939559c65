"""Who responds in a contingency is who heads a clause, not who is called or invited; a relative or
neighbour named anywhere in the response is the network; triggers that are only worry or a slide
with no size are vague; and more ways outcomes fall short: a half term is no number, getting on is
no one-off, carrying on is keeping things as they are, and the coming months are no timescale."""

from __future__ import annotations

import pytest

from familyplan.smart import Context, check_statement


def _rules(text: str, kind: str, context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, context=context) if context else check_statement(text, kind)
    return {f.rule for f in found if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "If Sam's attendance drops below 90%, Mrs Shah (Pastoral Lead) will send a letter and invite Mum to a meeting.",
        "If Sam misses two club sessions in a row, Ann Lee (Young Carers Worker) will call Mum to see what is stopping him.",
        "If Sam misses two days, Jo Eade (Education Liaison Officer) will visit and Mr Reid (Attendance Officer) will phone Mum.",
    ],
)
def test_a_family_member_only_called_or_invited_is_not_who_responds(text: str) -> None:
    assert "contingency-no-network" in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If no class has a creche place by 22.01.27, Ann Singh (outreach tutor) teaches Mum at home while her "
        "daughter Mina (17) minds the baby.",
        "If Sam tells school Mum is unwell, Mrs Shah (Pastoral Lead) rings Mum; if there's no answer she asks "
        "Tariq next door to knock.",
        "If Mum's phone is broken, the school will ring Granny Peggy's number, and Jo Lyons, Family Support Worker, "
        "will help her get a new SIM.",
        "If Mum is unwell, Amy Cole (Family Support Worker) will ring Jean Hill and Jean will have the children.",
    ],
)
def test_a_relative_or_neighbour_named_in_the_response_is_the_network(text: str) -> None:
    assert "contingency-no-network" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("If Mum's health deteriorates, Auntie Nic will come and stay.", "If Mum's health deteriorates"),
        (
            "If there are any concerns about the children, Nan Jo will come over.",
            "If there are any concerns about the children",
        ),
        ("If there's a crisis, Sam is to phone Mr Hussain next door.", "If there's a crisis"),
        ("If Sam's attendance drops, Dad will take him in.", "If Sam's attendance drops"),
    ],
)
def test_worry_or_a_slide_of_no_size_is_a_vague_trigger(text: str, where: str) -> None:
    found = [f for f in check_statement(text, "contingency") if f.rule == "contingency-vague-trigger"]
    assert [text[f.start : f.end] for f in found] == [where]


@pytest.mark.parametrize(
    "text",
    [
        "If Sam's attendance drops below 90% in a half term, Dad will take him in.",
        "If there are concerns about Violet losing weight, Nan Minnie will take her to the clinic.",
        "Nobody free for drop-off → Mum rings Mrs Shah (Pastoral Lead) by 8.15 → Mr Khan meets Sam at the gate.",
        "Attendance under 94% at the March review → Mum, Sam and Nan Jo meet to work out which mornings are hardest.",
    ],
)
def test_what_would_be_seen_sets_the_contingency_off(text: str) -> None:
    assert not _rules(text, "contingency") & {"contingency-vague-trigger", "contingency-no-trigger"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Isla will be more confident in class by the February half term (12.02.2027).",
            "outcome-improve-without-measure",
        ),
        ("Sam and his dad to get on well at the May review (04.05.27).", "outcome-no-measure"),
        (
            "Noah will carry on going to Hill Primary, as he does now, until at least 16.07.2027.",
            "outcome-generic",
        ),
        (
            "Sam at homework club twice a week and 9 of 10 homeworks in on time over the coming months.",
            "outcome-relative-timescale",
        ),
        ("Isla reading at the expected standard for Year 3 within 12 weeks.", "outcome-relative-timescale"),
    ],
)
def test_more_ways_an_outcome_falls_short(text: str, rule: str) -> None:
    assert rule in _rules(text, "outcome")


def test_a_pattern_kept_over_a_span_with_an_end_is_a_timescale() -> None:
    assert "outcome-relative-timescale" not in _rules(
        "Rosie will be in bed by 8pm every school night for the next 6 weeks.", "outcome"
    )


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "If Mum keeps putting her own needs first, Nan Jo will do the school run.",
            "contingency",
            "disrespectful-language",
        ),
        (
            "If Mum continues to fail to bring the baby for her jabs, Nan Jo will take her.",
            "contingency",
            "disrespectful-language",
        ),
        (
            "If Sam misses more than 20 days, he will be taken off the roll at St Anne's.",
            "contingency",
            "contingency-process-only",
        ),
        (
            "If Sam is off twice in a week, a worker from the Education Service will call round.",
            "contingency",
            "contingency-helper-unnamed",
        ),
    ],
)
def test_blame_processes_and_workers_left_unnamed(text: str, kind: str, rule: str) -> None:
    assert rule in _rules(text, kind)


def test_help_with_his_one_thing_is_a_topic() -> None:
    context = Context(who="Nan Minnie (grandmother)", when="Review 04.03.27")
    assert "action-purposeless-verb" in _rules("Help Noah with his reading.", "action", context)


@pytest.mark.parametrize(
    "text",
    [
        "Children's bedroom dry and warm by 31.03.2027.",
        "Kai dry at night by March 2027.",
        "Sam and his dad keep in touch in a way that feels safe to Sam: letters both ways each fortnight and one "
        "family visit done by 30.04.2027.",
    ],
)
def test_notes_of_a_thing_in_a_condition_or_contact_set_out_are_measured(text: str) -> None:
    assert not _rules(text, "outcome") & {"outcome-no-measure", "outcome-generic"}


@pytest.mark.parametrize(
    "text",
    [
        "Kai settled and happy by March 2027.",
        "Housing application submitted by 31.01.2027.",
        "Sam and his dad keep in touch by 30.04.2027.",
    ],
)
def test_a_feeling_paperwork_or_contact_as_it_is_still_needs_a_measure(text: str) -> None:
    assert _rules(text, "outcome") & {"outcome-no-measure", "outcome-generic"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("All of Dad's time with the children to be supervised by Grandad.", "action"),
        ("Dad's time with the children to take place at Aunt Nic's house only.", "action"),
        (
            "If Ruby's weight falls again, Mum agrees she will not care for the children on her own.",
            "contingency",
        ),
    ],
)
def test_where_and_how_a_parent_may_see_the_children_set_by_the_plan_is_a_restriction(
    text: str, kind: str
) -> None:
    assert "action-restriction" in _rules(
        text,
        kind,
        Context(who="Dennis Morgan (Grandad)", when="Sundays, review 02.03.2027")
        if kind == "action"
        else None,
    )


def test_time_with_the_children_arranged_is_no_restriction() -> None:
    text = "Dad's time with the children will take place at Aunt Nic's house on alternate Saturdays, 10am to 4pm."
    assert "action-restriction" not in _rules(
        text, "action", Context(who="Lee Hall (Dad)", when="Alternate Saturdays, review 16.03.27")
    )
