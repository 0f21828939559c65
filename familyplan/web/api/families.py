"""Families through the API: read, and create, change and remove their record and people.

A family's record has a version (``version`` in every answer): send it back with a change,
as the If-Match header or the ``version`` field, and a change someone else made in between
is answered 409 instead of being overwritten.
"""

import datetime as dt
from typing import Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema
from ninja.pagination import paginate
from ninja.responses import Status

from familyplan.web.accounts import permissions
from familyplan.web.api.auth import BearerToken
from familyplan.web.api.idempotency import idempotent
from familyplan.web.api.schemas import (
    SIGNED_IN,
    WRITES,
    Error,
    Name,
    Pages,
    Reference,
    Short,
    Version,
    out,
    version_given,
    who,
)
from familyplan.web.casework import changes, selectors, services, taf
from familyplan.web.casework.models import Family, FamilyMember, NetworkMember, TafMember

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
    def resolve_members(family: Any) -> list[Any]:
        # A dict is an answer made before (an idempotent POST's): it holds the value already.
        if isinstance(family, dict):
            return family["members"]  # type: ignore[no-any-return]
        return list(family.members.all())

    @staticmethod
    def resolve_network(family: Any) -> list[Any]:
        # A dict is an answer made before (an idempotent POST's): it holds the value already.
        if isinstance(family, dict):
            return family["network"]  # type: ignore[no-any-return]
        return list(family.network.all())

    @staticmethod
    def resolve_taf(family: Any) -> list[Any]:
        # A dict is an answer made before (an idempotent POST's): it holds the value already.
        if isinstance(family, dict):
            return family["taf"]  # type: ignore[no-any-return]
        return list(family.taf.all())


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


class Versioned(Schema):
    version: Version | None = None


class MemberIn(Versioned):
    name: Name = Field(..., min_length=1, examples=["Ben Nowak"])
    relationship: Short = Field("", max_length=100, examples=["son"])
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
    relationship: Short = Field("", max_length=100, examples=["Grandmother"])
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


PEOPLE: dict[str, tuple[type[Any], type[Schema], type[Schema]]] = {
    "members": (FamilyMember, MemberIn, MemberOut),
    "network": (NetworkMember, NetworkIn, NetworkOut),
    "taf": (TafMember, TafIn, TafOut),
}


def _family(request: HttpRequest, family_id: int) -> Family:
    return selectors.family_get(who(request), family_id)


def _fields(body: Schema) -> dict[str, Any]:
    fields = body.model_dump(exclude={"version"})
    if isinstance(body, TafIn):
        account = fields.pop("account")
        if account is not None:
            fields["user"] = taf.account_named(account)
    return fields


@families.get("", response={200: list[FamilyOut], **SIGNED_IN})
@paginate(Pages)
@permissions.asks(permissions.SIGNED_IN)
def family_list(request: HttpRequest, name: str = "") -> QuerySet[Family]:
    found = selectors.families_for(who(request)).prefetch_related("members", "network", "taf__user")
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
@permissions.asks(permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
def family_update(request: HttpRequest, family_id: int, body: FamilyChange) -> Any:
    family = _family(request, family_id)
    version = version_given(request, body.version)
    return changes.family_update(family=family, by=who(request), version=version, **_fields(body))


@families.delete("/{family_id}", response={204: None, **WRITES}, summary="Remove a family's whole record")
@permissions.asks(permissions.FAMILY_VIEW, permissions.FAMILY_DELETE)
def family_delete(request: HttpRequest, family_id: int, version: Version | None = None) -> Any:
    family = _family(request, family_id)
    changes.family_delete(family=family, by=who(request), version=version_given(request, version))
    return Status(204, None)


def _person_add(request: HttpRequest, family_id: int, kind: str, body: Versioned) -> Any:
    model, _in, shown = PEOPLE[kind]
    family = _family(request, family_id)
    version = version_given(request, body.version)
    record = changes.person_save(
        family=family,
        by=who(request),
        version=version,
        record=model(),
        **_fields(body),
    )
    return Status(201, out(shown, record))


def _person_change(request: HttpRequest, family_id: int, kind: str, pk: int, body: Versioned) -> Any:
    model, _in, shown = PEOPLE[kind]
    family = _family(request, family_id)
    record = get_object_or_404(model, family=family, pk=pk)
    version = version_given(request, body.version)
    changes.person_save(family=family, by=who(request), version=version, record=record, **_fields(body))
    return out(shown, record)


def _person_delete(request: HttpRequest, family_id: int, kind: str, pk: int, version: int | None) -> Any:
    model = PEOPLE[kind][0]
    family = _family(request, family_id)
    record = get_object_or_404(model, family=family, pk=pk)
    changes.person_delete(
        family=family, by=who(request), version=version_given(request, version), record=record
    )
    return Status(204, None)


CHANGE = (permissions.FAMILY_VIEW, permissions.PLAN_CHANGE)
GONE = {204: None, **WRITES}


@families.post("/{family_id}/members", response={201: MemberOut, **WRITES})
@permissions.asks(*CHANGE)
@idempotent
def member_create(request: HttpRequest, family_id: int, body: MemberIn) -> Any:
    return _person_add(request, family_id, "members", body)


@families.put("/{family_id}/members/{member_id}", response={200: MemberOut, **WRITES})
@permissions.asks(*CHANGE)
def member_update(request: HttpRequest, family_id: int, member_id: int, body: MemberIn) -> Any:
    return _person_change(request, family_id, "members", member_id, body)


@families.delete("/{family_id}/members/{member_id}", response=GONE)
@permissions.asks(*CHANGE)
def member_delete(
    request: HttpRequest, family_id: int, member_id: int, version: Version | None = None
) -> Any:
    return _person_delete(request, family_id, "members", member_id, version)


@families.post("/{family_id}/network", response={201: NetworkOut, **WRITES})
@permissions.asks(*CHANGE)
@idempotent
def network_create(request: HttpRequest, family_id: int, body: NetworkIn) -> Any:
    return _person_add(request, family_id, "network", body)


@families.put("/{family_id}/network/{person_id}", response={200: NetworkOut, **WRITES})
@permissions.asks(*CHANGE)
def network_update(request: HttpRequest, family_id: int, person_id: int, body: NetworkIn) -> Any:
    return _person_change(request, family_id, "network", person_id, body)


@families.delete("/{family_id}/network/{person_id}", response=GONE)
@permissions.asks(*CHANGE)
def network_delete(
    request: HttpRequest, family_id: int, person_id: int, version: Version | None = None
) -> Any:
    return _person_delete(request, family_id, "network", person_id, version)


@families.post("/{family_id}/taf", response={201: TafOut, **WRITES}, summary="Add a practitioner to the TAF")
@permissions.asks(*CHANGE)
@idempotent
def taf_create(request: HttpRequest, family_id: int, body: TafIn) -> Any:
    return _person_add(request, family_id, "taf", body)


@families.put("/{family_id}/taf/{taf_id}", response={200: TafOut, **WRITES})
@permissions.asks(*CHANGE)
def taf_update(request: HttpRequest, family_id: int, taf_id: int, body: TafIn) -> Any:
    return _person_change(request, family_id, "taf", taf_id, body)


@families.delete("/{family_id}/taf/{taf_id}", response=GONE)
@permissions.asks(*CHANGE)
def taf_delete(request: HttpRequest, family_id: int, taf_id: int, version: Version | None = None) -> Any:
    return _person_delete(request, family_id, "taf", taf_id, version)


__all__ = ["Error", "families"]
