"""Actions whose only purpose is more watching, or passing on what was seen (seed 002: "'monitor' (it's
not purposeful)"); a teacher called Miss; and agreements signed about how a phone is used (seed 002:
written agreements); and statements in the professional register (seed 001)."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_cells, check_statement
from familyplan.smart.reading import read

TODAY = dt.date(2026, 12, 7)
WEEKLY = Context(who="Kerry Flynn (Family Support Worker)", when="Every Friday (review 25.01.2027)")


def _rules(text: str, context: Context = WEEKLY) -> set[str]:
    return {
        f.rule for f in check_statement(text, "action", today=TODAY, context=context) if f.severity.needs_work
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kerry will check in with Mum by phone every Friday to monitor how the weekends are going.",
        "Monitor Kai's attendance on the weeks he stays with Dad and share it with the lead practitioner.",
        "Keep an eye on how Tom is coping in class and report it to the Head of Year.",
        "Miss Okafor to check in with Nathan daily.",
        "Miss Okafor will keep an eye on how Tom is coping in class since his dad died.",
    ],
)
def test_watching_for_more_watching_or_to_pass_it_on_is_not_purposeful(text: str) -> None:
    assert "action-purposeless-verb" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kerry will check in with Mum by phone every Friday to help her plan the children's weekend with Dad.",
        "Monitor Kai's attendance on the weeks he stays with Dad so that Mr Hale can give him a lift on "
        "those mornings.",
        "Dev will chase the housing repair and tell Mum the date by text.",
        "Miss Okafor will meet Nathan at the gate at 8.40am and walk with him to his form room.",
    ],
)
def test_watching_that_leads_to_help_is_purposeful(text: str) -> None:
    assert "action-purposeless-verb" not in _rules(text)


def test_miss_before_a_name_is_a_title_not_the_verb() -> None:
    main = read("Miss Reid will ring Mum after school on Fridays.", "action").main
    assert main is not None
    assert main.lemma == "ring"
    main = read("Miss Friday lessons this term.", "action").main
    assert main is not None
    assert main.lemma == "miss"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Sienna to sign an acceptable use agreement for her phone with Mum, to be kept on file at school.",
            True,
        ),
        ("Josh will sign an online safety agreement with his mentor.", True),
        ("Mum will sign up to a new phone contract with a lower monthly bill by 15.01.2027.", False),
    ],
)
def test_an_agreement_signed_about_how_a_phone_is_used_is_a_written_agreement(
    text: str, flagged: bool
) -> None:
    assert ("action-written-agreement" in _rules(text)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Mum will demonstrate emotionally attuned and consistent caregiving responses to Leo's distress cues, "
        "evidenced across a minimum of four observed interactions by 29.01.2027.",
        "Callum's parents will use co-regulation at screen-off, with insight into his presentation, on 5 "
        "nights a week by 25.01.2027.",
        "The family's housing trajectory will be stabilised through a trauma-informed, strengths-based "
        "response by 29.01.2027.",
    ],
)
def test_a_statement_in_the_professional_register_is_hard_to_read(text: str) -> None:
    found = {f.rule for f in check_statement(text, "outcome", today=TODAY) if f.severity.needs_work}
    assert "hard-words" in found


@pytest.mark.parametrize(
    "text",
    [
        "Ben will be in school every day, evidenced by the register, by 29.01.2027.",
        "Mum will show the health visitor she can make up a bottle safely at three visits in a row by 29.01.2027.",
        "Callum will calm down with Dad's help at bedtime on at least 5 nights a week, logged in the home diary, "
        "by 25.01.2027.",
    ],
)
def test_one_professional_word_in_plain_words_reads_easily(text: str) -> None:
    found = {f.rule for f in check_statement(text, "outcome", today=TODAY) if f.severity.needs_work}
    assert "hard-words" not in found


def test_a_second_thing_of_someones_watched_is_not_something_done() -> None:
    context = Context(who="Hannah Lewis (Health Visitor)", when="Fortnightly (review 20.01.2027)")
    watched = "Health visitor to keep an eye on Amara's weight and sleep at clinic visits."
    assert "action-purposeless-verb" in _rules(watched, context)
    done = "Health visitor to keep an eye on Amara's weight and ring the dietitian if she drops a centile."
    assert "action-purposeless-verb" not in _rules(done, context)


@pytest.mark.parametrize(
    ("text", "first", "lemma"),
    [
        ("Sue will visit every Monday morning to support Steven with the morning routine.", "Sue", "visit"),
        ("Sue to help Grandma Rukhsana with her money.", "Sue", "help"),
        ("Baby Esme does not lose any more weight before the review on 19.01.2027.", "Baby", "lose"),
    ],
)
def test_a_name_or_a_title_that_could_be_a_verb_opens_the_subject(text: str, first: str, lemma: str) -> None:
    main = read(text, "action").main
    assert main is not None
    assert main.lemma == lemma
    assert main.tokens[0].text == first
    assert main.tokens[0].name


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Anthony will not move back into the family home after his release and will stay at his brother's.",
            "action-restriction",
        ),
        (
            "Anna will write up a parenting agreement for Kerry to sign, setting out Jack's daily routine.",
            "action-written-agreement",
        ),
    ],
)
def test_a_home_kept_from_a_parent_or_an_agreement_drawn_up_to_sign(text: str, rule: str) -> None:
    context = Context(who="Anna Price (Family Support Worker)", when="15.12.2026")
    assert rule in _rules(text, context)


@pytest.mark.parametrize(
    ("text", "when", "flagged"),
    [
        ("Fit stair gates at Nan's now that Archie (10 months) is crawling.", "30.09.2027", True),
        ("Go through safe sleep with Mum and Dad for Kofi (3 weeks old).", "15.04.2027", True),
        ("Go through safe sleep with Mum and Dad for Kofi (3 weeks old).", "15.01.2027", False),
        ("Show Kayleigh and Dan the safe-sleep set-up for baby Mia.", "30.06.2027", True),
        ("Take Ben (4) to the dentist for a check-up.", "15.04.2027", False),
        # A child's safety cannot wait either (seed 002: "How long can the child wait?").
        ("Make a safety plan with Jayden for the older boys waiting outside school.", "30.06.2027", True),
        (
            "Show Tracey how to clean and dress Jack's cuts and when to take him to hospital.",
            "30.06.2027",
            True,
        ),
        ("Make a safety plan with Jayden for the older boys waiting outside school.", "15.01.2027", False),
        ("Fit the stair gate at the top of the stairs now that Alfie is climbing.", "31.05.2027", True),
    ],
)
def test_an_action_for_a_baby_is_held_to_a_babys_timescale(text: str, when: str, flagged: bool) -> None:
    context = Context(who="Siobhan Grant (Health Visitor)", when=when)
    cells = check_cells("action", context, today=TODAY, action=text)
    assert any(f.rule == "when-beyond-timescale" for _, f in cells) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Dad and Auntie Bisi to help Precious with her exam revision.", True),
        ("Grandma will help with Mia's toilet training.", True),
        ("Grandma will help Mum with the washing on Mondays.", False),
        ("Dad will help Precious make a revision timetable on Sunday evenings.", False),
    ],
)
def test_help_with_a_topic_of_someones_says_nothing_of_what_is_done(text: str, flagged: bool) -> None:
    context = Context(who="Femi (Dad)", when="Review 29.01.2027")
    assert ("action-purposeless-verb" in _rules(text, context)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Kai (12) has a good balance between gaming and other activities by 28.01.2027.", True),
        ("Tilly (3) will be ready for school when she starts in September 2027.", True),
        (
            "Nathan (13) tells his form tutor he feels ready for school on at least 4 mornings out of 5, marked on "
            "his check-in card, by 21.01.2027.",
            False,
        ),
    ],
)
def test_a_good_balance_or_being_ready_is_a_standard_people_judge_differently(
    text: str, flagged: bool
) -> None:
    found = {f.rule for f in check_statement(text, "outcome", today=TODAY) if f.severity.needs_work}
    assert ("subjective-standard" in found) is flagged


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Look at college courses together.", "look"),
        ("Weekly catch-up with Oskar: fill in at least one application each week.", "fill"),
        ("Fill in one application each week.", "fill"),
    ],
)
def test_an_instruction_with_a_preposition_or_a_count_after_it_is_an_instruction(
    text: str, lemma: str
) -> None:
    main = read(text, "action").main
    assert main is not None
    assert main.lemma == lemma


@pytest.mark.parametrize(
    ("text", "rule", "flagged"),
    [
        ("I will never drink when the kids are in the house.", "action-absolute", True),
        ("I will never leave the baby alone in the bath.", "action-absolute", False),
        ("Mum will keep Jayden's bedroom clean, tidy and free of dust.", "subjective-standard", True),
        ("Mum will clean the kitchen floor every Monday.", "subjective-standard", False),
        (
            "Dad will make sure the children take a healthy packed lunch to school every day.",
            "subjective-standard",
            True,
        ),
    ],
)
def test_pledges_about_drink_and_standards_judged_differently(text: str, rule: str, flagged: bool) -> None:
    context = Context(who="Gemma Walsh (Mum)", when="Every day (review 03.02.2027)")
    assert (rule in _rules(text, context)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Nan (Carol) to support Mum with the school run and with screen time at weekends.", True),
        ("Uncle Dev to support Reece at weekends and be someone he can talk to.", True),
        (
            "Nan (Carol) to support Mum at weekends and take the children to the park on Saturday mornings.",
            False,
        ),
    ],
)
def test_more_of_the_same_support_or_a_part_to_be_is_nothing_done(text: str, flagged: bool) -> None:
    context = Context(who="Carol Hughes (Nan)", when="Every weekend (review 25.01.2027)")
    assert ("action-purposeless-verb" in _rules(text, context)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Sam will go through the safer sleep guide with Kayleigh at home.", False),
        ("Sam will help Kayleigh make the flat safer.", True),
    ],
)
def test_safer_sleep_is_the_guidance_named_not_a_comparison(text: str, flagged: bool) -> None:
    context = Context(who="Sam Patel, Health Visitor", when="17.12.2026")
    assert ("action-vague-comparative" in _rules(text, context)) is flagged


@pytest.mark.parametrize("text", ["Continue to attend nursery.", "Attend to his cuts."])
def test_a_verb_that_takes_to_still_opens_an_instruction(text: str) -> None:
    main = read(text, "action").main
    assert main is not None
    assert main.verb is not None
    assert not main.tokens[0].name


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Nadia to do online safety work with Zara and her dad.", True),
        ("Nadia will do some 1:1 work on her self-esteem.", True),
        ("Nadia will do the washing with Mum on Mondays.", False),
    ],
)
def test_work_named_by_its_topic_says_nothing_of_what_is_done(text: str, flagged: bool) -> None:
    context = Context(who="Nadia Hussain (Family Practitioner)", when="22.01.2027")
    assert ("action-purposeless-verb" in _rules(text, context)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Rebecca and Stuart to sort out the Christmas arrangements for the children.", True),
        ("Nicola will help Lisa sort out her debts.", True),
        ("Dad will sort out a dentist appointment for Sam by 1 March.", False),
        ("Nicola will help Lisa sort out her debts by ringing each company with her on Tuesdays.", False),
    ],
)
def test_sorting_out_a_topic_says_nothing_of_what_is_done(text: str, flagged: bool) -> None:
    context = Context(who="Nicola Grey (Debt Adviser)", when="17.12.2026")
    assert ("action-purposeless-verb" in _rules(text, context)) is flagged
