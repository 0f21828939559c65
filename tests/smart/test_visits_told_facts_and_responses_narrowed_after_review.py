"""Where this round's readings read too widely or too narrowly, as a review with statements of its own
found: visits that go on to say what is done, or that the family make; what is told said at length; a
known-by that is the goal's reason or sessions gone to; work already started; vague triggers with a
date; regular things that are the problem, not the help; a named alternative; relatives named after
"family"; what a child says at a meeting; and notes' triggers."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_statement

TODAY = dt.date(2026, 12, 7)
W = "Jo Bell (Family Support Worker)"
WR = "From 10/01/2027, review 10/03/2027"
D = "12/01/2027"


def _flags(kind: str, text: str, rule: str, who: str | None = None, when: str | None = None) -> bool:
    context = Context(who=who or "", when=when or "")
    return rule in {f.rule for f in check_statement(text, kind, today=TODAY, context=context)}


PURPOSELESS = "action-purposeless-verb"


@pytest.mark.parametrize(
    ("text", "who", "flagged"),
    [
        ("Jo will visit Mum every Tuesday morning and they will go through the bills together.", W, False),
        ("Jo will visit Mum every week and help her fill in the PIP form.", W, False),
        ("Jo will do home visits every Tuesday and go through the bills with Mum.", W, False),
        ("Dad will visit Kai every Saturday.", f"Liam Hart (Dad); {W}", False),
        ("Liam will visit Kai and Mia at home every Saturday.", f"Liam Hart (Dad), supported by {W}", False),
        ("Mum and Jo will visit Brambles.", f"{W}, Tanya Reid (Mum)", False),
        ("Jo will visit the family regularly.", W, True),
        ("Jo will visit the family after school every Tuesday.", W, True),
        ("Jo will visit Mum and baby at home every week.", W, True),
        ("Jo will visit Kai's mum every week.", W, True),
        ("Jo will visit Mum at home on 14/01/2027.", W, True),
        ("Jo will conduct home visits every fortnight.", W, True),
        ("Jo will carry out unannounced home visits.", W, True),
    ],
)
def test_a_visit_is_judged_by_what_follows_whom_and_by_who_makes_it(
    text: str, who: str, flagged: bool
) -> None:
    assert _flags("action", text, PURPOSELESS, who, WR) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Jo will explain to Mum and Dad that children settle better with a bedtime routine.", False),
        (
            "Jo will explain to Mum, using the Solihull leaflet, that babies cry more when they are overtired.",
            False,
        ),
        ("Jo will reassure Mum that the feeds should get easier as Ava gets bigger.", False),
        ("Jo will help Mum understand that Kai's tantrums get shorter when she stays calm.", False),
        (
            "Jo will remind Mum that Kai's appointment is on 14/01/2027 and Mum will get him to bed earlier.",
            True,
        ),
        ("Jo will explain to Mum that it would be better if she was firmer with Kai.", True),
        ("Jo will tell Dad that he has got to be stricter with the boys.", True),
        ("Jo will tell Mum that it is important that she is more consistent.", True),
    ],
)
def test_what_is_told_is_read_to_its_end_and_what_a_parent_must_do_is_still_a_standard(
    text: str, flagged: bool
) -> None:
    assert _flags("action", text, "action-vague-comparative", W, D) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "By 31/03/2027 Tia will be safe. We know Tia is at risk because she has been going missing at weekends.",
        "By 31/03/2027 Farida will feel more like herself. We will know because she will have attended 10 "
        "sessions of the Freedom Programme.",
    ],
)
def test_the_goals_reason_or_sessions_gone_to_are_no_measure(text: str) -> None:
    assert not _flags("outcome", text, "outcome-well-measured")


@pytest.mark.parametrize(
    ("when", "flagged"),
    [
        ("Every Wednesday from 02/12/2026 until 10/04/2027", False),
        ("Every Wednesday from 14/04/2027 until 30/06/2027; next TAF 20/01/2027", True),
    ],
)
def test_weekly_work_for_a_baby_already_started_is_had_now(when: str, flagged: bool) -> None:
    text = "Mum will take Ava (4 months) to Baby Massage at the Family Hub, where Lisa will show her the strokes."
    found = {f.rule for f in check_statement(when, "when", today=TODAY, context=Context(action=text))}
    assert ("when-beyond-timescale" in found) is flagged


@pytest.mark.parametrize(
    ("text", "rule", "flagged"),
    [
        (
            "Should there be little or no improvement, in that Kai is still late more than twice a week, "
            "Nan (Pat Hughes) will walk him in.",
            "contingency-vague-trigger",
            False,
        ),
        (
            "Should the situation at home not improve by 10/03/2027, Nan (Pat Hughes) will have the children.",
            "contingency-vague-trigger",
            True,
        ),
        (
            "If Little Stars closes, Jo will find another provider and ring Brambles and Rainbows with Mum.",
            "contingency-vague-response",
            False,
        ),
        ("If Pauline can't help, Mum will find alternative childcare.", "contingency-vague-response", True),
        (
            "If Pauline can't help, Jo will signpost Mum to another service.",
            "contingency-vague-response",
            True,
        ),
        (
            "If the boiler isn't fixed, Tanya and the children will stay with family at her sister Amy's in Leeds.",
            "contingency-helper-unnamed",
            False,
        ),
        (
            "If the boiler isn't fixed, Tanya and the children will stay with family in Leeds.",
            "contingency-helper-unnamed",
            True,
        ),
        (
            "Gran on holiday \u2192 Auntie Jade (Dad's sister) covers Wednesday tea.",
            "contingency-no-trigger",
            False,
        ),
    ],
)
def test_contingencies_read_after_review(text: str, rule: str, flagged: bool) -> None:
    assert _flags("contingency", text, rule) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Sally will see Ben at school about his frequent headaches and check his eyesight.", False),
        ("Mum will keep to regular mealtimes and bedtimes for Kai (tea at 5pm, bed at 7.30pm).", False),
        ("Jo will go through Mum's bank statements with her and list her regular payments.", False),
        ("Jo will have regular contact with Mum.", True),
        ("Jo will offer Mum regular 1:1 sessions.", True),
    ],
)
def test_regular_is_how_often_only_of_what_is_done(text: str, flagged: bool) -> None:
    assert _flags("action", text, "action-vague-how-often", W, WR) is flagged


@pytest.mark.parametrize(
    ("ending", "measured"),
    [
        (", as Tobi will tell Megan (Young Carers Worker) at the review.", True),
        (", as Tobi and Mum will tell Megan at the review.", True),
        (", as Tobi will say at the review.", True),
        (", as Tobi says to Nan on bad days.", False),
        (", as Tobi tells Megan in confidence.", False),
    ],
)
def test_what_a_child_says_is_a_measure_when_it_is_heard_at_a_set_time(ending: str, measured: bool) -> None:
    text = "By 10/03/2027 Tobi will only do the jobs at home he says he is happy to do" + ending
    assert (not _flags("outcome", text, "outcome-no-measure")) is measured


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Jo will talk to Mum about the frequent calls from school and agree with her what to say back.",
            False,
        ),
        ("Kai will keep a log of his regular chats with his mentor to share at the review.", False),
        ("Jo will have regular chats with Kai on Tuesday lunchtimes about how school is going.", False),
        ("Nan will ring Mum for regular catch-ups.", True),
    ],
)
def test_regular_things_are_how_often_only_when_had_or_held(text: str, flagged: bool) -> None:
    assert _flags("action", text, "action-vague-how-often", W, WR) is flagged


@pytest.mark.parametrize(
    ("ending", "measured"),
    [
        (", as she will tell her key person, Sarah, at the review.", True),
        (", as she'll tell us at the review.", True),
        (", as Mum, Dad and Mia will say at the review.", True),
        (", as Mia will tell Sarah in Spanish.", False),
        (", as Mia will tell us at Nan's.", False),
    ],
)
def test_what_a_child_says_is_heard_at_a_meeting_or_on_a_day(ending: str, measured: bool) -> None:
    text = "By 10/03/2027 Mia will feel happy at nursery" + ending
    assert (not _flags("outcome", text, "outcome-no-measure")) is measured


@pytest.mark.parametrize(
    "ending", ["the case will be closed.", "Mum will tell us.", "Mum will say she is managing."]
)
def test_a_known_by_that_names_nothing_seen_is_no_measure(ending: str) -> None:
    text = "By March 2027 Mum will be managing Kai's behaviour at home. We will know because " + ending
    assert not _flags("outcome", text, "outcome-well-measured")


@pytest.mark.parametrize(
    ("text", "rule", "flagged"),
    [
        (
            "If Kai misses school, his school will contact Mum and she will walk him in the next day.",
            "contingency-no-network",
            False,
        ),
        (
            "If the after-school club closes, Mum will find alternative childcare; Nan (Pat Hill) can do Tuesdays.",
            "contingency-vague-response",
            False,
        ),
    ],
)
def test_the_family_acting_after_a_school_and_an_alternative_named_after(
    text: str, rule: str, flagged: bool
) -> None:
    assert _flags("contingency", text, rule) is flagged


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Tom takes the children to school every morning at 8.30.", "Tom Hill (Uncle)"),
        ("Rose meets Mum at the school gate every morning at 8.45.", "Rose Hill (Nan)"),
        ("Kit reads with Leo every night.", "Kit Hill (older brother)"),
        ("Drew collects Kai from school on Tuesdays.", "Drew Hill (Uncle)"),
    ],
)
def test_a_name_that_is_also_a_word_is_who_does_what_follows(text: str, who: str) -> None:
    assert not _flags(
        "action", text, "action-no-doing", who, "Every Tuesday from 12/01/2027, review 09/03/2027"
    )


@pytest.mark.parametrize(
    ("trigger", "flagged"),
    [
        ("Should the situation at home not improve by 10 March 2027", True),
        ("If the situation at home hasn't improved by the review", True),
        ("If there has been little or no improvement by the review", True),
        ("If things at home don't improve by the March review", True),
        ("If little or no improvement is seen", True),
        ("If there has been no improvement in Kai's attendance (still below 85%) by the review", False),
        ("If the housing situation has not changed by March", False),
    ],
)
def test_no_improvement_said_in_other_words_is_still_vague(trigger: str, flagged: bool) -> None:
    text = trigger + ", Nan (Pat Hill) will have the children on Fridays."
    assert _flags("contingency", text, "contingency-vague-trigger") is flagged
