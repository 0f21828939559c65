"""Who cells as other systems export them: a job, a dash, then the name; a worker's parts split by
slashes; each read into the one person with their role, as a plan imported from them needs."""

from __future__ import annotations

import pytest

from familyplan.plan.models import PersonKind
from familyplan.plan.who_cells import parse_who


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Family Support Worker – Kelly Brown", [("Kelly Brown", "Family Support Worker")]),
        (
            "Nursery Key Worker - Jo Adams, Little Acorns Nursery",
            [("Jo Adams", "Nursery Key Worker, Little Acorns Nursery")],
        ),
        ("Jo Lees / Housing Officer / Riverside Homes", [("Jo Lees", "Housing Officer, Riverside Homes")]),
        ("Dr Khan - GP", [("Dr Khan", "GP")]),
        ("Mum / Dad", [("Mum", ""), ("Dad", "")]),
        ("Susan (Parent) / Ben (Young person)", [("Susan", "Parent"), ("Ben", "Young person")]),
    ],
)
def test_each_person_is_read_with_their_own_role(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in parse_who(text)] == expected


def test_a_worker_read_from_a_job_then_a_name_is_a_practitioner() -> None:
    (person,) = parse_who("Family Support Worker – Kelly Brown")
    assert person.kind is PersonKind.PRACTITIONER
