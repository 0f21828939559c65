"""API tokens: issued for a username and password, listed, and revoked."""

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.responses import Status

from familyplan.web.accounts import permissions
from familyplan.web.api.auth import BearerToken, TokenRefused, issue_token, token_of
from familyplan.web.api.models import ApiToken
from familyplan.web.api.schemas import SIGNED_IN, Error, Invalid

tokens = Router(tags=["auth"])
bearer = BearerToken()


class TokenIn(Schema):
    username: str = Field(max_length=150)
    password: str = Field(max_length=200)
    code: str | None = Field(
        None,
        max_length=20,
        description="For an account with two-factor sign-in: the code from its authenticator app",
    )


class TokenOut(Schema):
    token: str


@tokens.post("/token", response={200: TokenOut, 400: Error, 401: Error, 422: Invalid}, auth=None)
@permissions.asks(permissions.ANYONE)
def token(request: HttpRequest, body: TokenIn) -> Any:
    try:
        return {"token": issue_token(request, body.username, body.password, body.code)}
    except TokenRefused as refused:
        return Status(401, {"detail": str(refused)})


class TokenListed(Schema):
    id: int
    created_at: dt.datetime
    expires_at: dt.datetime
    last_used_at: dt.datetime | None
    this_one: bool = Field(description="Whether this is the token the request was made with")


class TokenChosen(Schema):
    id: int = Field(..., ge=1, le=2**31 - 1, description="The token's id, from GET /api/auth/tokens")


@tokens.get("/tokens", response={200: list[TokenListed], **SIGNED_IN}, auth=bearer)
@permissions.asks(permissions.SIGNED_IN)
def token_list(request: HttpRequest) -> Any:
    """Your tokens that still work."""
    current = token_of(request)
    mine = ApiToken.objects.filter(user=request.user.pk, expires_at__gt=timezone.now()).order_by("-pk")
    return [
        {
            "id": t.pk,
            "created_at": t.created_at,
            "expires_at": t.expires_at,
            "last_used_at": t.last_used_at,
            "this_one": current is not None and t.pk == current.pk,
        }
        for t in mine
    ]


@tokens.delete("/tokens", response={204: None, **SIGNED_IN}, auth=bearer)
@permissions.asks(permissions.SIGNED_IN)
def token_revoke(request: HttpRequest, which: Query[TokenChosen]) -> Any:
    """Revoke one of your tokens (it stops working at once)."""
    deleted, _counts = ApiToken.objects.filter(user=request.user.pk, pk=which.id).delete()
    if not deleted:
        return Status(404, {"detail": "You have no token with that id."})
    return Status(204, None)
