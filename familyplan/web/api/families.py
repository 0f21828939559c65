"""Families through the API: read, and create, change and remove their record and people.

A family's record has a version (``version`` in every answer): send it back with a change,
as the If-Match header or the ``version`` field, and a change someone else made in between
is answered 409 instead of being overwritten.
"""

import datetime as dt
from typing import Any, ClassVar, Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema
from ninja.pagination import paginate
from ninja.responses import Status

from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import Team
from familyplan.web.api.auth import BearerToken, who
from familyplan.web.api.idempotency import idempotent
from familyplan.web.api.schemas import (
    SIGNED_IN,
    WRITES,
    Error,
    Long,
    Name,
    Pages,
    Reference,
    Short,
    out,
    related,
)
from familyplan.web.api.versions import Version, Versioned, removed, sent
from familyplan.web.casework import changes, selectors, services, taf
from familyplan.web.casework.family_record import family_team_change
from familyplan.web.casework.models import Family, FamilyMember, NetworkMember, TafMember
from familyplan.web.casework.services import Refused

families = Router(tags=["families"], auth=BearerToken())


class MemberOut(Schema):
    id: int
    name: str
    relationship: str
    date_of_birth: dt.date | None
    is_child: bool
    involved_in_plan: bool


class NetworkOut(Schema):
    id: int
    name: str
    relationship: str
    how_they_help: str


class TafOut(Schema):
    id: int
    name: str
    role: str
    agency: str
    is_lead: bool
    account: str | None = Field(description="The username of their account here, if one is linked")

    @staticmethod
    def resolve_account(member: Any) -> str | None:
        # A dict is an answer made before (an idempotent POST's): it holds the value already.
        if isinstance(member, dict):
            return member.get("account")
        return member.user.username if member.user_id else None


class FamilyOut(Schema):
    id: int
    family_name: str
    reference: str
    language: str
    legal_hold: bool
    team: str = Field("", description="The team whose manager oversees the family's plan")
    version: int = Field(description="Send it back with a change (If-Match or 'version')")
    members: list[MemberOut]
    network: list[NetworkOut]
    taf: list[TafOut]

    @staticmethod
    def resolve_version(family: Any) -> int:
        # A dict is an answer made before (an idempotent POST's): it holds the value already.
        if isinstance(family, dict):
            return family["version"]  # type: ignore[no-any-return]
        return changes.family_version(family)

    @staticmethod
    def resolve_team(family: Any) -> str:
        if isinstance(family, dict):
            return str(family.get("team", ""))
        return family.team.name if family.team_id is not None else ""

    resolve_members: ClassVar = related("members")
    resolve_network: ClassVar = related("network")
    resolve_taf: ClassVar = related("taf")


class FamilyIn(Schema):
    family_name: Name = Field(..., min_length=1, examples=["Nowak"])
    reference: Reference = Field("", examples=["EH-2026-0042"])
    address_area: Name = Field("", examples=["North"])


class FamilyChange(Schema):
    family_name: Name = Field(..., min_length=1, examples=["Nowak"])
    reference: Reference = Field("", examples=["EH-2026-0042"])
    address_area: Name = ""
    language: Literal["en", "cy"] = Field("en", description="en (English) or cy (Welsh)")
    version: Version | None = None


class MemberIn(Versioned):
    name: Name = Field(..., min_length=1, examples=["Ben Nowak"])
    relationship: Short = Field("", examples=["son"])
    date_of_birth: dt.date | None = Field(None, examples=["2015-09-01"])
    is_child: bool = False
    involved_in_plan: bool = True
    reason_not_involved: Short = ""
    views: Short = ""
    reason: Short = Field(
        "",
        description="Why the record is corrected: needed to change a member (kept on the audit trail)",
        examples=["Date of birth was entered wrongly"],
    )


class NetworkIn(Versioned):
    name: Name = Field(..., min_length=1, examples=["Gran"])
    relationship: Short = Field("", examples=["Grandmother"])
    how_they_help: Short = Field("", examples=["School runs on Mondays"])
    contact: Name = ""


class TafIn(Versioned):
    name: Name = Field(..., min_length=1, examples=["Mrs March"])
    role: Name = Field(..., min_length=1, examples=["Head of Year 6"])
    agency: Name = Field("", examples=["Hill School"])
    contact: Name = ""
    is_lead: bool = Field(
        False,
        description="Make them the lead practitioner (they need an active account linked); the lead "
        "stops leading only when someone else is made the lead",
    )
    account: Name | None = Field(
        None,
        description="The username of their account here, so they see the family and update their "
        "actions; '' unlinks it; left out, it stays as it is",
    )


def _family(request: HttpRequest, family_id: int) -> Family:
    return selectors.family_get(who(request), family_id)


def _person_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """A TAF member's account is sent as its username ('' unlinks it; left out, it stays as it is)."""
    account = fields.pop("account", None)
    if account is not None:
        fields["user"] = taf.account_named(account)
    return fields


class ShownFamilies(Pages):
    """A page of whole family records (members, dates of birth, network): each one on its trail."""

    def paginate_queryset(self, queryset: Any, pagination: Any, request: HttpRequest, **params: Any) -> Any:
        page = super().paginate_queryset(queryset, pagination, request, **params)
        page[self.items_attribute] = list(page[self.items_attribute])
        selectors.families_shown(page[self.items_attribute])
        return page


