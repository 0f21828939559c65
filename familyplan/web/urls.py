from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import URLPattern, include, path

from familyplan.web.accounts import permissions
from familyplan.web.accounts.forms import SignInForm
from familyplan.web.api.api import api
from familyplan.web.help import help_image, help_page

# Signing in and out is open to anyone; every other page asks its rules (accounts.permissions).
public = permissions.asks(permissions.ANYONE)


def _admin_site_permission(request: HttpRequest) -> bool:
    return permissions.can(request.user, permissions.ADMIN_SITE)


def _admin_view(view: Callable[..., HttpResponse], cacheable: bool = False) -> Callable[..., HttpResponse]:
    """Every page of the admin site, its own sign-in page among them: someone signed out signs in
    on the service's sign-in page; someone signed in whom the rule does not let in is refused on
    the service's refusal page, which says whom to ask and nothing of the admin site."""
    shown = admin.AdminSite.admin_view(admin.site, view, cacheable)

    @wraps(view)
    def refused_unless_let_in(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        permissions.require(request.user, permissions.ADMIN_SITE)
        return shown(request, *args, **kwargs)

    return permissions.signed_in(refused_unless_let_in)


def _admin_sign_in(request: HttpRequest, extra_context: Any = None) -> HttpResponse:
    """The admin site's sign-in page: those it lets in are signed in already, and go to its index."""
    return redirect("admin:index")


# Django's admin site lets in the accounts the same rule does (staff), on every admin page.
admin.site.has_permission = _admin_site_permission  # type: ignore[method-assign]
admin.site.admin_view = _admin_view  # type: ignore[method-assign, assignment]
admin.site.login = _admin_view(_admin_sign_in)  # type: ignore[method-assign]

api_urls = api.urls
for api_pattern in api_urls[0]:
    # The API's root, which sends readers on to its docs, is open; its operations each name their rules.
    if isinstance(api_pattern, URLPattern) and api_pattern.name == "api-root":
        public(api_pattern.callback)

urlpatterns = [
    path(
        "sign-in/",
        public(
            auth_views.LoginView.as_view(redirect_authenticated_user=True, authentication_form=SignInForm)
        ),
        name="login",
    ),
    path("sign-out/", public(auth_views.LogoutView.as_view()), name="logout"),
    path("", include("familyplan.web.casework.urls")),
    path("", include("familyplan.web.accounts.urls")),
    path("", include("familyplan.web.reviews.urls")),
    path("", include("familyplan.web.oversight.urls")),
    path("", include("familyplan.web.council.urls")),
    path("help/images/<str:name>", help_image, name="help-image"),
    path("help/<slug:page>/", help_page, name="help"),
    path("api/", api_urls),
    path("", include("familyplan.web.api.urls")),
    path("admin/", admin.site.urls),
]
