"""Directions and conditions set on a family, help said only as a topic, and contingencies answered by
services alone."""

from __future__ import annotations

import pytest

from familyplan.smart import Context, explain_statement


def _rules(text: str, kind: str, who: str = "", when: str = "") -> set[str]:
    explained = explain_statement(text, kind, context=Context(who=who, when=when))
    return {f.rule for f in explained.findings if f.severity.needs_work}


WHEN = "Weekly from 11.01.2027 (review 05.02.2027)"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Liam's time with Ava will be at Nan's house and supervised by Sandra.", "action"),
        (
            "If Josh misses two visits, his time with Freya will only take place at Nan's house, supervised by Gill.",
            "contingency",
        ),
        ("Kobe is not to go into the town centre without an adult.", "action"),
        ("Tom will move out to his mum's until he has been sober for three months.", "action"),
    ],
)
def test_a_direction_or_a_condition_set_on_a_family_is_a_restriction(text: str, kind: str) -> None:
    assert "action-restriction" in _rules(text, kind, "Sandra Barnes (Nan)", WHEN)


def test_a_family_moving_out_to_be_safe_is_not_a_restriction() -> None:
    text = "If Dad drinks, Mum and the children will move out to Nan's until he is sober, and Nan will have them."

    assert "action-restriction" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "Lisa to provide practical and emotional support to Roxanne around baby Kayden's care.",
        "Hodan to help with school mornings for Mohamed.",
    ],
)
def test_help_given_as_a_thing_or_a_topic_says_nothing_of_what_is_done(text: str) -> None:
    assert "action-purposeless-verb" in _rules(text, "action", "Lisa Grant (Family Support Worker)", WHEN)


def test_a_referral_to_a_service_with_and_in_its_name_is_still_only_a_referral() -> None:
    text = (
        "Referral to be made to the children and young people's mental health service for Harvey's anxiety."
    )

    assert "action-referral-only" in _rules(text, "action", "Dr Priya Nair (Family Doctor)", "11.12.2026")


def test_weeks_of_a_parenting_group_attended_are_still_only_attending() -> None:
    text = "Kerry to attend all 12 weeks of the Triple P parenting group at the Family Hub in Hillside."

    assert "action-referral-only" in _rules(text, "action", "Kerry (Mum)", WHEN)


def test_never_having_a_drink_when_the_children_are_home_is_the_seeds_pledge() -> None:
    assert "action-absolute" in _rules(
        "Steve will never have a drink when the children are in the house.", "action", "Steve (Dad)", WHEN
    )


def test_growing_in_confidence_says_no_more_than_more_of_it() -> None:
    text = "Dean grows in confidence caring for Lily on his own while Kirsty is in hospital, by 15.01.2027."

    assert "outcome-improve-without-measure" in _rules(text, "outcome")


def test_a_statement_in_the_formal_register_is_hard_to_read() -> None:
    text = (
        "It is anticipated that, subsequent to the commencement of home visits, Chloe will be in a position to "
        "articulate an increased sense of confidence in respect of her capacity to meet Ava's needs, as "
        "evidenced by a self-rating of 7 out of 10 or above by 19.01.2027."
    )

    assert "hard-words" in _rules(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "If Callum self-harms again, his mum will contact the school nurse, who will arrange for the family "
        "support worker to visit that week.",
        "If the arguments get worse, Jo will increase home visits to twice a week.",
        "If Noor feels like hurting herself, she will ring her family support worker, Jo, on her work mobile.",
        "If Levi is still anxious in May, Mrs Ashworth will book extra transition visits with the Year 7 "
        "pastoral lead.",
        "If Rehana can't cover the mornings, Claire (Adult Social Care) will arrange emergency home care for Faruk "
        "and Beth (Young Carers Worker) will see Rumana at school that week.",
        "If Farah becomes unwell after the birth, the crisis team will assess her at home the same day.",
        "If Aaron goes missing, Marta will ring 999 straight away with his description and photo, and "
        "Chloe (Youth Justice Worker) will let his panel know.",
    ],
)
def test_a_response_given_only_to_services_names_nobody_of_the_network(text: str) -> None:
    assert "contingency-no-network" in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Callum self-harms again, his mum will contact the school nurse and his Nan Jean will come and stay.",
        "If Amelia feels unsafe at home, she will speak to Mrs Iqbal (Head of Year 10) the next school day.",
        "If Aaron goes missing, Marta will ring 999 and then drive round his friends' houses with her brother Tom.",
    ],
)
def test_a_response_with_the_family_or_a_child_telling_a_trusted_adult_is_not_services_only(
    text: str,
) -> None:
    assert "contingency-no-network" not in _rules(text, "contingency")


