"""A date of birth, a term with no date, how someone stands to the family after their name, and
verb groups that run on ("to continue to attend", "to each complete", "Go through with Tanya")."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.plan.parsing import parse_when
from familyplan.plan.who_cells import parse_who
from familyplan.smart import Context, check_statement, explain_statement

TODAY = dt.date(2026, 12, 6)


def needs_work(text: str, kind: str, context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, today=TODAY, context=context or Context())
    return {f.rule for f in found if f.severity.needs_work}


def test_a_date_of_birth_is_no_date_anything_is_due() -> None:
    text = (
        "Amira (born 02.12.2026) sleeps in her own cot, on her back, for every night-time sleep, as seen "
        "by Anita Roy (Health Visitor) at the 12-week visit (by 26.02.2027)."
    )
    assert "when-date-passed" not in needs_work(text, "outcome")
    assert parse_when("DOB: 02.12.2026, by 26.02.2027").due_date == dt.date(2027, 2, 26)


@pytest.mark.parametrize("when", ["Spring term", "By the end of term", "By Christmas"])
def test_a_point_in_the_year_with_no_date_asks_for_the_date(when: str) -> None:
    assert "when-no-date" in needs_work(when, "when")


def test_a_point_in_the_year_with_its_date_is_enough() -> None:
    assert needs_work("End of term (26.03.2027)", "when") == set()


def test_how_someone_stands_to_the_family_after_their_name_is_their_role() -> None:
    assert [(p.name, p.role) for p in parse_who("Nan (Linda Walsh), Leanne's mum")] == [
        ("Nan", "Linda Walsh, Leanne's mum")
    ]
    assert needs_work("Nan (Linda Walsh), Leanne's mum", "who") == set()
    # After someone whose relation is given, another relation is someone else.
    assert len(parse_who("Kayleigh (Mum), Jayden's nan")) == 2


def test_go_through_with_someone_is_the_thing_done() -> None:
    text = (
        "Go through with Tanya, in plain words, the signs that someone is grooming Jayden - a new phone, "
        "money he can't explain, going missing - and agree together who she'll ring if she sees them."
    )
    context = Context(who="PC Amy Shah, Schools and Youth Officer", when="Home visit Wednesday 20.01.2027")
    doing = explain_statement(text, "action", today=TODAY, context=context).reading.slot("doing")
    assert doing is not None
    assert doing.note == "go through"
    assert "action-negative" not in needs_work(text, "action", context)


@pytest.mark.parametrize(
    "text",
    [
        "Poppy to continue to attend school every day (attendance currently 98%).",
        "Amira to continue to be registered with the GP.",
    ],
)
def test_to_continue_to_is_read_and_is_no_change(text: str) -> None:
    assert "outcome-generic" in needs_work(text, "outcome")


def test_each_between_to_and_the_verb_and_a_course_named_in_capitals() -> None:
    context = Context(who="Claire (Mum) and Mark (Dad)", when="By 31.03.2027")
    text = "Claire and Mark to each complete the 4-session Parenting When Separated course."
    doing = explain_statement(text, "action", today=TODAY, context=context).reading.slot("doing")
    assert doing is not None
    assert doing.text.endswith("Parenting When Separated course")
    assert "action-referral-only" in needs_work(text, "action", context)


def test_a_when_after_a_name_still_opens_a_condition() -> None:
    reading = explain_statement("Mum will ring Nan When Ben is ill.", "action", today=TODAY).reading
    doing = reading.slot("doing")
    assert doing is not None
    assert doing.text == "will ring Nan"


@pytest.mark.parametrize(
    "text", ["Sarah will make sure Kai behaves himself at club.", "Kai is well-behaved at club."]
)
def test_behaving_oneself_is_a_standard_people_judge_differently(text: str) -> None:
    kind = "action" if text.startswith("Sarah") else "outcome"
    assert "subjective-standard" in needs_work(text, kind, Context(who="Mum (Sarah)", when="Every Monday"))


def test_a_referral_to_a_place_is_still_only_a_referral() -> None:
    context = Context(
        who="Mrs Helen Rowe, Family Liaison Officer, St Peter's Primary", when="w/c 18 January 2027"
    )
    assert "action-referral-only" in needs_work(
        "Referral to school nursing re: Kuba's bedwetting.", "action", context
    )


def test_someone_who_steps_in_after_a_second_trigger_is_the_network() -> None:
    text = (
        "If a fight turns physical, the adult at home takes the younger child out for a walk; if Natalie "
        "can't calm it down, Grandad Ray (five minutes away) will come round or have Alfie overnight."
    )
    assert "contingency-no-network" not in needs_work(text, "contingency")
    # A trigger after what is done is still the trigger: Chloe does nothing here.
    assert "contingency-no-network" in needs_work(
        "The school will ring the attendance team if Chloe is late.", "contingency"
    )


@pytest.mark.parametrize(
    "who",
    [
        "Paul Jennings, Community Mental Health Nurse and care coordinator, Adult Community Mental Health Team",
        "Mrs Joanne Hartley - Attendance and Welfare Officer, Greenbank Primary",
    ],
)
def test_one_workers_titles_with_and_in_them(who: str) -> None:
    assert needs_work(who, "who") == set()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Sara will no longer shout at the children by the 19 February 2027 review.", True),
        ("Mum will no longer have to carry Noah up the stairs.", True),
        ("Ella no longer misses breakfast, eating at home at least 6 days a week by 01.03.2027.", False),
    ],
)
def test_what_will_stop_is_no_outcome_without_what_is_wanted(text: str, flagged: bool) -> None:
    assert ("outcome-negative" in needs_work(text, "outcome")) is flagged


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        (
            "If concerns continue, a Child in Need assessment will be requested.",
            "contingency",
            "contingency-process-only",
        ),
        (
            "Children to keep their bedrooms tidy and be respectful to each other.",
            "action",
            "subjective-standard",
        ),
        ("Dad to make sure the home is calm and stress-free for Mum.", "action", "subjective-standard"),
    ],
)
def test_more_of_what_the_guidance_warns_against(text: str, kind: str, rule: str) -> None:
    assert rule in needs_work(text, kind, Context(who="Jess Cooper (Mum)", when="By Friday 15 January 2027"))


@pytest.mark.parametrize(
    "text",
    [
        "Ella no longer misses breakfast, eating breakfast at home every school day by 01.03.2027.",
        "Mum no longer drinks during the day, and is sober at school pick-up every day as Nan sees.",
        "Mum will no longer feel isolated, and will say she feels 7/10 connected on her scaling by 01.03.2027.",
    ],
)
def test_what_stops_with_what_is_wanted_after_it_is_positive_enough(text: str) -> None:
    assert "outcome-negative" not in needs_work(text, "outcome")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("If Kai feels scared at night, he will text his school mentor.", False),
        ("If Ellie feels unsafe, she will ring the school nurse.", False),
        ("If Leanne becomes unwell she will contact the crisis team.", True),
        ("If Mum relapses, she will tell her social worker.", True),
    ],
)
def test_a_child_telling_a_trusted_adult_is_help_and_a_grown_up_passing_it_on_is_not(
    text: str, flagged: bool
) -> None:
    assert ("contingency-no-network" in needs_work(text, "contingency")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ('Grandma will keep the house "clean and tidy".', True),
        ("Dad will make sure the children 'behave themselves' during contact.", True),
        (
            "Jo will talk with Kai about what 'be respectful' means to him and write down three things he will do.",
            False,
        ),
        (
            'Grandad will take Jayden to boxing every Monday - Jayden says he\'s "always wanted to box properly".',
            False,
        ),
        ("Mum will join the Stress Free Families group at the library every Tuesday at 10am.", False),
    ],
)
def test_a_standard_in_scare_quotes_is_still_the_standard(text: str, flagged: bool) -> None:
    context = Context(who="Kim (Mum)", when="Every Tuesday, review 01.03.2027")
    assert ("subjective-standard" in needs_work(text, "action", context)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Dad will sign a work agreement stating he will not shout at the children.", True),
        ("Kai will sign a phone agreement saying he will hand his phone to Mum at 9pm every night.", True),
        ("Kai will sign a college attendance contract.", True),
    ],
)
def test_a_behaviour_promise_is_a_written_agreement_whatever_the_agreement_is_called(
    text: str, flagged: bool
) -> None:
    context = Context(who="Kim (Mum)", when="15.01.2027")
    assert ("action-written-agreement" in needs_work(text, "action", context)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Ben's teacher checking his homework planner every Friday and texting Mum what is due.",
        "Bedtime routine starting at 7pm every night: bath, story, lights out at 7.30pm.",
    ],
)
def test_an_ing_verb_with_what_it_acts_on_is_still_the_verb(text: str) -> None:
    context = Context(who="Mrs Cole, Class Teacher", when="Every Friday, review 01.03.2027")
    assert "action-no-doing" not in needs_work(text, "action", context)


@pytest.mark.parametrize(
    "who",
    [
        "Mrs March, Class Teacher and the school nurse",
        "Kim Shaw, Youth Worker and her manager",
    ],
)
def test_someone_else_after_the_and_is_another_person(who: str) -> None:
    assert "who-role-without-name" in needs_work(who, "who")


@pytest.mark.parametrize(
    "text",
    [
        "Alfie understands what happened to Daddy, and by the review on 09.03.2027 Claire says she feels able "
        "to answer his bedtime questions.",
        "Harper is back on her line in her red book: weighed every fortnight, her weight is back on that line "
        "by 30.04.2027 and Kayleigh says she feels sure about making up feeds.",
    ],
)
def test_what_someone_in_the_family_says_is_how_we_will_know(text: str) -> None:
    assert "outcome-no-measure" not in needs_work(text, "outcome")


def test_an_ampersand_inside_a_title_joins_it() -> None:
    assert needs_work("Helen Brooks – Speech & Language Therapist", "who") == set()
    assert len(parse_who("Mum & Dad")) == 2


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        ("Liam will be told to move out if he keeps smoking at home.", "contingency", "action-restriction"),
        (
            "Mrs Dunn to monitor Mason's presentation in class and feed back to Lisa.",
            "action",
            "action-purposeless-verb",
        ),
        (
            "Rachel to do some work with Ollie around his bladder and confidence.",
            "action",
            "action-purposeless-verb",
        ),
    ],
)
def test_told_to_move_out_watching_and_passing_on_and_some_work(text: str, kind: str, rule: str) -> None:
    assert rule in needs_work(
        text, kind, Context(who="Mrs Dunn, Class Teacher", when="Weekly, review 22.03.2027")
    )


def test_a_level_after_a_colon_is_the_measure_of_what_is_kept_going() -> None:
    text = (
        "Chantelle keeps her education going: by 30.06.2027 she has a plan for her return to Year 11, with "
        "her English and Maths on track for a grade 4 or above."
    )
    assert "outcome-generic" not in needs_work(text, "outcome")


def test_a_not_in_what_the_outcome_is_for_is_no_negative_outcome() -> None:
    text = "Tyler's attendance is up from 71% to 90%+ by 26.03.2027, with a bus pass so the moves don't stop him."
    assert "outcome-negative" not in needs_work(text, "outcome")
    assert "outcome-negative" in needs_work("Ben will not miss school.", "outcome")


@pytest.mark.parametrize(
    "who",
    [
        "Mrs March, Head of Year 6 and Designated Safeguarding Lead",
        "Mr Patel, Head of Year 6 and class teacher",
    ],
)
def test_a_head_of_year_with_a_second_job_is_one_person(who: str) -> None:
    assert needs_work(who, "who") == set()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Dad no longer drinks and drives.", True),
        ("Mum no longer drinks, with support from Lisa.", True),
        ("Mum no longer drinks during the day, and is not drunk at pick-up.", True),
        ("Ben no longer refuses school, having moved to a school nearer home.", True),
        ("Ben no longer misses school, 95% attendance by 31.03.2027.", False),
    ],
)
def test_what_is_wanted_instead_is_a_clause_of_its_own_or_a_measure(text: str, flagged: bool) -> None:
    assert ("outcome-negative" in needs_work(text, "outcome")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("If Kai is asked to carry drugs, he will tell the youth offending team.", True),
        ("If Kai feels scared, he will ring his youth offending team worker.", False),
    ],
)
def test_a_child_telling_a_team_is_still_passing_it_on(text: str, flagged: bool) -> None:
    assert ("contingency-no-network" in needs_work(text, "contingency")) is flagged


def test_a_professionals_opinion_is_no_familys_view() -> None:
    text = "Alfie settles into Year 2 by 09.03.2027, and Dr Khan says he is fine."
    assert "outcome-no-measure" in needs_work(text, "outcome")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Mum will keep the house 'clean and tidy', which she says means the floor is clear each evening.",
            False,
        ),
        ("Miss Shaw will give Ben a 'good behaviour' sticker each lesson he stays in his seat.", False),
        ("Grandma will keep the house Clean And Tidy.", True),
        ("Mum will keep her flat to an Acceptable Standard.", True),
    ],
)
def test_a_standard_defined_or_a_thing_named_is_no_standard_and_capitals_change_nothing(
    text: str, flagged: bool
) -> None:
    context = Context(who="Kim (Mum)", when="Every evening, review 01.03.2027")
    assert ("subjective-standard" in needs_work(text, "action", context)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Mum will sign the tenancy agreement confirming she will not keep pets.", False),
        ("Dad will sign the repayment agreement stating he will always pay on the 1st.", False),
        ("Dad will sign a training agreement saying he will stay calm during contact.", True),
    ],
)
def test_an_ordinary_contracts_terms_are_no_rules_of_behaviour(text: str, flagged: bool) -> None:
    context = Context(who="Kim (Mum)", when="15.01.2027")
    assert ("action-written-agreement" in needs_work(text, "action", context)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Ruth Owen will help Mum if she is told to move out by her landlord, going with her to the council.",
            False,
        ),
        ("Liam will be told to move out.", True),
    ],
)
def test_told_to_move_out_is_a_direction_only_when_the_plan_gives_it(text: str, flagged: bool) -> None:
    context = Context(who="Ruth Owen, Housing Officer", when="By 01.03.2027")
    assert ("action-restriction" in needs_work(text, "action", context)) is flagged


def test_some_work_on_something_named_is_work() -> None:
    context = Context(who="Dad (Lee)", when="Every Saturday, review 01.03.2027")
    text = (
        "Dad will do some work on Nan's garden fence every Saturday with Ben, so Ben learns to use the tools."
    )
    assert "action-purposeless-verb" not in needs_work(text, "action", context)
