"""Days listed in a when cell date a recurrence; a date "not yet done" is still passed; a limit kept
to a figure is a change; a session joined and then a change seen is more than the session; a note's
trouble before an arrow or a heading before its trigger; a relation named before a name; the
network's unnamed people; and promises kept whatever happens."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_statement

TODAY = dt.date(2026, 12, 6)


def _rules(text: str, kind: str, context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, today=TODAY, context=context or Context())
    return {f.rule for f in found if f.severity.needs_work}


def test_days_listed_after_a_weekday_date_it_without_a_review() -> None:
    rules = _rules("Thursdays 17/12, 14/01, 11/02 and 11/03", "when")
    assert not rules & {"when-recurring-without-review", "when-no-date"}


def test_a_weekday_alone_still_asks_for_a_review() -> None:
    assert "when-recurring-without-review" in _rules("Thursdays", "when")


@pytest.mark.parametrize(
    "when", ["by 20/11/2026 (not yet done)", "Still to be completed - was due 20/11/2026"]
)
def test_a_date_passed_and_not_yet_done_has_passed(when: str) -> None:
    assert "when-date-passed" in _rules(when, "when")


def test_a_date_the_work_was_done_on_has_not_passed() -> None:
    assert "when-date-passed" not in _rules("Completed 20/11/2026", "when")


def test_keeping_drinking_to_a_figure_is_a_limit_not_things_as_they_are() -> None:
    text = (
        "Mum keeps her drinking to 10 units a week or fewer, shown on her app at each visit, by 31/03/2027."
    )
    assert "outcome-generic" not in _rules(text, "outcome")


def test_going_to_a_group_and_then_a_change_seen_is_more_than_the_group() -> None:
    text = "Shona goes to the Friday baby group at Elm Road Family Hub each week and knows three other mums by name by 30 April 2027."
    assert "outcome-is-an-activity" not in _rules(text, "outcome")


def test_going_to_a_group_alone_is_still_the_activity() -> None:
    text = "Shona goes to the Friday baby group at Elm Road Family Hub each week by 30 April 2027."
    assert "outcome-is-an-activity" in _rules(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Cooker breaks again → Auntie Joy cooks tea for the boys at hers, and Sam asks the landlord about a repair.",
        "Bedtimes too much for Dad → Grandma Ivy comes Mon/Wed 6–8pm to help with baths.",
    ],
)
def test_trouble_before_an_arrow_is_what_sets_it_off(text: str) -> None:
    assert "contingency-no-trigger" not in _rules(text, "contingency")


def test_a_question_as_a_heading_before_the_trigger_leaves_who_helps_in_the_response() -> None:
    text = "What if it doesn't work? | If Ava's eczema flares up before her appointment, Mum will ring the GP, and Nan (Joan Hill) will have Ava's brother."
    assert "contingency-no-network" not in _rules(text, "contingency")


def test_a_heading_before_the_trigger_is_not_the_trigger() -> None:
    text = "Contingency – if Josh is sent home from school: Grandad Pete will collect him and Mum and Dad will meet Mr Ward that week."
    assert "contingency-no-network" not in _rules(text, "contingency")


def test_a_relation_named_before_the_name_says_who_they_are() -> None:
    assert "who-no-role" not in _rules("Dee (Mum) with her brother Marcus Hale", "who")


@pytest.mark.parametrize("who", ["Family friend", "a neighbour", "Nan and a family friend"])
def test_someone_in_the_network_not_named_is_a_role(who: str) -> None:
    assert "who-role-without-name" in _rules(who, "who")


def test_someone_in_the_network_named_needs_nothing_more() -> None:
    assert not _rules("Bernie Walsh (family friend)", "who")


def test_a_wellbeing_plan_is_a_document_not_a_vague_standard() -> None:
    text = "Go through Orla's wellbeing plan with her and write her sister's number on her crisis card."
    assert "outcome-vague-word" not in _rules(text, "action")


def test_a_suitable_plan_is_still_a_vague_standard() -> None:
    assert "outcome-vague-word" in _rules("Ben will have a suitable plan by March 2027.", "outcome")


def test_making_sure_no_matter_what_is_a_promise_nobody_can_keep() -> None:
    text = "If Leo refuses school, Dad will make sure he goes no matter what."
    assert "action-absolute" in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If the arguments carry on, Tia will have to go and live with her nan.",
        "If nothing changes, Dad will have to move out.",
    ],
)
def test_a_family_member_made_to_move_is_a_direction(text: str) -> None:
    assert "action-restriction" in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If things don't get any better, Nan will have the girls on Fridays.",
        "If there is no improvement, Nan will have the girls.",
    ],
)
def test_things_not_getting_better_does_not_say_what_sets_it_off(text: str) -> None:
    assert "contingency-vague-trigger" in _rules(text, "contingency")


def test_no_improvement_in_something_named_is_a_trigger() -> None:
    text = "If there is no improvement in his attendance by half term, Nan will walk him in."
    assert "contingency-vague-trigger" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kai to get the help he needs at school by March 2027.", "outcome"),
        ("If bedtimes go wrong again, we will have a think about what else to try.", "contingency"),
        ("Put a plan in place for when Ruby gets upset at lunchtime.", "action"),
        ("Mum and Dad have signed an agreement to get the children to school.", "contingency"),
    ],
)
def test_vague_help_thinking_plans_and_agreements_are_named(text: str, kind: str) -> None:
    assert _rules(text, kind) & {
        "outcome-vague-word",
        "action-purposeless-verb",
        "action-written-agreement",
    }


def test_fractions_in_a_when_cell_are_not_days_listed() -> None:
    assert "when-recurring-without-review" in _rules("Weekly, 1/2 hour sessions, 2/3 times a week", "when")


@pytest.mark.parametrize("when", ["Due 20/11/2026 - wasn't done", "20/11/2026 (not fully completed)"])
def test_a_date_said_not_done_has_passed(when: str) -> None:
    assert "when-date-passed" in _rules(when, "when")


def test_keeping_safe_with_a_figure_later_on_is_still_generic() -> None:
    text = "Mum will keep the children safe when their dad comes to 3 contact visits each month."
    assert "outcome-generic" in _rules(text, "outcome")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mum will tell Ella each night that she loves her no matter what.", "action"),
        (
            "Ruby will say she knows she can talk to Miss Ahmed whatever happens at home, by March 2027.",
            "outcome",
        ),
    ],
)
def test_whatever_happens_said_of_love_or_trust_is_no_promise_to_make_someone_do_something(
    text: str, kind: str
) -> None:
    assert "action-absolute" not in _rules(text, kind)


def test_a_contingency_naming_a_relation_who_helps_and_to_be_updated_is_one() -> None:
    text = "If Mum goes into hospital, her sister will have the children at hers. We will update this section after the next meeting."
    assert "contingency-missing" not in _rules(text, "contingency")


def test_what_someone_says_they_will_do_is_still_the_trigger() -> None:
    text = "If Nan says she'll have the children but then can't, we will make a referral to social care."
    assert "contingency-process-only" in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "If there's no improvement, Nan will have the girls.",
        "If things haven't improved by the review, Nan will have the girls.",
    ],
)
def test_no_improvement_said_any_way_does_not_say_what_sets_it_off(text: str) -> None:
    assert "contingency-vague-trigger" in _rules(text, "contingency")


def test_people_joined_by_or_are_each_read() -> None:
    assert "who-no-role" not in _rules("Shazia (Mum) or big brother Imran (17)", "who")


@pytest.mark.parametrize(
    "text",
    [
        "Ola gets lost or panics on the way home → rings his uncle Piotr → Piotr meets him at the stop.",
        "- If Kayden won't get up by 8: Mum rings Auntie Claire, who lives next door and will walk him in.",
    ],
)
def test_a_notes_trouble_and_a_bullet_before_the_trigger_leave_who_helps(text: str) -> None:
    assert not _rules(text, "contingency") & {"contingency-no-trigger", "contingency-no-network"}


def test_it_kicking_off_does_not_say_what_sets_it_off() -> None:
    assert "contingency-vague-trigger" in _rules("Ring Nan if it kicks off.", "contingency")


def test_a_back_up_plan_still_to_be_thought_about_is_none_yet() -> None:
    text = "We'll think about a back-up plan once Dad's new shifts start in March."
    assert "contingency-missing" in _rules(text, "contingency")


def test_a_sponsor_not_named_is_no_helper_named() -> None:
    assert "contingency-helper-unnamed" in _rules(
        "If Dad drinks again he will ring his sponsor.", "contingency"
    )


def test_a_written_agreement_as_an_outcome_is_named() -> None:
    text = "Mum and Dad to sign a written agreement about screen time by 10/01/2027."
    assert "action-written-agreement" in _rules(text, "outcome")


def test_a_school_place_kept_is_a_change_held_on_to() -> None:
    text = "Bridie (11) keeps her place at St Anne's while the family travels in the summer, and is back in class on 6 September 2027."
    assert "outcome-generic" not in _rules(text, "outcome")


def test_an_outcome_said_to_be_ongoing_has_no_timescale() -> None:
    assert "outcome-no-timescale" in _rules("Jay is home by 10pm on school nights - ongoing.", "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "If Dad drinks again, he will stop completely and never touch alcohol.",
        "If Mum relapses, she will be abstinent from then on.",
    ],
)
def test_a_pledge_of_sobriety_in_a_contingency_is_a_promise_nobody_can_keep(text: str) -> None:
    assert "action-absolute" in _rules(text, "contingency")


def test_a_carers_rule_in_a_contingency_stays_a_rule() -> None:
    text = "If Mum is admitted, Nan will stay with the children at all times until Mum is home."
    assert "action-absolute" not in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "Auntie Pam will have the children whenever needed.",
        "Should it be needed, Grandad will have the boys.",
    ],
)
def test_whenever_needed_is_no_trigger(text: str) -> None:
    assert "contingency-no-trigger" in _rules(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "By June 2027 Dad will have agreed boundaries with Leo.",
        "By April 2027 Mum will have routines in place.",
    ],
)
def test_boundaries_or_routines_agreed_by_a_date_are_not_seen_on_the_day(text: str) -> None:
    assert "outcome-no-measure" in _rules(text, "outcome")


def test_a_move_done_by_a_date_is_seen_on_the_day() -> None:
    assert not _rules("By March 2027 the family will have moved to a two-bedroom flat.", "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "Gran will keep the flat safe and tidy with three children.",
        "Parents to put in place a consistent bedtime routine for Oliver.",
        "Mum will keep the bedroom hygienic for the baby.",
    ],
)
def test_standards_people_judge_differently_are_named(text: str) -> None:
    assert "subjective-standard" in _rules(text, "action")


@pytest.mark.parametrize(
    "text",
    [
        "Mum no longer relies on the food bank, with the weekly shop paid from her budget every week by 30.04.2027.",
        "Dad no longer drinks during the day, and Mum says he is sober at school pick-up every day by 28.02.2027.",
    ],
)
def test_what_stops_beside_what_is_wanted_and_how_often_is_framed_well(text: str) -> None:
    assert "outcome-negative" not in _rules(text, "outcome")


def test_what_stops_alone_is_still_what_is_not_wanted() -> None:
    assert "outcome-negative" in _rules("Kai no longer shouts at Mum every day.", "outcome")