@families.get("", response={200: list[FamilyOut], **SIGNED_IN})
@paginate(ShownFamilies)
@permissions.asks(permissions.SIGNED_IN)
def family_list(request: HttpRequest, name: str = "") -> QuerySet[Family]:
    found = (
        selectors.families_for(who(request))
        .select_related("team")
        .prefetch_related("members", "network", "taf__user")
    )
    return found.filter(family_name__icontains=name[:100]) if name else found


@families.post("", response={201: FamilyOut, **WRITES}, summary="Add a family (you lead it)")
@permissions.asks(permissions.FAMILY_CREATE)
@idempotent
def family_create(request: HttpRequest, body: FamilyIn) -> Any:
    permissions.require(who(request), permissions.FAMILY_CREATE)
    family = services.family_create(by=who(request), **body.model_dump())
    return Status(201, out(FamilyOut, family))


@families.get("/{family_id}", response={200: FamilyOut, **SIGNED_IN})
@permissions.asks(permissions.FAMILY_VIEW)
def family_detail(request: HttpRequest, family_id: int) -> Any:
    return _family(request, family_id)


@families.put("/{family_id}", response={200: FamilyOut, **WRITES})
@permissions.asks(*permissions.CHANGE_A_PLAN)
def family_update(request: HttpRequest, family_id: int, body: FamilyChange) -> Any:
    family = _family(request, family_id)
    version, fields = sent(request, body)
    return changes.family_update(family=family, by=who(request), version=version, **fields)


class TeamMove(Schema):
    team: Name = Field(..., min_length=1, examples=["Early Help South"], description="The team's name")
    reason: Long = Field(..., min_length=1, examples=["The family moved to Southtown."])


class TeamMoved(Schema):
    family_id: int
    team: str


@families.put(
    "/{family_id}/team",
    response={200: TeamMoved, **WRITES},
    summary="Move the family to another team (that team's manager then oversees its plan)",
)
@permissions.asks(permissions.FAMILY_VIEW, permissions.FAMILY_MOVE)
def family_move(request: HttpRequest, family_id: int, body: TeamMove) -> Any:
    family = _family(request, family_id)
    permissions.require(who(request), permissions.FAMILY_MOVE, family)
    team = Team.objects.filter(name=body.team).first()
    if team is None:
        raise Refused({"team": "No team has that name"})
    reason = body.reason.strip()
    if not reason:
        raise Refused({"reason": "Say why the family is moving team"})
    moved = family_team_change(family=family, by=who(request), team=team, reason=reason)
    return {"family_id": moved.pk, "team": team.name}


@families.delete("/{family_id}", response={204: None, **WRITES}, summary="Remove a family's whole record")
@permissions.asks(permissions.FAMILY_VIEW, permissions.FAMILY_DELETE)
def family_delete(request: HttpRequest, family_id: int, version: Version | None = None) -> Any:
    return removed(request, version, changes.family_delete, family=_family(request, family_id))


def _people(
    kind: str, one: str, model: type[Any], body_in: type[Versioned], shown: type[Schema], summary: str | None
) -> None:
    """The operations on one kind of person in a family's record, ``kind`` (members, network or
    taf): add one (POST /{family_id}/<kind>), and change or remove one (PUT or DELETE
    /{family_id}/<kind>/{person_id}). ``one`` names the operations: member_create, ..."""

    def create(request: HttpRequest, family_id: int, body: body_in) -> Any:  # type: ignore[valid-type]
        family = _family(request, family_id)
        version, fields = sent(request, body)
        record = changes.person_save(
            family=family, by=who(request), version=version, record=model(), **_person_fields(fields)
        )
        return Status(201, out(shown, record))

    def update(request: HttpRequest, family_id: int, person_id: int, body: body_in) -> Any:  # type: ignore[valid-type]
        family = _family(request, family_id)
        record = get_object_or_404(model, family=family, pk=person_id)
        version, fields = sent(request, body)
        changes.person_save(
            family=family, by=who(request), version=version, record=record, **_person_fields(fields)
        )
        return out(shown, record)

    def delete(request: HttpRequest, family_id: int, person_id: int, version: Version | None = None) -> Any:
        family = _family(request, family_id)
        record = get_object_or_404(model, family=family, pk=person_id)
        return removed(request, version, changes.person_delete, family=family, record=record)

    for view, verb in ((create, "create"), (update, "update"), (delete, "delete")):
        view.__name__ = view.__qualname__ = f"{one}_{verb}"  # the operation's name in the API's document
    everyone, someone = f"/{{family_id}}/{kind}", f"/{{family_id}}/{kind}/{{person_id}}"
    asks = permissions.asks(*permissions.CHANGE_A_PLAN)
    families.post(everyone, response={201: shown, **WRITES}, summary=summary)(asks(idempotent(create)))
    families.put(someone, response={200: shown, **WRITES})(asks(update))
    families.delete(someone, response={204: None, **WRITES})(asks(delete))


_people("members", "member", FamilyMember, MemberIn, MemberOut, None)
_people("network", "network", NetworkMember, NetworkIn, NetworkOut, None)
_people("taf", "taf", TafMember, TafIn, TafOut, "Add a practitioner to the TAF")


__all__ = ["Error", "families"]
