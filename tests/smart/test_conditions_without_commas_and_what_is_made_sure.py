"""A condition with no comma after it, what "ensure" and "make sure" really ask of someone, a
response that only looks again at things, and a child back on their own line of the growth chart."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_statement, explain_statement

TODAY = dt.date(2026, 12, 6)
WORKER = Context(who="Anita Roy, Health Visitor", when="By 26.03.2027")


def needs_work(text: str, kind: str, context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, today=TODAY, context=context or Context())
    return {f.rule for f in found if f.severity.needs_work}


def slots(text: str, kind: str) -> dict[str, str]:
    reading = explain_statement(text, kind, today=TODAY).reading
    return {s.name: s.text for s in reading.slots}


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        (
            "If Dad is working late Grandad Pete will pick Isla up from nursery.",
            "If Dad is working late",
            "Grandad Pete",
        ),
        (
            "If the boiler fails again her brother will bring round two heaters.",
            "If the boiler fails again",
            "her brother",
        ),
        (
            "Should Kerry be kept in hospital Aunt Sue will move in with the boys.",
            "Should Kerry be kept in hospital",
            "Aunt Sue",
        ),
        (
            "If Jordan stays out past ten he will ring Mum to be collected.",
            "If Jordan stays out past ten",
            "he",
        ),
    ],
)
def test_a_condition_with_no_comma_still_ends_where_the_responder_stands(
    text: str, trigger: str, who: str
) -> None:
    read = slots(text, "contingency")
    assert read["if"] == trigger
    assert read["who"] == who


def test_someone_put_through_a_process_is_nobody_stepping_in() -> None:
    alone = "If Mason is excluded again he will go to the pupil referral unit."
    assert "contingency-process-only" in needs_work(alone, "contingency")
    assert "contingency-process-only" in needs_work(
        "If Mason is excluded again he will go to the PRU.", "contingency"
    )
    helped = (
        "If Mason is excluded again, he will go to the pupil referral unit and Dad will drive him there and "
        "stay for the first morning."
    )
    assert "contingency-process-only" not in needs_work(helped, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "Ensure Gemma understands what Leo's seizures look like.",
        "Anita will make sure Gemma understands why Leo needs his night feeds.",
    ],
)
def test_making_sure_someone_understands_is_still_inside_their_head(text: str) -> None:
    assert "action-inner-state" in needs_work(text, "action", WORKER)


def test_making_sure_someone_does_something_reads_on_to_what_they_do() -> None:
    text = "Anita will make sure Gemma gets to the baby clinic on Tuesday 2 March."
    doing = explain_statement(text, "action", today=TODAY, context=WORKER).reading.slot("doing")
    assert doing is not None
    assert doing.note == "get"
    assert "action-inner-state" not in needs_work(text, "action", WORKER)
    # "make" with no "sure" is making something, and its list of choices is no clause of its own.
    outcome = "Gemma will make better choices about who she lets look after Leo."
    made = explain_statement(outcome, "outcome", today=TODAY).reading.slot("change")
    assert made is not None
    assert made.note == "make"


@pytest.mark.parametrize(
    "text",
    [
        "If Gemma cannot settle Leo at night, Anita Roy (Health Visitor) will review the situation.",
        "If the shouting starts again, Mo Khan (Family Support Worker) will look into the situation.",
    ],
)
def test_looking_again_at_the_situation_is_no_response(text: str) -> None:
    assert "action-purposeless-verb" in needs_work(text, "contingency")


def test_boundaries_must_say_what_they_are() -> None:
    family = Context(who="Craig (Dad)", when="Every evening, review 26.03.2027")
    assert "action-purposeless-verb" in needs_work(
        "Craig will set clear boundaries for Tia.", "action", family
    )
    spelt_out = "Craig will set clear boundaries for Tia: in by 9pm on school nights and her phone downstairs at 10pm."
    assert "action-purposeless-verb" not in needs_work(spelt_out, "action", family)


@pytest.mark.parametrize(
    "text",
    [
        "Leo will be back on his growth curve in his red book by 30.04.2027.",
        "Maya will be growing along her centile line again by 16.03.2027.",
    ],
)
def test_a_childs_own_line_on_the_growth_chart_is_a_measure(text: str) -> None:
    assert not {"outcome-no-measure", "outcome-improve-without-measure"} & needs_work(text, "outcome")


def test_an_aside_of_what_for_between_commas_leaves_the_main_verb_after_it() -> None:
    text = "Jade, so that she is not on her own, will walk to college with her friend Amber."
    context = Context(who="Jade", when="Every college day, review 26.03.2027")
    doing = explain_statement(text, "action", today=TODAY, context=context).reading.slot("doing")
    assert doing is not None
    assert doing.note == "walk"
    assert "action-negative" not in needs_work(text, "action", context)
    # With no comma to close it, what follows "so" is still the purpose's own clause.
    outcome = "Lee will have a place at the breakfast club, so he can start work at 8am, by 01.03.2027."
    change = explain_statement(outcome, "outcome", today=TODAY).reading.slot("change")
    assert change is not None
    assert change.note == "have"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Aunty Bev will help out.", "action"),
        ("Aunty Bev will help Mum every Saturday.", "action"),
        ("If Mum is in hospital, Aunty Bev will help.", "contingency"),
    ],
)
def test_help_with_nothing_said_of_what_it_is_is_as_vague_as_support(text: str, kind: str) -> None:
    context = (
        Context(who="Bev Hall (Aunty)", when="Every Saturday, review 26.03.2027")
        if kind == "action"
        else None
    )
    assert "action-purposeless-verb" in needs_work(text, kind, context)


@pytest.mark.parametrize(
    "text",
    [
        "Aunty Bev will help Mum fill in the school meals form.",
        "Aunty Bev will help at bathtime every night.",
    ],
)
def test_help_with_what_it_is_is_not_vague(text: str) -> None:
    context = Context(who="Bev Hall (Aunty)", when="Every Saturday, review 26.03.2027")
    assert "action-purposeless-verb" not in needs_work(text, "action", context)


@pytest.mark.parametrize(
    "text",
    [
        "If Dad feels he can't face the school run, he will ring Auntie Mel by 7.30am to take the boys.",
        "When Kyla says she won't go in, Mum will walk her to the gate and hand her to Miss Reid.",
    ],
)
def test_a_comma_still_ends_a_condition_that_holds_a_modal_of_its_own(text: str) -> None:
    assert "action-negative" not in needs_work(text, "contingency")
    assert slots(text, "contingency")["if"] == text[: text.index(",")]


@pytest.mark.parametrize(
    "text",
    [
        "If Mason is excluded again, Mum will take him to the pupil referral unit herself and stay for the first morning.",
        "If Mum is admitted to hospital he will stay with Mrs Khan next door rather than go into foster care.",
        "If Mum cannot collect the children, Pru will pick them up from school.",
    ],
)
def test_someone_who_steps_in_around_a_process_is_still_stepping_in(text: str) -> None:
    assert "contingency-process-only" not in needs_work(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "Anita will make sure Gemma knows the date of Leo's next weigh-in.",
        "Anita will ensure Gemma understands the feeding plan by going through it with her at each visit.",
    ],
)
def test_making_sure_of_a_fact_or_with_the_how_said_is_something_done(text: str) -> None:
    assert "action-inner-state" not in needs_work(text, "action", WORKER)


def test_making_sure_someone_attends_is_not_the_appointment_itself() -> None:
    family = Context(who="Mum", when="By 14.01.2027")
    assert "action-referral-only" not in needs_work(
        "Mum will make sure Leo attends his eye test on 14.01.2027.", "action", family
    )


@pytest.mark.parametrize(
    "text",
    [
        "Craig will set clear boundaries about gaming - the console goes off at 9pm on school nights.",
        "Craig will set firm boundaries for Tia, like being home by the time the street lights come on.",
    ],
)
def test_boundaries_said_after_a_dash_or_like_are_spelt_out(text: str) -> None:
    family = Context(who="Craig (Dad)", when="Every evening, review 26.03.2027")
    assert "action-purposeless-verb" not in needs_work(text, "action", family)


def test_the_centile_chart_itself_is_not_a_childs_line_on_it() -> None:
    text = "Leo's weight will improve and be plotted on the centile chart."
    assert "outcome-improve-without-measure" in needs_work(text, "outcome")
    assert not {"outcome-no-measure", "outcome-improve-without-measure"} & needs_work(
        "Ava will be growing in line with her centile by 30.04.2027.", "outcome"
    )
