"""An outcome of getting on better by a date is still better than nothing said; a thing repaired,
written as a note, can be seen on the day; keeping to a rota is the change, not things as they
are; a response said with "I'll" after a trigger of two parts is a response; and "have a word"
does not say what will be done."""

from __future__ import annotations

import pytest

from familyplan.smart import check_statement


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in check_statement(text, kind) if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "By 31 May 2027 Aisha will be getting on better with her older sister.",
        "Tomasz will be calmer at bedtime by the end of March 2027.",
    ],
)
def test_better_by_a_date_still_needs_a_measure(text: str) -> None:
    assert "outcome-improve-without-measure" in _rules(text, "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "By 31 March 2027 the family will move to a better flat with a bedroom for each child.",
        "By 28/02/2027 Leo will say handovers at Dad's feel OK or better on his smiley-face scale.",
    ],
)
def test_a_better_thing_or_a_threshold_is_not_better_without_a_measure(text: str) -> None:
    assert not _rules(text, "outcome")


def test_a_thing_repaired_written_as_a_note_is_seen_on_the_day() -> None:
    text = "The leaking kitchen roof and the front door lock repaired, by 26 February 2027."
    assert not _rules(text, "outcome")


def test_a_person_written_as_a_note_still_needs_a_measure() -> None:
    assert "outcome-no-measure" in _rules("Mum settled in her new job by March 2027.", "outcome")


def test_keeping_to_a_rota_is_the_change_not_things_as_they_are() -> None:
    text = (
        "Nana Rose and Dad keep to the weekly school-run rota, so Ellie is at the gate by 8.45am "
        "on 5 days out of 5 for 6 weeks running before the review on 12/03/2027."
    )
    assert "outcome-generic" not in _rules(text, "outcome")


def test_keeping_things_as_they_are_is_still_generic() -> None:
    assert "outcome-generic" in _rules("Mum will keep the children safe.", "outcome")


@pytest.mark.parametrize(
    "text",
    [
        "If I get scared when I'm out late I'll ring my cousin Femi to come and meet me.",
        "If she feels low when the baby won't settle she'll text her friend Paula, who lives next door.",
    ],
)
def test_a_response_said_with_ill_after_a_trigger_of_two_parts_names_who_helps(text: str) -> None:
    assert "contingency-no-network" not in _rules(text, "contingency")


def test_having_a_word_is_not_a_response() -> None:
    text = "If Jamal misses his curfew again, Dad will have a word with him."
    assert "action-purposeless-verb" in _rules(text, "contingency")


def test_doing_it_without_needing_the_one_who_helps_now_is_the_measure() -> None:
    text = "Mrs Haddad can read the children's school letters in English, without needing Omar to translate, by 31 May 2027."
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_doing_something_for_a_whole_morning_is_seen_for_that_long() -> None:
    text = "Leon (3) wearing his hearing aids all morning at nursery by 30 April 2027."
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_a_second_predicate_with_has_says_what_will_have_been_shown() -> None:
    text = "Kacper (13) knows how to change his privacy settings, and has shown Dad his profile set to private, by 19 February 2027."
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_a_note_of_being_sent_home_before_an_arrow_is_what_sets_it_off() -> None:
    text = "Maisie sent home from school -> goes to Auntie Gail's; Gail texts Mum at work."
    assert "contingency-no-trigger" not in _rules(text, "contingency")


def test_a_trigger_opening_a_later_sentence_leaves_its_response_in_place() -> None:
    text = (
        "There is no youth counselling service on the island. If Ellie's panic attacks get worse, Dad will ring "
        "her aunt Carol, who will have her brother, and take Ellie to the GP. Gap logged with the early help hub."
    )
    assert "contingency-process-only" not in _rules(text, "contingency")


def test_a_decent_standard_is_judged_differently() -> None:
    text = "Grandad to make sure the flat is kept to a decent standard before each visit."
    assert "subjective-standard" in _rules(text, "action")


def test_watching_a_mood_and_how_someone_copes_is_still_only_watching() -> None:
    text = (
        "Call in with Ms Ali at each visit to keep an eye on her mood and how she is managing with the twins."
    )
    assert "action-purposeless-verb" in _rules(text, "action")


def test_better_than_now_is_compared_with_nothing_measured() -> None:
    text = "By 30 April 2027 Jay and his dad will be getting on a lot better than they do now."
    assert "outcome-improve-without-measure" in _rules(text, "outcome")


def test_evidence_of_a_reduction_by_no_amount_is_no_measure() -> None:
    text = (
        "Relationship between the twins to be improved, evidenced by a reduction in arguments, by 26/03/2027."
    )
    assert _rules(text, "outcome") & {"outcome-no-measure", "outcome-improve-without-measure"}


def test_evidence_of_a_reduction_to_a_level_is_a_measure() -> None:
    text = "Arguments between the twins to go down, evidenced by a reduction to 2 or fewer a week in Mum's diary, by 26/03/2027."
    assert "outcome-no-measure" not in _rules(text, "outcome")


def test_a_quality_done_to_by_a_date_is_not_seen_on_the_day() -> None:
    text = "Sibling relationship dynamics between Amir and Sami to be stabilised by 26/03/2027."
    assert "outcome-no-measure" in _rules(text, "outcome")


def test_a_contingency_to_be_written_once_the_family_are_asked_is_none_yet() -> None:
    text = "We will ask Mum's side of the family whether anyone could help, and update this section after the next meeting."
    assert "contingency-missing" in _rules(text, "contingency")


def test_a_contingency_naming_who_helps_and_to_be_updated_later_is_one() -> None:
    text = "If Mum is admitted, Auntie Jo will have the girls. We will update this section at each review."
    assert "contingency-missing" not in _rules(text, "contingency")


def test_a_relative_assessed_as_a_carer_is_put_through_a_process() -> None:
    text = "If Dad cannot cope, Uncle Rashid will be assessed as a carer, otherwise the boys may be accommodated."
    assert "contingency-process-only" in _rules(text, "contingency")


def test_two_of_one_family_written_with_one_surname_need_no_role() -> None:
    findings = check_statement("Lorna & Callum Reid", "who")
    assert "who-no-role" not in {f.rule for f in findings}
