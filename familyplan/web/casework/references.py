"""A family's reference is the council's case number: one family holds it, council-wide.

A second family with a reference already in use is refused wherever a family is added or its
details changed: Add a family, an import and its dry run, a transfer from another council and
the API. Whoever may see the family holding it is told which family it is, so they can open it.
Anyone else is told only that the reference is in use and whom to ask: need to know allows no
hint of a family they may not see, not its name, record number or team.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Family

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# The words of the import's report, which is written in English (as its other reasons are).
ASK_WHO_CAN_SEE = "ask your manager or an administrator"


def _same(one: str, other: str) -> bool:
    return one.strip().casefold() == other.strip().casefold()


@dataclass(frozen=True)
class InUse:
    """A reference some family holds, and that family only if the person asking may see it."""

    reference: str
    family: Family | None


def reference_in_use(reference: str, by: User, *, but: Family | None = None) -> InUse | None:
    """Who holds ``reference`` besides ``but`` (the family being changed), as ``by`` may know it.

    Case numbers are written by hand, so "eh-1001 " is the same reference as "EH-1001". A family
    keeping the reference it has is never refused for it, so that two families given the same
    reference before this rule held can still have their other details corrected.
    """
    reference = reference.strip()
    if not reference or (but is not None and _same(but.reference, reference)):
        return None
    holders = Family.objects.filter(reference__iexact=reference).prefetch_related("taf")
    if but is not None:
        holders = holders.exclude(pk=but.pk)
    found = holders.order_by("pk").first()
    if found is None:
        return None
    seen = permissions.can(by, permissions.FAMILY_VIEW, found)
    return InUse(reference, found if seen else None)


def reference_problems(reference: str, by: User, *, but: Family | None = None) -> dict[str, StrOrPromise]:
    """What a page or the API says beside the reference, if another family holds it."""
    in_use = reference_in_use(reference, by, but=but)
    if in_use is None:
        return {}
    if in_use.family is None:
        return {
            "reference": _(
                "The case reference %(reference)s is already in use in the council. Check the "
                "reference, or ask your manager or an administrator about the family that has it"
            )
            % {"reference": in_use.reference}
        }
    return {
        "reference": _(
            "The %(name)s family already has the case reference %(reference)s. Open their record "
            "rather than adding the family again, or check the reference"
        )
        % {"name": in_use.family.family_name, "reference": in_use.reference}
    }


def import_refusal(in_use: InUse) -> str:
    """Why an import's report does not bring a file in whose family reference is in use."""
    if in_use.family is None:
        return f"the reference {in_use.reference} is already in use in the council: {ASK_WHO_CAN_SEE}"
    return f"a family with reference {in_use.reference} is already here (#{in_use.family.pk})"


def holder_link(reference: str, by: User, *, but: Family | None = None) -> dict[str, Any]:
    """For a page that refused the reference: a link to the family holding it, if ``by`` may see
    it (the form's `see_url` and `see_text`); nothing otherwise."""
    in_use = reference_in_use(reference, by, but=but)
    if in_use is None or in_use.family is None:
        return {}
    return {
        "see_url": reverse("family", args=[in_use.family.pk]),
        "see_text": _("Open the %(name)s family's record") % {"name": in_use.family.family_name},
    }
