from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.http import HttpRequest
from django.urls import URLPattern, include, path

from familyplan.web.accounts import permissions
from familyplan.web.accounts.forms import SignInForm
from familyplan.web.api.api import api
from familyplan.web.help import help_image, help_page

# Signing in and out is open to anyone; every other page asks its rules (accounts.permissions).
public = permissions.asks(permissions.ANYONE)


def _admin_site_permission(request: HttpRequest) -> bool:
    return permissions.can(request.user, permissions.ADMIN_SITE)


# Django's admin site lets in the accounts the same rule does (staff), on every admin page.
admin.site.has_permission = _admin_site_permission  # type: ignore[method-assign]

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
