"""Taking a plan out as a file: for a family who move away, another system, or a case file."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse

from familyplan.web.accounts import permissions
from familyplan.web.casework import selectors
from familyplan.web.casework.exports import FORMATS, plan_download
from familyplan.web.pages import user_of


@permissions.asks(permissions.FAMILY_VIEW)
@permissions.signed_in
def plan_file(request: HttpRequest, plan_id: int, format: str) -> HttpResponse:
    if format not in FORMATS:
        raise Http404
    return plan_download(selectors.plan_with_parts(user_of(request), plan_id), format)
