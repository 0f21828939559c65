from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.http import HttpRequest
from django.urls import URLPattern, path

from familyplan.accounts import permissions
from familyplan.accounts import views as accounts
from familyplan.api.api import api
from familyplan.casework import views as casework
from familyplan.council import views as council
from familyplan.oversight import views as oversight
from familyplan.reviews import views as reviews
from familyplan.web.help import help_image, help_page

# Signing in and out is open to anyone; every other page asks its rules (accounts.permissions).
public = permissions.asks(permissions.ANYONE)


def _admin_site_permission(request: HttpRequest) -> bool:
    return permissions.can(request.user, permissions.ADMIN_SITE)


# Django's admin site lets in the accounts the same rule does (staff), on every admin page.
admin.site.has_permission = _admin_site_permission  # type: ignore[method-assign]

api_urls = api.urls
for api_pattern in api_urls[0]:
    if isinstance(api_pattern, URLPattern) and not hasattr(api_pattern.callback, "permission_rules"):
        public(api_pattern.callback)  # the API's root, which sends readers on to its docs

urlpatterns = [
    path("", casework.families_list, name="families"),
    path("sign-in/", public(auth_views.LoginView.as_view(redirect_authenticated_user=True)), name="login"),
    path("sign-in/code/", accounts.sign_in_code, name="sign-in-code"),
    path("sign-out/", public(auth_views.LogoutView.as_view()), name="logout"),
    path("account/", accounts.account, name="account"),
    path("account/two-factor/set-up/", accounts.two_factor_set_up, name="two-factor-set-up"),
    path("account/two-factor/turn-off/", accounts.two_factor_turn_off, name="two-factor-turn-off"),
    path("families/new/", casework.family_create, name="family-new"),
    path("families/<int:family_id>/", casework.family_detail, name="family"),
    path("families/<int:family_id>/who-has-looked/", casework.family_audit, name="family-audit"),
    path("families/<int:family_id>/members/<int:member_id>/", casework.member_correct, name="member"),
    path(
        "families/<int:family_id>/members/<int:member_id>/subject-access.json",
        casework.subject_access_json,
        name="subject-access-json",
    ),
    path(
        "families/<int:family_id>/members/<int:member_id>/subject-access.pdf",
        casework.subject_access_pdf,
        name="subject-access-pdf",
    ),
    path("families/<int:family_id>/members/new/", casework.member_add, name="member-new"),
    path("families/<int:family_id>/network/new/", casework.network_add, name="network-new"),
    path("families/<int:family_id>/taf/new/", casework.taf_add, name="taf-new"),
    path("families/<int:family_id>/plan/new/", casework.plan_start, name="plan-new"),
    path("plans/<int:plan_id>/", casework.plan_detail, name="plan"),
    path("plans/<int:plan_id>/about/", casework.plan_about, name="plan-about"),
    path("plans/<int:plan_id>/contingency/", casework.plan_contingency, name="plan-contingency"),
    path("plans/<int:plan_id>/goals/new/", casework.goal_edit, name="goal-new"),
    path("plans/<int:plan_id>/goals/<int:goal_id>/", casework.goal_edit, name="goal"),
    path("plans/<int:plan_id>/goals/<int:goal_id>/actions/new/", casework.action_edit, name="action-new"),
    path(
        "plans/<int:plan_id>/goals/<int:goal_id>/actions/<int:action_id>/",
        casework.action_edit,
        name="action",
    ),
    path(
        "plans/<int:plan_id>/actions/<int:action_id>/progress/",
        casework.action_progress,
        name="action-progress",
    ),
    path("plans/<int:plan_id>/interim/", casework.interim_edit, name="plan-interim"),
    path("plans/<int:plan_id>/gaps/new/", casework.gap_add, name="gap-new"),
    path("plans/<int:plan_id>/reviews/new/", reviews.review_new, name="review-new"),
    path("plans/<int:plan_id>/reviews/<int:review_id>/", reviews.review_detail, name="review"),
    path("plans/<int:plan_id>/views-link/", reviews.views_link_new, name="views-link-new"),
    path("plans/<int:plan_id>/close/", casework.closure_start, name="closure"),
    path("plans/<int:plan_id>/close/check/", casework.closure_check, name="closure-check"),
    path("plans/<int:plan_id>/sign-off/", casework.sign_off, name="sign-off"),
    path("plans/<int:plan_id>/family-copy/", casework.family_copy, name="family-copy"),
    path("plans/<int:plan_id>/family-copy.pdf", casework.family_copy_pdf, name="family-copy-pdf"),
    path("sign-offs/", casework.sign_offs, name="sign-offs"),
    path("check/", casework.check_statement_panel, name="check-statement"),
    path("your-views/<str:token>/", reviews.family_views, name="views"),
    path("oversight/", oversight.dashboard, name="dashboard"),
    path("oversight/outcomes/", oversight.outcome_report, name="outcome-report"),
    path("oversight/gaps/", oversight.gap_summary, name="gap-summary"),
    path("oversight/<slug:name>/", oversight.figure_list, name="oversight-list"),
    path("plans/<int:plan_id>/supervision/", oversight.supervision_add, name="supervision-new"),
    path("plans/<int:plan_id>/next-review.ics", casework.next_review_ics, name="next-review-ics"),
    path("settings/", council.council_settings, name="council-settings"),
    path("help/images/<str:name>", help_image, name="help-image"),
    path("help/<slug:page>/", help_page, name="help"),
    path("api/", api_urls),
    path("admin/", admin.site.urls),
]
