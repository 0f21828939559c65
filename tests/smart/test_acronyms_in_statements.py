"""An acronym in what the family reads and agrees to needs work; a role's acronym in a who cell is a hint."""

from __future__ import annotations

import pytest

from familyplan.smart import check_statement, explain_statement


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in check_statement(text, kind)}


@pytest.mark.parametrize(
    ("text", "kind", "acronym"),
    [
        ("Deji's SDQ score is below 14 by the review on 02.02.2027.", "outcome", "SDQ"),
        ("Zain is at his PRU for the full 25 hours a week by 22.01.2027.", "outcome", "PRU"),
        (
            "If Brandon stays out past 10pm, Mum will ring his YOS worker and his Grandad George will go and "
            "look for him at the park.",
            "contingency",
            "YOS",
        ),
    ],
)
def test_an_acronym_the_family_may_not_know_needs_work(text: str, kind: str, acronym: str) -> None:
    explained = explain_statement(text, kind)

    found = [f for f in explained.findings if f.rule == "statement-acronym"]
    assert [f.text for f in found] == [acronym]
    assert explained.verdict == "needs-work"


def test_what_the_acronym_stands_for_is_in_the_message() -> None:
    found = [
        f
        for f in check_statement("Callum's EHCP names Hillside School by 31.03.2027.", "outcome")
        if f.rule == "statement-acronym"
    ]

    assert "EHCP = Education, Health and Care Plan" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Ben will have his first Child and Adolescent Mental Health Services (CAMHS) appointment by 29.01.2027.",
        "Mum will take TJ to his GP appointment on 14.01.2027 to ask about his asthma inhaler.",
        "If Kayla has a seizure lasting more than five minutes, Dad will ring 999 and Nan will take her "
        "brother while they are at A&E.",
    ],
)
def test_an_acronym_explained_known_to_families_or_used_as_a_name_is_not_flagged(text: str) -> None:
    kind = "contingency" if text.startswith("If") else "action" if " will take " in text else "outcome"

    assert "statement-acronym" not in _rules(text, kind)


@pytest.mark.parametrize(
    ("who", "role", "written_out"),
    [
        ("Sehar (DSL) / Ben (Young person)", "DSL", "Designated Safeguarding Lead"),
        ("Kate Morris (HV)", "HV", "Health Visitor"),
        ("Mr Byrne, SENCo, Oak Primary", "SENCo", "Special Educational Needs Coordinator"),
    ],
)
def test_a_role_written_as_an_acronym_in_a_who_cell_needs_work(who: str, role: str, written_out: str) -> None:
    # Seed 000 of the who column: "Try to avoid acronyms like HV for Health Visitor."
    found = [f for f in check_statement(who, "who") if f.text == role]

    assert [(f.rule, f.severity.value) for f in found] == [("who-role-acronym", "warning")]
    assert written_out in found[0].suggestion


def test_a_role_written_in_full_or_known_to_families_is_not_an_acronym() -> None:
    for who in ("Kate Morris (Health Visitor)", "Dr Shah (GP)", "Sehar Khan (Designated Safeguarding Lead)"):
        assert not [f for f in check_statement(who, "who") if "acronym" in f.rule], who


@pytest.mark.parametrize(
    ("who", "acronym"),
    [
        ("Priya Shah (Family Support Worker, LEAP)", "LEAP"),
        ("Dr AK Singh (Consultant Paediatrician)", "AK"),
        ("PC Jones (WMP)", "WMP"),
        ("Dad - KC", "KC"),
        ("OKAFOR, Kate (Health Visitor)", "OKAFOR"),
    ],
)
def test_an_acronym_in_a_who_cell_that_is_not_the_role_stays_a_hint(who: str, acronym: str) -> None:
    # An agency's name, a name's initials, a surname in capitals: the role is written in full beside them.
    found = [(f.rule, f.severity.value) for f in check_statement(who, "who") if f.text == acronym]
    assert found in ([("acronym", "hint")], [])
    assert not [f for f in check_statement(who, "who") if f.severity.needs_work]


def test_a_statement_written_in_acronyms_is_one_warning_not_one_for_each() -> None:
    rules = [f.rule for f in check_statement("IDVA to complete DASH and refer to MARAC.", "action")]

    assert "written-in-acronyms" in rules
    assert "statement-acronym" not in rules


def test_an_acronym_with_its_number_is_an_acronym_and_is_explained() -> None:
    found = [
        f
        for f in check_statement(
            "The family's GCP2 rating moves from level 4 to level 2 by 01.02.2027.", "outcome"
        )
        if f.rule == "statement-acronym"
    ]

    assert [f.text for f in found] == ["GCP2"]
    assert "Graded Care Profile 2" in found[0].message


@pytest.mark.parametrize(
    ("who", "role"), [("Mark Ellis, YOS", "YOS"), ("Nicola Grant, SLW", "SLW"), ("Jo Bell (OTR)", "OTR")]
)
def test_a_service_or_an_unknown_acronym_standing_for_the_role_needs_work(who: str, role: str) -> None:
    # Nothing else says what the person does: the family cannot tell from letters.
    assert [f.rule for f in check_statement(who, "who") if f.text == role] == ["who-role-acronym"]


def test_a_role_written_as_two_acronyms_needs_work() -> None:
    found = [f for f in check_statement("Helen Okoro (PNMH CPN)", "who") if f.rule == "who-role-acronym"]
    assert [f.text for f in found] == ["CPN"]
    assert "community psychiatric nurse" in found[0].message
