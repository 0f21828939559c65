"""Contingencies in which the family only calls a service, or is warned of what will be done to
them; outcomes that have a quality rather than a thing; how many children there are; and how
often said as "morning and night" (seeds 002, 004)."""

from __future__ import annotations

import pytest

from familyplan.smart import Context, check_statement


def _rules(text: str, kind: str = "contingency", context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, context=context) if context else check_statement(text, kind)
    return {f.rule for f in found if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "If the carers don't come for Gran's evening visit, Leah will ring the care agency and Nicola "
        "(Family Support Worker) will chase it up the next day.",
        "If Sam's mood drops, Dad will ring the mental health duty line, and Mrs Cole (Head of Year 9) will let "
        "Sam use the quiet room.",
        "If Jo feels unsafe at home she will ring 999 or the domestic abuse helpline, and Asha (Outreach Worker) "
        "will go through her safety plan again.",
    ],
)
def test_a_family_that_only_calls_a_service_beside_workers_names_no_network(text: str) -> None:
    assert "contingency-no-network" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "If Jo feels unsafe at home she will ring 999 and go to her sister Kerry's, and Asha (Outreach Worker) "
        "will go through her safety plan again.",
        "If Mum is taken ill, she will ring the GP surgery and her sister Kerry will have the children.",
        "If Mum is taken ill, she will ring the GP surgery and take the children to Nan's.",
    ],
)
def test_a_call_to_a_service_beside_the_networks_own_part_is_fine(text: str) -> None:
    assert "contingency-no-network" not in _rules(text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Mia understands that if she keeps going missing the police will be involved and she could go into care.",
            True,
        ),
        ("Mum has been told that if the rent is not paid the family will be evicted.", True),
        (
            "Mia knows that if she feels unsafe she can ring the police or her aunt Dee, who will come and get her.",
            False,
        ),
        (
            "If Mia is not home by 10pm, Mum will ring her and then her aunt Dee, who will drive round for her.",
            False,
        ),
    ],
)
def test_a_warning_of_what_will_be_done_to_the_family_is_no_contingency(text: str, flagged: bool) -> None:
    assert ("contingency-a-warning" in _rules(text)) is flagged


def test_help_promised_at_every_hour_is_a_promise_nobody_can_keep() -> None:
    assert "action-absolute" in _rules(
        "Uncle Ray will be available day and night whenever the family needs him."
    )
    assert "action-absolute" in _rules("Nan is on call 24/7 if Mum needs her.")
    assert "action-absolute" not in _rules(
        "If Mum is poorly, Nan will come over and take the children to school."
    )


def test_who_is_left_to_be_judged_is_a_helper_unnamed() -> None:
    assert "contingency-helper-unnamed" in _rules(
        "If Liam goes missing, Sharon will contact the relevant people."
    )
    assert "contingency-helper-unnamed" not in _rules(
        "If Liam goes missing, Sharon will ring the police and then her sister Dee, who will drive round the park."
    )


def test_sent_out_of_the_home_as_a_consequence_is_a_restriction() -> None:
    text = "If Lee drinks while he has the boys, he will have to leave the house and the boys will stay with Nan."
    assert "action-restriction" in _rules(text)
    assert "action-restriction" not in _rules("If the flat floods, the family will stay with Nan Rose.")


def test_a_date_a_thing_must_be_done_by_is_no_restriction() -> None:
    text = "Write to the landlord listing the repairs and the date each must be done by."
    context = Context(who="Daniel Webb, Environmental Health Officer", when="16.12.2026")
    assert "action-restriction" not in _rules(text, "action", context)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Kieran (15) will make positive choices when he is out in town by the review on 25.01.2027.",
            "outcome-vague-word",
        ),
        (
            "Kieran will make better decisions about who he spends time with by 25.01.2027.",
            "outcome-vague-word",
        ),
        (
            "Dad and Ollie have a good morning routine so Ollie is ready for his taxi at 8.10am on at least 4 days a "
            "week by 05.02.2027.",
            "subjective-standard",
        ),
    ],
)
def test_choices_and_routines_called_good_are_judged_differently(text: str, rule: str) -> None:
    assert rule in _rules(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "By 01.02.2027 Dad will have a clearer understanding of how the children were hurt by what they saw.",
        "Mum will be coping better with the four children and have better mental health by 22.02.2027.",
    ],
)
def test_a_quality_had_by_a_date_or_a_count_of_children_is_no_measure(text: str) -> None:
    assert _rules(text, "outcome") & {"outcome-no-measure", "outcome-improve-without-measure"}


@pytest.mark.parametrize(
    "text",
    [
        "Mum will have the boiler fixed by 3 March 2027.",
        "All three children will be in school every day by 3 March 2027.",
        "Lacey (8) will be using her brown inhaler morning and night by 29.01.2027.",
        "By 21.12.2026 baby Amir will be sleeping in his own cot for every sleep, which Mum will show the health "
        "visitor at her visits.",
    ],
)
def test_a_thing_got_done_and_how_often_said_plainly_are_measured(text: str) -> None:
    assert "outcome-no-measure" not in _rules(text, "outcome")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Parental capacity to respond to the children's emotional and developmental needs will be "
            "demonstrated across four home visits by 22.01.2027.",
            "outcome",
        ),
        (
            "Should there be a deterioration in Dad's presentation, a reassessment of capacity will follow.",
            "contingency",
        ),
    ],
)
def test_a_statement_built_of_long_professional_words_is_hard_for_the_family(text: str, kind: str) -> None:
    assert "hard-words" in _rules(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        # Long words a family uses, one or two in a plain sentence, and names of places and services.
        "Go with Oksana to the homeless team at the Civic Centre to make a homeless application, with an "
        "interpreter, and ring her the same evening to go through what happens next.",
        "Meet Mr and Mrs Rahimi at home with an interpreter to go through Hossein's autism diagnosis.",
        "Complete the Independent Living Allowance application with Dad at the Community Hub on Monday.",
        # Long words of everyday family life, three of them in a short sentence.
        "Mum will complete the housing application with the interpreter at the community centre.",
        "Apply for the disability living allowance with Mum, with the paediatrician's letter, at the community hub.",
    ],
)
def test_a_plain_sentence_with_a_long_word_or_two_reads_easily(text: str) -> None:
    context = Context(who="Kath Doyle, Family Support Worker", when="14.12.2026")
    assert "hard-words" not in _rules(text, "action", context)


