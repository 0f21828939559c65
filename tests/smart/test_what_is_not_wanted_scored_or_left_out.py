"""An outcome framed by what is not wanted is not mended by a score of that same thing ("scoring his
stress below 4"), by a score of nothing named ("No more shouting ..., scored by the children"), or by
saying only what will not happen ("handovers will happen without any arguing"): seed 002 asks for
"statements of well-being framed in positive language"."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import explain_statement

TODAY = dt.date(2026, 12, 7)


def _negative(text: str) -> bool:
    explained = explain_statement(text, "outcome", today=TODAY)
    return any(f.rule == "outcome-negative" for f in explained.findings)


@pytest.mark.parametrize(
    "text",
    [
        "By 05.03.2027 Nana Rose will no longer feel worn out looking after Kayden, scoring her tiredness "
        "below 3 out of 10.",
        "No more rows about homework in front of Amir and Lina by the review on 09.02.2027, scored by the "
        "children out of 10.",
        "By 19.02.2027 contact at the family centre will happen without any shouting in front of Maisie (5).",
    ],
)
def test_what_is_not_wanted_stays_the_outcome(text: str) -> None:
    assert _negative(text)


@pytest.mark.parametrize(
    "text",
    [
        "By 05.03.2027 Nana Rose will feel able to look after Kayden two days a week, scoring her tiredness "
        "below 3 out of 10.",
        "By 05.03.2027 Mum will no longer feel panicky on the bus, scoring her confidence at 7 out of 10 or more.",
        "Jay is no longer late for school, arriving by 8.45am on at least 9 days in 10 by 12.02.2027.",
    ],
)
def test_what_is_wanted_beside_it_or_alone_is_positive(text: str) -> None:
    assert not _negative(text)


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Leo's needs at nursery are met by 26.02.2027.", True),
        ("Maya (7) will have her emotional and health needs met at both homes by 19.03.2027.", True),
        ("Leo will be at nursery every morning by 9am by 26.02.2027, with his speech needs assessed.", False),
    ],
)
def test_needs_met_says_neither_which_needs_nor_how(text: str, vague: bool) -> None:
    explained = explain_statement(text, "outcome", today=TODAY)
    assert any(f.rule == "outcome-vague-word" for f in explained.findings) is vague


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "If Dad relapses, Sam Okoro (recovery worker) will see him twice a week and the lead practitioner will "
            "call an early review.",
            "contingency-no-network",
        ),
        (
            "If her ex-partner rings her, Farida will tell the police and her domestic abuse worker, who will "
            "update the risk assessment.",
            "contingency-no-network",
        ),
        (
            "If the meter runs out, her brother Sam will lend her money and the family worker will ring the "
            "energy company in due course.",
            "contingency-asap",
        ),
        (
            "If the children are left alone again, Mum will never leave them on their own for any reason.",
            "action-absolute",
        ),
        (
            "If Jamal goes missing again, he will be grounded for a month, with Uncle Winston making sure he "
            "stays in.",
            "contingency-a-warning",
        ),
    ],
)
def test_contingencies_the_guidance_would_send_back(text: str, rule: str) -> None:
    explained = explain_statement(text, "contingency", today=TODAY)
    assert rule in {f.rule for f in explained.findings if f.severity.needs_work}


def test_kin_in_the_trigger_does_not_make_a_worker_family() -> None:
    text = "If Mum is unwell, her sister Toni will have the boys and take them to school."
    explained = explain_statement(text, "contingency", today=TODAY)
    assert "contingency-no-network" not in {f.rule for f in explained.findings}


def test_a_relation_named_by_whose_they_are_steps_in() -> None:
    text = (
        "If Gemma and Lee fall behind with the payments, Carol at Citizens Advice will ask the energy company "
        "to pause them, and Lee's dad has offered to lend them £100 in the meantime."
    )
    explained = explain_statement(text, "contingency", today=TODAY)
    assert "contingency-no-network" not in {f.rule for f in explained.findings}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Leah (14), who has missed most of Year 9, has 100% attendance every week from 04.01.2027.",
            "action-absolute",
        ),
        (
            "Getting a good education: Kai (14), currently at 48% attendance, to be at 100% attendance every "
            "week from 04.01.2027.",
            "action-absolute",
        ),
        ("Gran has a stable home for the twins by 31.03.2027.", "outcome-vague-word"),
        ("Jordan (16) has a healthier relationship with gaming by 29.01.2027.", "outcome-vague-word"),
    ],
)
def test_outcomes_read_past_an_aside_or_judged_by_a_vague_standard(text: str, rule: str) -> None:
    explained = explain_statement(text, "outcome", today=TODAY)
    assert rule in {f.rule for f in explained.findings if f.severity.needs_work}


def test_a_staged_return_after_an_aside_is_good() -> None:
    text = (
        "Bella (14), who has been out of school since September, will go in for two mornings a week from "
        "04.01.2027, rising to five mornings by the review on 12.02.2027."
    )
    explained = explain_statement(text, "outcome", today=TODAY)
    assert explained.verdict == "ok"


@pytest.mark.parametrize(
    "text",
    [
        "Mum's operation in March: Nan (Brenda) has the children while Mum is in hospital, agreed with Nan.",
        "Universal Credit late or cut:\n- Aga rings Bogdan Nowak (Welfare Rights Adviser) that day.\n"
        "- Her friend Kasia can lend nappies and food to tide them over.",
    ],
)
def test_a_notes_heading_before_a_colon_is_what_sets_it_off(text: str) -> None:
    explained = explain_statement(text, "contingency", today=TODAY)
    assert "contingency-no-trigger" not in {f.rule for f in explained.findings}


def test_a_place_in_the_nursery_class_is_no_service() -> None:
    text = "Lina (3) goes to the nursery class at St Anne's for her 15 hours every week from 05.01.2027."
    explained = explain_statement(text, "outcome", today=TODAY)
    assert "outcome-is-an-activity" not in {f.rule for f in explained.findings}