def test_friends_rung_round_are_helpers_left_unnamed() -> None:
    explained = explain_statement(
        "If Reece goes missing, Kelly will ring round family and friends.", "contingency"
    )

    assert [f.text for f in explained.findings if f.rule == "contingency-helper-unnamed"] == ["friends"]


@pytest.mark.parametrize(
    "text",
    [
        "If Mum is admitted to hospital, the young carers worker and the duty social worker will arrange where "
        "Maisie and her brother will stay.",
        "If Craig has a drinking day, he will ring his recovery worker Louise, and Miss Rowe will see Ellie at "
        "school the next day.",
        "If the boiler breaks again, the family will ring the repairs line and Tom from housing will chase the landlord.",
        "If Nadia feels unsafe, she will ring 999 and then the helpline, and Hannah will update the safety plan.",
        "If Amira stops going into school, Mr Pryce will meet Amira and Mum and ask the Inclusion Service for advice.",
        "If Chloe can't get into school, Mr Adeyemi will ring Dad and the lead practitioner will arrange a meeting.",
        "If Martin's carers don't turn up, Kieran will ring the care agency and the council's duty line.",
        "If the gas runs out before Friday, Shannon will ring Kerry Walsh, Family Support Worker, for a fuel voucher.",
    ],
)
def test_workers_known_by_what_they_do_and_services_rung_by_name_are_not_the_network(text: str) -> None:
    assert "contingency-no-network" in _rules(text, "contingency")


def test_the_family_ringing_a_service_is_no_network_and_not_a_helper_left_unnamed() -> None:
    text = "If the boiler breaks again, the family will ring the repairs line and Tom from housing will chase the landlord."

    assert "contingency-helper-unnamed" not in _rules(text, "contingency")


def test_a_count_of_what_is_not_wanted_brought_down_is_negative() -> None:
    text = "Bella's panic attacks in school are down to fewer than two a week by 05.02.2027, as logged by the school."

    assert "outcome-negative" in _rules(text, "outcome")


def test_an_outcome_in_clinical_words_is_hard_to_read() -> None:
    text = (
        "Sophie (4) will attain continence during daytime hours across both domestic and educational settings, "
        "with no more than two enuretic episodes per week by 12.02.2027."
    )

    assert "hard-words" in _rules(text, "outcome")


def test_help_that_ends_when_things_are_back_on_track_is_not_left_to_judgement() -> None:
    text = "If Kayla misses two days, her mum's friend Nicole will call for Kayla at 8.30am until mornings are back on track."

    assert "contingency-vague-response" not in _rules(text, "contingency")


def test_never_missing_medication_is_a_promise_nobody_can_keep() -> None:
    text = (
        "If Mum starts to feel low she will ring Nan before it gets bad and will never miss her medication."
    )

    assert "action-absolute" in _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Gail will support Amira and Karim to prepare for the baby's arrival.", True),
        ("Support Mum to manage her money.", True),
        (
            "Gail will support Amira to fill in the Sure Start Maternity Grant form at the Thursday visit.",
            False,
        ),
    ],
)
def test_support_towards_a_step_as_vague_as_itself_says_nothing_of_what_is_done(
    text: str, flagged: bool
) -> None:
    found = _rules(text, "action", "Gail Simmons (Early Help Practitioner)", "17.12.2026")

    assert ("action-purposeless-verb" in found) is flagged


def test_every_appointment_for_a_childs_health_care_is_the_need_met() -> None:
    text = "Baby Anish gets to every appointment for his cleft lip care up to his operation on 16.03.2027."

    assert "outcome-is-an-activity" not in _rules(text, "outcome")
