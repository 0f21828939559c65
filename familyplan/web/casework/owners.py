"""Who can own an action: someone in the family, in its support network or in the Team Around the
Family. Each is offered by their record's id, so two people of the same name and role stay apart,
and a practitioner who is renamed keeps their actions.

An action keeps its owner in two ways: ``who``, the words shown on the plan ("Jo March (Head of
Year 6)"), and, for a practitioner, the TAF member's record, which lets them update its progress.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from familyplan.plan.models import SHORT_TEXT_CHARS
from familyplan.smart import known_names
from familyplan.web.casework.models import Action, Family, TafMember


@dataclass(frozen=True)
class Owner:
    key: str  # the record, as the action form's choice: "member-3", "network-5", "taf-12"
    label: str  # what the action's "who" says: "Jo March (Head of Year 6)"
    taf_member: TafMember | None = None  # a practitioner, who may then update the action
    family_name: str = ""  # for someone in the family or its network: the name the family knows


def owners_of(family: Family) -> list[Owner]:
    """Everyone who can own an action: the family, its network and the TAF, in that order."""
    members = [
        Owner(f"member-{m.pk}", _label(m.name, m.relationship), family_name=m.name)
        for m in family.members.all()
    ]
    network = [
        Owner(
            f"network-{n.pk}", _label(n.name, _joined(n.relationship, "support network")), family_name=n.name
        )
        for n in family.network.all()
    ]
    taf = [Owner(f"taf-{t.pk}", _label(t.name, t.role), t) for t in family.taf.all()]
    return members + network + taf


def _label(name: str, about: str) -> str:
    """Name and role, as an action's "who" holds them; the name alone where both do not fit, or
    where no role or relationship was written (an imported file may have none): never "Ben ()"."""
    label = f"{name} ({about})" if about.strip() else name
    return label if len(label) <= SHORT_TEXT_CHARS else name


def _joined(*parts: str) -> str:
    return ", ".join(part for part in parts if part.strip())


def owner_choices(owners: Iterable[Owner]) -> list[tuple[str, str]]:
    return [(owner.key, owner.label) for owner in owners]


def owner_of(action: Action, owners: Iterable[Owner]) -> Owner | None:
    """The owner an action was given to: its TAF member, by id. An action with none (given to
    someone in the family, or read from a file) is matched to the one person its words name."""
    owners = list(owners)
    if action.taf_member_id is not None:
        return next((o for o in owners if o.taf_member and o.taf_member.pk == action.taf_member_id), None)
    named = [owner for owner in owners if owner.label == action.who]
    return named[0] if len(named) == 1 else None


FAMILY_NAMES_APART = "; "


def posted_family_knows(text: str) -> frozenset[str]:
    """The family's names as the action form sends them for the live check (at most 200)."""
    return known_names(name[:SHORT_TEXT_CHARS] for name in text[:10_000].split(";")[:200])
