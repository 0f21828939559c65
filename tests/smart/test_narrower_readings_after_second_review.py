"""Good statements the newer readings (improvement alone, what will not happen, bans, workers by what
they do, steps six months off, roles as acronyms) must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_statement, explain_statement
from familyplan.smart.checker import check_cells

TODAY = dt.date(2026, 12, 7)


def _needs_work(text: str, kind: str) -> set[str]:
    explained = explain_statement(text, kind, today=TODAY)
    return {f.rule for f in explained.findings if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "Amir's attendance improves from 81.5% this term to 92% by 31.03.2027.",
        "Poppy's sleep improves: she sleeps in her own bed from 7.30pm to 6.30am on at least 5 nights a week "
        "by 28.02.2027.",
        "Jay's attendance improves, reaching 95% or more in every half term by 31.03.2027.",
        "Kai's speech improves so he can say at least 50 words by his 2-year check on 14.04.2027.",
        "Mo has a better relationship with his dad: they go to the football together every other Saturday and "
        "both score how they get on at 6 out of 10 or more by 31.03.2027.",
        "Better Start: Ruby goes to the Little Explorers group with Mum every Tuesday and can say 20 words by "
        "her 2-year check on 14.04.2027.",
        "Mum gets better sleep, sleeping at least 6 hours on 5 nights a week by 28.02.2027, recorded in her "
        "sleep diary.",
        "Ellie will go without a nappy during the day, using the potty by herself, by 30.06.2027.",
        "Zara's mornings will go without a rush: she is dressed, has had breakfast and is out of the door by "
        "8.20am on 4 school days out of 5 by 31.01.2027.",
        "Kayden is back playing for the under-14s every Saturday once his ban ends on 16.01.2027, with Dad "
        "taking him to every match.",
    ],
)
def test_good_outcomes_stay_good(text: str) -> None:
    assert not _needs_work(text, "outcome") & {
        "outcome-only-improves",
        "outcome-negative",
        "action-restriction",
    }


@pytest.mark.parametrize(
    "text",
    [
        "If Liam turns up at the flat, Mum won't let any of them in: she will keep the door locked, ring 999 "
        "and then ring her sister Jo to come over.",
        "If Kayden's 6-week ban from the youth club is extended, Uncle Dave will take him to boxing on "
        "Tuesday and Thursday evenings instead.",
        "If Mum's shifts change, Mrs Patel will see them every day after school at her house next door and "
        "give them tea until Mum gets home.",
        "If Mum is late back from her shift, Mrs Begum will meet them at the school gate and give them tea at "
        "hers until Mum gets home.",
    ],
)
def test_good_contingencies_stay_good(text: str) -> None:
    assert not _needs_work(text, "contingency") & {"action-restriction", "contingency-no-network"}


@pytest.mark.parametrize(
    ("action", "who", "when"),
    [
        (
            "Mrs Ashworth will take Leo on two extra visits to Oakfield Academy before he starts Year 7.",
            "Mrs Ashworth (Year 6 teacher)",
            "06.07.2027",
        ),
        (
            "Amy Hart will do Ellie's two-year development check at home, with Mum there.",
            "Amy Hart (Health Visitor)",
            "14.08.2027",
        ),
        (
            "Jordan will sit his GCSE English paper in the small exam room with 25% extra time.",
            "Mrs Cole (Exams Officer), Jordan (young person)",
            "12.06.2027",
        ),
        (
            "Dad will take Zain to his swimming lesson at Eastgate Pool every Saturday at 10am.",
            "Imran (Dad)",
            "Every Saturday, 09.01.2027 to 17.07.2027 (review 20.02.2027)",
        ),
    ],
)
def test_a_step_set_by_an_event_or_recurring_is_not_beyond_the_timescale(
    action: str, who: str, when: str
) -> None:
    cells = check_cells("action", Context(who=who, when=when), today=TODAY, action=action)
    assert not [f for _, f in cells if f.rule == "when-beyond-timescale"]


@pytest.mark.parametrize(
    "action",
    [
        "Callum and Mum will go to the meeting at the football club to appeal his six-week ban.",
        "Mum will not let any of Ruby's repeat prescriptions run out: she will order Ruby's inhaler on the "
        "1st of every month.",
    ],
)
def test_a_ban_as_a_noun_or_a_promise_about_things_is_no_restriction(action: str) -> None:
    found = check_statement(
        action, "action", today=TODAY, context=Context(who="Kelly (Mum)", when="12.01.2027")
    )
    assert "action-restriction" not in {f.rule for f in found}


@pytest.mark.parametrize(
    "who",
    [
        "Priya Shah (Family Support Worker, NSPCC)",
        "Mr Adeyemi (Year 6 teacher, St Mary's CE Primary)",
        "Dr AK Singh (Consultant Paediatrician)",
        "Mr Owen (ICT teacher)",
        "OKAFOR, Kate (Health Visitor)",
    ],
)
def test_a_role_written_in_full_beside_other_capitals_needs_no_work(who: str) -> None:
    assert not [f for f in check_statement(who, "who") if f.severity.needs_work]


def test_recurring_work_for_a_childs_safety_is_held_to_its_review_not_its_end() -> None:
    action = "Bev will meet Chantelle every Wednesday at 11am to go through her safety plan."
    who = "Bev Marsh (Domestic Abuse Worker)"
    reviewed_soon = Context(who=who, when="Every Wednesday until 10.03.2027 (review 27.01.2027)")
    reviewed_late = Context(who=who, when="Every Wednesday until 30.06.2027 (review 30.05.2027)")

    def beyond(context: Context) -> bool:
        cells = check_cells("action", context, today=TODAY, action=action)
        return any(f.rule == "when-beyond-timescale" for _, f in cells)

    assert not beyond(reviewed_soon)
    assert beyond(reviewed_late)


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        ("Improve Harvey's school attendance to 90% by 12.02.2027.", True),
        ("Increase the money Mum has left each week to £40 by 26.02.2027.", True),
        ("Harvey's attendance improves from 78% to 90% by 12.02.2027, checked on the register.", False),
        (
            "Secure housing: the Begum family's flat is dry and warm by 29.01.2027, checked by Jo at a visit.",
            False,
        ),
    ],
)
def test_an_outcome_told_as_an_instruction(text: str, instruction: bool) -> None:
    assert ("outcome-an-instruction" in _needs_work(text, "outcome")) is instruction


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Leah knows who to ring if anything happens at home.", True),
        (
            "If Mum is taken ill, Jess (15) knows who to call: her aunt Tina, whose number is on the fridge.",
            False,
        ),
    ],
)
def test_knowing_who_to_call_is_vague_unless_it_says_who(text: str, vague: bool) -> None:
    assert ("action-purposeless-verb" in _needs_work(text, "contingency")) is vague


def test_up_to_a_day_written_with_its_month_is_no_level_reached() -> None:
    text = (
        "Jessica (14) will no longer miss school on the Mondays after contact weekends, with Monday attendance "
        "checked weekly by Mrs Barker, up to 26 March 2027."
    )
    assert "outcome-negative" in _needs_work(text, "outcome")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "If Mum is taken ill, Jack (4) and Mia (2) will go next door to Mrs Patel's with Dad while the "
            "paramedics see Mum.",
            "contingency",
        ),
        ("Noah (4) will call Nana Rose on video with Dad every Sunday at 5pm.", "action"),
        (
            "Nan Sheila will stay with Mum on her chemotherapy days, so that Tia (13) does not have to miss school "
            "to look after her.",
            "action",
        ),
        ("If Dad's asthma is bad, Mum will keep Leo off school to care for him at home.", "contingency"),
        (
            "If Mum is admitted to hospital, the children will stay with their grandparents, Pat and Roy Hill, at "
            "4 Elm Road.",
            "contingency",
        ),
        (
            "If Mum is late, Dad will take the kids round to a neighbour, Mrs Patel at number 12, who has agreed "
            "to have them until 8pm.",
            "contingency",
        ),
        (
            "If Mum is admitted to hospital, the children will stay with his grandparents up the road (Pat and "
            "Roy), who have agreed.",
            "contingency",
        ),
        (
            "Amir's needs are met in class: he has his own workstation, a visual timetable and a movement break "
            "every hour, from 05.01.2027.",
            "outcome",
        ),
        (
            "Ruby (14) has the bus pass she needs for college and is met at the station by Dad every evening by "
            "12.02.2027.",
            "outcome",
        ),
        (
            "Mum will go to the Emotional Regulation workshop at the Family Hub on 14.01.2027 and try one idea "
            "from it at bathtime each night.",
            "action",
        ),
        (
            "Lower School attendance for Ben reaches 95% by 12.02.2027, as the school register shows.",
            "outcome",
        ),
        (
            "If Dad comes round drunk, Mia (11) knows who to call (Nan Pat on her phone, then 999 if anyone is "
            "hurt).",
            "contingency",
        ),
    ],
)
def test_good_statements_the_second_review_found(text: str, kind: str) -> None:
    rules = {
        "child-given-a-grown-ups-part",
        "contingency-helper-unnamed",
        "outcome-vague-word",
        "therapy-words",
        "outcome-an-instruction",
        "action-purposeless-verb",
    }
    context = Context(who="Mum (Kerry Hill)", when="14.01.2027") if kind == "action" else Context()
    found = check_statement(text, kind, today=TODAY, context=context)
    assert not {f.rule for f in found if f.severity.needs_work} & rules


@pytest.mark.parametrize(
    ("action", "when", "beyond"),
    [
        ("Mum will have cleared the rent arrears by the 6 month review.", "30.07.2027", True),
        ("Book Ava's hearing test at the audiology clinic.", "30.07.2027", True),
        (
            "Show Mum how to make up bottles safely for baby Mia.",
            "Weekly from 14.12.2026, review 30.04.2027",
            True,
        ),
    ],
)
def test_a_plan_review_or_a_hearing_test_sets_no_date_of_its_own(
    action: str, when: str, beyond: bool
) -> None:
    cells = check_cells("action", Context(who="Kerry (Mum)", when=when), today=TODAY, action=action)
    assert any(f.rule == "when-beyond-timescale" for _, f in cells) is beyond


@pytest.mark.parametrize(
    ("who", "warned"), [("Kate Morris HV", True), ("HV", True), ("PC Jones (WMP)", False)]
)
def test_a_role_acronym_the_catalogue_knows_is_a_role(who: str, warned: bool) -> None:
    found = [f for f in check_statement(who, "who") if f.rule == "who-role-acronym"]
    assert bool(found) is warned


@pytest.mark.parametrize(
    ("text", "kind", "who", "rule", "flagged"),
    [
        (
            "Ring Mum if Leo hasn't arrived at breakfast club by 8.40.",
            "action",
            "Mr Osei (Breakfast Club Lead)",
            "action-negative",
            False,
        ),
        (
            "Write to the landlord setting out the repairs that must be done and by when.",
            "action",
            "Imran Hussain (Environmental Health Officer)",
            "action-restriction",
            False,
        ),
        (
            "Mum's blood sugar readings are in the range her nurse set, at her check on 17.02.2027.",
            "outcome",
            "",
            "outcome-no-measure",
            False,
        ),
        (
            "Mum and Dad will give Ava a sensible bedtime on school nights.",
            "action",
            "Laura (Mum) / James (Dad)",
            "subjective-standard",
            True,
        ),
        (
            "If I feel like using, I will never pick up. I'll ring my sponsor Dave that night.",
            "contingency",
            "",
            "action-absolute",
            True,
        ),
        (
            "Weigh Harrison at home and show Mum how to mash his food.",
            "who-cell",
            "HV (Sarah)",
            "who-role-acronym",
            True,
        ),
        (
            "See Marcus at the youth centre on Thursdays at 4pm to plan his week.",
            "who-cell",
            "Tariq Malik (YOS worker)",
            "who-role-acronym",
            True,
        ),
    ],
)
def test_readings_from_the_last_taught_sets(text: str, kind: str, who: str, rule: str, flagged: bool) -> None:
    if kind == "who-cell":
        found = {f.rule for f in check_statement(who, "who") if f.severity.needs_work}
    else:
        context = (
            Context(who=who, when="Every school day (review 26.01.2027)") if kind == "action" else Context()
        )
        found = {
            f.rule for f in check_statement(text, kind, today=TODAY, context=context) if f.severity.needs_work
        }
    assert (rule in found) is flagged


@pytest.mark.parametrize(
    "who",
    [
        "Sarah JONES, Family Support Worker",
        "JONES Sarah (Health Visitor)",
        "AK Singh, School Nurse",
        "Young person – LC",
        "Mother – KC",
        "Mum (KC) / Leo (LC)",
        "Lisa Grant (WHG Housing Officer)",
    ],
)
def test_initials_surnames_and_agencies_before_a_role_are_no_role_acronym(who: str) -> None:
    assert not [f for f in check_statement(who, "who") if f.rule == "who-role-acronym"]


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "Ben will be in bed by 8pm, a sensible bedtime for a six-year-old, on five school nights out of five by "
            "02.03.2027.",
            "outcome",
            "subjective-standard",
        ),
        (
            "Ella will be able to name three signs of a healthy relationship with a partner by 26.02.2027.",
            "outcome",
            "outcome-vague-word",
        ),
    ],
)
def test_a_standard_spelt_out_or_a_topic_taught_is_not_vague(text: str, kind: str, rule: str) -> None:
    assert rule not in _needs_work(text, kind)