def test_a_schemes_name_written_small_is_no_vague_comparison() -> None:
    context = Context(who="Tom Reid, Housing Officer, Northgate Homes", when="21.12.2026")
    scheme = "Fit a door chain at Kerry's flat through the council's safer homes scheme, and show her how it works."
    assert "action-vague-comparative" not in _rules(scheme, "action", context)
    assert "action-vague-comparative" in _rules(
        "Help Mum find a better flat through the council.", "action", context
    )


def test_an_agency_named_for_carers_with_more_of_its_name_after_is_no_carer() -> None:
    assert not _rules("Mandy Shaw, Young Carers Worker, Carers Trust Heart of England", "who")


def test_a_family_whose_only_part_is_to_call_services_names_no_network() -> None:
    text = "If Dad falls and can't get to the children, he will press his care line pendant and the response team will come."
    assert "contingency-no-network" in _rules(text)
    # An emergency's own number, rung alone, is a response of its own.
    assert "contingency-no-network" not in _rules("If Leah becomes unwell she will ring 999.")
    assert "contingency-no-network" not in _rules(
        "If Jay is not home by 9pm, Dad will ring his friends' parents."
    )


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("If I can't find a job I'll just keep trying.", "contingency-on-their-own"),
        (
            "If the arrangement with Nan breaks down, alternative carers will be identified for Mia.",
            "contingency-helper-unnamed",
        ),
        (
            "If Mr Shah goes into hospital, a young carer's needs assessment will be done by the Carers Centre.",
            "contingency-process-only",
        ),
    ],
)
def test_more_of_the_same_helpers_still_to_be_found_and_an_assessment_alone(text: str, rule: str) -> None:
    assert rule in _rules(text)


def test_what_someone_needs_left_unsaid_is_vague() -> None:
    assert "outcome-vague-word" in _rules(
        "Gemma has the things she needs for the new flat by 15.01.2027.", "outcome"
    )


def test_a_task_in_a_second_bracket_and_a_step_a_week_later() -> None:
    assert not _rules("Andrea Clarke, Head of Year 10 (hardship fund); Tina (Mum) (instalments)", "who")
    text = "Apply to the welfare scheme for a cooker with Gemma, and phone the scheme together a week later to check."
    context = Context(who="Sam Tully, Family Support Worker", when="15.12.2026")
    assert "action-vague-comparative" not in _rules(text, "action", context)


def test_what_stops_with_only_who_will_check_it_is_still_framed_by_what_is_not_wanted() -> None:
    text = "Poppy (2) will no longer be around cigarette smoke at her dad's flat by 15.01.2027, checked by the health visitor."
    assert "outcome-negative" in _rules(text, "outcome")
    wanted = "Ben no longer misses breakfast, eating at home at least 4 school days a week by March 2027."
    assert "outcome-negative" not in _rules(wanted, "outcome")


def test_a_daily_routine_is_a_kind_of_routine_not_how_often() -> None:
    assert "outcome-no-measure" in _rules(
        "Dad and Nan will give Charlie (3) a daily routine he can rely on.", "outcome"
    )
    assert "outcome-no-measure" not in _rules(
        "Mum and Kai will go for a daily walk together by 15.01.2027.", "outcome"
    )


def test_never_said_as_wont_ever_is_a_pledge() -> None:
    text = "If I get behind on the catalogue again I'll cut up my cards and I won't ever borrow money again."
    assert "action-absolute" in _rules(text)


def test_after_each_session_without_commas_is_when_a_step_done_with_the_group_comes() -> None:
    context = Context(
        who="Stuart (Dad) and Nina Okonjo, Family Practitioner", when="Mondays (review 01.02.2027)"
    )
    told = "Stuart will go to the Caring Dads group on Monday evenings and after each session tell Nina one thing he'll do differently."
    assert "action-referral-only" not in _rules(told, "action", context)
    only = "Stuart will go to the Caring Dads group on Monday evenings and after each session complete the course."
    assert "action-referral-only" in _rules(only, "action", context)


def test_some_work_around_a_topic_and_a_promise_never_to_speak_to_them() -> None:
    context = Context(who="Hayley Brooks (Youth Worker)", when="Review 01.02.2027")
    assert "action-purposeless-verb" in _rules(
        "Harvey to do some work around healthy relationships.", "action", context
    )
    pledge = "If Kyle is approached by the older boys again, he'll never speak to them and will come straight home."
    assert "action-absolute" in _rules(pledge)


def test_knowing_who_to_go_to_names_nobody_and_a_decent_tea_is_judged_differently() -> None:
    assert "contingency-helper-unnamed" in _rules(
        "If Priya feels overwhelmed, she knows who to go to at school and at home."
    )
    context = Context(who="Margaret Bell (Nan)", when="Monday to Friday (review 25.01.2027)")
    text = "Nan will make sure the children get a decent tea every night while Mum is at work."
    assert "subjective-standard" in _rules(text, "action", context)
