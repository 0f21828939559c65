"""One action told in short easy-read steps (seed 000: one action to a row); conditions on one part of
a contingency's response, after its own trigger (seed 002); the network's part said after a worker's,
or by the family's own community; a service given a worker's task; threats; and a standard spelt
out in brackets."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_statement

TODAY = dt.date(2026, 12, 7)


def _rules(text: str, kind: str, context: Context | None = None) -> set[str]:
    found = (
        check_statement(text, kind, today=TODAY, context=context) if context else check_statement(text, kind)
    )
    return {f.rule for f in found if f.severity.needs_work}


STEPS = Context(
    who="Jenny Marsh (Health Visitor) and Shannon (Mum)", when="Every Tuesday (review 26.01.2027)"
)


@pytest.mark.parametrize(
    "text",
    [
        "Jenny will show Shannon how to make up a bottle. She will use the picture card. Then Shannon will make "
        "one while Jenny watches. They will do this at each visit until Shannon says she feels sure.",
        "Bath at 6.45pm. Story at 7.10pm. Lights off at 7.30pm. Mum puts a star on the chart each night Ellie is "
        "in bed by 7.30pm.",
    ],
)
def test_one_action_in_short_steps_is_one_action(text: str) -> None:
    assert "several-statements" not in _rules(text, "action", STEPS)


def test_several_actions_in_one_box_are_still_several() -> None:
    text = (
        "Mum will take Ben to school each morning. Dad will sort out the rent arrears with the council. "
        "Jenny will refer Ben to the young carers group. Mrs Hill will give Ben a mentor at school."
    )
    assert "several-statements" in _rules(text, "action", STEPS)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "If Becky can't pay a bill one month, she will ring Sam Whitfield (Debt Adviser) before the due "
            "date. Her dad has said he can lend £50 for the electric in an emergency, and the food pantry is "
            "open on Fridays.",
            False,
        ),
        (
            "If Grandad Pete is ill, Marcia, the mum of Cody's friend, has agreed to take him to school. Leanne "
            "will tell her recovery worker if she is struggling with mornings.",
            False,
        ),
        ("If Mum drinks, Nan will have the children. If things get worse, we will call a meeting.", True),
        ("If Mum drinks or if things get worse, Nan will have the children.", True),
        ("Nan will have the children if things get worse.", True),
    ],
)
def test_a_further_condition_on_one_part_of_the_response_is_not_the_trigger(text: str, flagged: bool) -> None:
    assert ("contingency-vague-trigger" in _rules(text, "contingency")) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "If Mihai's bursary hasn't started when his rent is due, Claire, his Supported Lodgings Worker, will "
        "agree a short pause with his hosts, and his dad in Peterborough has said he will send what he can.",
        "If the benefit is not paid by 29.01.2027, Lorraine, her Welfare Rights Adviser, will ask for the "
        "decision to be looked at again, and her church has said it will help with food and gas top-ups.",
        "If Musa gets very upset, Mr Kowalski (Class Teacher) will take him to the calm corner and ring Dad "
        "(Yusuf). Dad will use the same calm words at home that evening.",
    ],
)
def test_the_networks_part_after_a_workers_is_the_network(text: str) -> None:
    assert "contingency-no-network" not in _rules(text, "contingency")


def test_the_family_talking_it_over_as_a_family_names_them() -> None:
    text = (
        "If the phone basket at tea isn't working, we'll talk about it as a family on Sunday and change the "
        "rule. If we're still arguing after two weeks, Mum will ask Sunita (Family Practitioner) to come to tea."
    )
    assert "contingency-helper-unnamed" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Poppy (3) will arrive at nursery with everything she needs for the day (nappies, wipes, spare "
            "clothes, a warm coat) every day she attends until 01.02.2027, checked by staff at drop-off.",
            False,
        ),
        (
            "Poppy (3) will arrive at nursery with everything she needs for the day every day she attends until "
            "01.02.2027, checked by staff at drop-off.",
            True,
        ),
    ],
)
def test_a_standard_spelt_out_in_brackets_is_not_vague(text: str, flagged: bool) -> None:
    assert ("outcome-vague-word" in _rules(text, "outcome")) is flagged


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "If Mum lets Kyla's father visit the house again, the children will go and live with their Nan.",
            "contingency-a-warning",
        ),
        (
            "If Mum misses an appointment with her recovery worker, the children will stay with Grandma Sheila "
            "until she is back on track.",
            "contingency-a-warning",
        ),
        (
            "If Dad returns to the family home, Mum understands that Children's Social Care will be informed.",
            "contingency-a-warning",
        ),
        (
            "If there are any more arguments in front of the children, Dad will move out.",
            "action-restriction",
        ),
    ],
)
def test_a_consequence_imposed_for_what_someone_does_is_a_threat(text: str, rule: str) -> None:
    assert rule in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If Mum is admitted to hospital, the children will stay with Nan until she is home, and Nan will take "
        "them to school.",
        "If the flat floods again, Mum will move out with the children to her sister Jo's until it is dry.",
        "If Mum drinks, Nan will have the children that night and Mum will ring her recovery worker, Sue, the "
        "next morning.",
    ],
)
def test_help_from_the_network_is_not_a_threat(text: str) -> None:
    found = _rules(text, "contingency")
    assert "contingency-a-warning" not in found
    assert "action-restriction" not in found


@pytest.mark.parametrize(
    ("text", "service"),
    [
        (
            "If Ruby can't get in for her mornings, her cousin Ellie will walk in with her and the school will phone "
            "home.",
            "the school",
        ),
        (
            "If Kyle is not home by 10pm, Uncle Jason will go out to look for him and the Youth Service will follow "
            "up the next day.",
            "the Youth Service",
        ),
        (
            "If Tia's speech is not coming on, Grandma will play the practice games with her and the speech "
            "therapy team will see her again.",
            "the speech therapy team",
        ),
    ],
)
def test_a_workers_task_given_to_a_service_in_a_contingency_names_nobody(text: str, service: str) -> None:
    found = [f for f in check_statement(text, "contingency", today=TODAY) if f.rule == "who-organisation"]
    assert [text[f.start : f.end] for f in found] == [service]


@pytest.mark.parametrize(
    "text",
    [
        "If he is late three times in a fortnight, Mrs Rahimi and the school will meet Lucy (Specialist Teacher) "
        "to change the plan.",
        "If Jo goes missing, Mum will ring 101 and the police will look for her, and Nan will sit with the little "
        "ones.",
        "If the boiler breaks again, the family will ring the repairs line and Tom from housing will chase the "
        "landlord.",
        "If Aisha's breathing gets worse, Mum will ring 999, her brother Abdi will go with them, and the hospital "
        "will book an interpreter.",
        "If Mum is in hospital for more than a week, the nursery will keep Poppy's place open and Nan will take "
        "her in each morning.",
    ],
)
def test_a_person_with_the_service_or_a_service_no_one_can_name_is_fine(text: str) -> None:
    assert "who-organisation" not in _rules(text, "contingency")


def test_reporting_a_child_missing_is_a_call_to_a_service() -> None:
    text = (
        "If Kyle goes missing, Mum will report him to the police on 101 and Ade Okafor (Youth Worker) will see him "
        "the next day."
    )
    assert "contingency-no-network" in _rules(text, "contingency")
    with_network = text.replace("and Ade", "and his uncle Rob will drive round the park, and Ade")
    assert "contingency-no-network" not in _rules(with_network, "contingency")


def test_it_all_getting_too_much_is_a_judgement_not_a_trigger() -> None:
    text = "If it all gets too much for Stephen, his mum Linda will have the boys for a bit."
    assert "contingency-vague-trigger" in _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "If Reece goes missing again, Mum will report him to the police and the Family Practitioner will refer "
            "him to the exploitation panel.",
            True,
        ),
        (
            "If Amina feels unsafe she will call 999, and her outreach worker will arrange a move to another refuge.",
            True,
        ),
        ("If Amina feels unsafe she will call 999.", False),
        (
            "If Amina feels unsafe she will call 999 and go to her sister Laila's, and her outreach worker will "
            "update her safety plan.",
            False,
        ),
    ],
)
def test_a_worker_known_by_their_job_responds_too(text: str, flagged: bool) -> None:
    assert ("contingency-no-network" in _rules(text, "contingency")) is flagged


def test_the_staff_on_hand_cannot_be_named_ahead() -> None:
    text = (
        "If Harvey has an asthma attack at school, staff will follow his asthma card and ring 999, then ring Mum; "
        "if Mum can't leave work, his Grandad Pete will meet him at the hospital."
    )
    assert "who-organisation" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Tiana (3) will have been to her hearing test with the health visitor by 29.01.2027.", False),
        ("Jordan (17) will have a confirmed place on a college course by 29.01.2027.", False),
        ("By July 2027 Kai will have an approved plan.", True),
        ("Jordan (17) will have been to the youth club.", True),
    ],
)
def test_gone_to_an_appointment_or_a_place_confirmed_by_a_date_is_shown_by_the_date(
    text: str, flagged: bool
) -> None:
    assert ("outcome-no-measure" in _rules(text, "outcome")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("If the lodgings break down, Nicola will find another supported lodgings host for Shannon.", True),
        ("If Olamide's lodgings end, he will move to a hostel bed until a new host is found.", True),
        ("If Liam can't stay at his lodgings he will be placed in emergency B&B accommodation.", True),
        ("If the nursery place breaks down, the family worker will find Yusuf another nursery.", True),
        (
            "If Liam can't stay at his lodgings, his aunt Rita will have him on her sofa bed while Nicola looks for "
            "another host.",
            False,
        ),
    ],
)
def test_another_placement_is_a_process_not_the_networks_help(text: str, flagged: bool) -> None:
    assert ("contingency-process-only" in _rules(text, "contingency")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "If Demi struggles at night with Archie, she will call the family nurse the next morning or ring 111 if "
            "she is worried about his health.",
            True,
        ),
        ("If Jo feels unsafe she will ring 999.", False),
        ("If Ellie feels unsafe, she will ring the school nurse.", False),
    ],
)
def test_an_emergency_number_is_a_response_only_when_no_other_service_is_rung(
    text: str, flagged: bool
) -> None:
    assert ("contingency-no-network" in _rules(text, "contingency")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Jayden (3) has had a dental check-up and any treatment he needs has been done by 26.03.2027, confirmed "
            "by the dental practice.",
            False,
        ),
        ("Mum will have had three counselling sessions by 26.03.2027.", True),
    ],
)
def test_a_childs_health_check_had_is_the_need_met(text: str, flagged: bool) -> None:
    assert ("outcome-is-an-activity" in _rules(text, "outcome")) is flagged


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "The Nowak family have calmer mornings before school by the February half-term.",
            "outcome",
            "outcome-no-measure",
        ),
        (
            "If Ryan is found to have stayed at the house, the children will be moved to Nan Sue's.",
            "contingency",
            "contingency-a-warning",
        ),
        (
            "Contact between Gemma and the children will stop if she misses another visit.",
            "contingency",
            "action-restriction",
        ),
    ],
)
def test_calmer_than_what_a_move_as_a_consequence_and_contact_stopped(
    text: str, kind: str, rule: str
) -> None:
    found = _rules(text, kind)
    assert rule in found or (rule == "outcome-no-measure" and "outcome-improve-without-measure" in found)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "If Dad's Saturday falls through, Harvey will spend the day with a relative on Dad's side.",
            "contingency-helper-unnamed",
        ),
        (
            "Sylvia and Winston understand that if they can't keep the children safe from their mum, the children may "
            "have to go to foster carers.",
            "contingency-a-warning",
        ),
        (
            "If Jamie comes to the house again, Kirsty will be required to stop all contact between him and the "
            "children.",
            "action-restriction",
        ),
    ],
)
def test_a_day_with_someone_unnamed_foster_care_as_a_warning_and_contact_stopped_on_demand(
    text: str, rule: str
) -> None:
    assert rule in _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "If the morning routine breaks down, Cian will be offered a free breakfast club place and the attendance "
            "officer will phone Declan each morning.",
            "contingency-no-network",
        ),
        (
            "If there are any further worries about Lacey-Mae, Kayleigh will call on her support network and let Mr "
            "Ward know.",
            "contingency-helper-unnamed",
        ),
    ],
)
def test_a_child_offered_a_place_responds_to_nothing_and_a_network_unnamed_is_no_helper(
    text: str, rule: str
) -> None:
    assert rule in _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "If Kacper's attendance falls below 90%, Mrs Hollis will do a home visit that week and offer him a "
            "breakfast club place from 8am.",
            True,
        ),
        (
            "If Ethan can't manage afternoons, Mrs Green will put his timetable back to mornings and ask the "
            "educational psychologist to observe him.",
            True,
        ),
        (
            "If the twins are poorly, Mrs Begum will take them to the GP and her sister will have the baby.",
            False,
        ),
    ],
)
def test_someone_by_title_doing_a_workers_task_is_a_worker(text: str, flagged: bool) -> None:
    assert ("contingency-no-network" in _rules(text, "contingency")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Amira knows what to do if she has a hypo at school.", True),
        ("If Sadia feels unsafe, she will put her safety plan into action.", True),
        ("If Theo's behaviour becomes unmanageable, Mum will use the strategies she has learned.", True),
        (
            "If Amira has a hypo at school, she knows what to do: eat her glucose tablets and tell Mrs Khan, who will "
            "ring Mum.",
            False,
        ),
    ],
)
def test_a_response_that_only_points_to_a_plan_says_nothing_of_what_is_done(text: str, flagged: bool) -> None:
    assert ("action-purposeless-verb" in _rules(text, "contingency")) is flagged
