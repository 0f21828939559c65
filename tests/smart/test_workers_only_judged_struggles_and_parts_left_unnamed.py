"""A contingency answered by workers alone names nobody of the family's network; someone judged to
be struggling is no trigger anyone can see; and a relative or friend who does a part of their own
is left unnamed whoever else the response names (seed 002: "who in their network can provide
support if needed?")."""

from __future__ import annotations

import pytest

from familyplan.smart import check_statement


def _rules(text: str) -> set[str]:
    return {f.rule for f in check_statement(text, "contingency") if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "If Mia misses two clinic weighs, Helen Ford (Health Visitor) will visit weekly and talk to her manager.",
        "If the damp returns, Joe Platt (Family Support Worker) will report it to Ann Cole (Environmental Health "
        "Officer), who will inspect again.",
        "Should the grant be refused, Sam Reed (Welfare Rights Adviser) will ask for it to be looked at again.",
        "If the deposit is not paid by 15.02.2027, Liz Moore at Citizens Advice will apply to the council's "
        "hardship fund.",
        "If Tom stops eating at school, Dr Patel will see him that week and Ruth Evans, School Nurse, will weigh him.",
    ],
)
def test_a_response_only_from_workers_names_nobody_of_the_network(text: str) -> None:
    assert "contingency-no-network" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "If Mia misses two clinic weighs, Helen Ford (Health Visitor) will visit and Nan Rose will come with "
        "Mum to the next one.",
        "If the damp returns, Joe Platt (Family Support Worker) will report it and Mum will move the girls in "
        "with her sister Kim until it is fixed.",
        "If Tom stops eating at school, Dr Patel will see him and he will have lunch with his brother Ali.",
        "If Mum is too unwell to do the school run, Carol Hunt (Carl's aunt) will take both boys in.",
        "If Mia misses two clinic weighs, Helen Ford will visit at home.",
    ],
)
def test_someone_of_the_network_or_a_name_given_without_a_job_is_the_network(text: str) -> None:
    assert "contingency-no-network" not in _rules(text)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("If Jo struggles, her sister Kim will come for the weekend.", "If Jo struggles"),
        ("If Dad isn't coping, Uncle Pete will have the boys on Saturday.", "If Dad isn't coping"),
        ("If Leah seems unsettled, Mr Khan will sit with her and ring Mum.", "If Leah seems unsettled"),
        ("If Gran gets too much, Aunt Sue to help more.", "If Gran gets too much"),
        ("If the nursery has concerns, Amy Cole (Key Person) will ring Dad.", "If the nursery has concerns"),
        (
            "If there are concerns about Ellie's safety, her brother Jack will collect her.",
            "If there are concerns about Ellie's safety",
        ),
        (
            "If the move causes any problems, Mum and Aunt Sue will sit down together.",
            "If the move causes any problems",
        ),
    ],
)
def test_someone_only_judged_to_struggle_is_no_trigger_anyone_can_see(text: str, where: str) -> None:
    found = [f for f in check_statement(text, "contingency") if f.rule == "contingency-vague-trigger"]
    assert [text[f.start : f.end] for f in found] == [where]


@pytest.mark.parametrize(
    "text",
    [
        "If Mum feels she is struggling, she will ring Nan Pat, who will come over.",
        "If I can't cope I will ring my sister Jo.",
        "If the school run gets too much for Grandad on his work days, Aunt Sue will do Tuesdays.",
        "If Leah seems frightened of going home, Mr Khan will ring Sara Lee, Social Worker, the same day.",
    ],
)
def test_ones_own_sense_or_what_would_be_seen_is_a_trigger(text: str) -> None:
    assert "contingency-vague-trigger" not in _rules(text)


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        ("If Dad is on nights, a neighbour will have Leo round until he gets in.", "a neighbour"),
        (
            "If Leo is late twice in a week, a family member will walk him in and Ann Cole will ring Dad.",
            "a family member",
        ),
        (
            "If Mum has to go into hospital, the boys will stay with family friends and Mum will tell Joe.",
            "family friends",
        ),
        (
            "If the heating fails, Mum and the girls will go and stay with a relative until it is mended.",
            "a relative",
        ),
        (
            "If Mum is in hospital, Nan Jean will have the children and a family friend will do the school run.",
            "a family friend",
        ),
        (
            "If Leo gets upset in class, a member of staff will take him to the quiet room and ring Dad.",
            "a member of staff",
        ),
    ],
)
def test_a_relative_or_friend_with_a_part_of_their_own_must_be_named(text: str, unnamed: str) -> None:
    found = [f for f in check_statement(text, "contingency") if f.rule == "contingency-helper-unnamed"]
    assert [text[f.start : f.end] for f in found] == [unnamed]


@pytest.mark.parametrize(
    "text",
    [
        "If Mum is unwell, Nan or another family member will take the children.",
        "If the landlord serves notice, the family can stay with Grandad Dennis until they are rehoused.",
        "If Mum is in hospital, Nan Jean will have the children, and if she can't, Aunt Rosa will.",
    ],
)
def test_someone_else_only_if_the_one_named_cannot_or_the_family_itself_is_not_left_unnamed(
    text: str,
) -> None:
    assert "contingency-helper-unnamed" not in _rules(text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Jade will text Kerry or Nan Sue whenever she needs to.", True),
        ("Dad will ring his brother Mick if he wants to.", True),
        ("If Dad wants to talk at night, he will ring his brother Mick.", False),
    ],
)
def test_whenever_someone_chooses_sets_nothing_off(text: str, flagged: bool) -> None:
    assert ("contingency-no-trigger" in _rules(text)) is flagged
