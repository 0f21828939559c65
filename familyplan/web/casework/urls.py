"""Pages for families and their plans."""

from django.urls import path

from familyplan.web.casework import closure_views, family_views, import_views, views

urlpatterns = [
    path("", family_views.families_list, name="families"),
    path("families/new/", family_views.family_create, name="family-new"),
    # familyplan.web.security.UPLOAD_PATH: this page alone takes many files in one request.
    path("import/", import_views.import_files, name="import-files"),
    path("families/<int:family_id>/", family_views.family_detail, name="family"),
    path("families/<int:family_id>/who-has-looked/", family_views.family_audit, name="family-audit"),
    path("families/<int:family_id>/members/<int:member_id>/", family_views.member_correct, name="member"),
    path(
        "families/<int:family_id>/members/<int:member_id>/subject-access.json",
        family_views.subject_access_json,
        name="subject-access-json",
    ),
    path(
        "families/<int:family_id>/members/<int:member_id>/subject-access.pdf",
        family_views.subject_access_pdf,
        name="subject-access-pdf",
    ),
    path("families/<int:family_id>/members/new/", family_views.member_add, name="member-new"),
    path("families/<int:family_id>/network/new/", family_views.network_add, name="network-new"),
    path("families/<int:family_id>/taf/new/", family_views.taf_add, name="taf-new"),
    path("families/<int:family_id>/plan/new/", views.plan_start, name="plan-new"),
    path("plans/<int:plan_id>/", views.plan_detail, name="plan"),
    path("plans/<int:plan_id>/about/", views.plan_about, name="plan-about"),
    path("plans/<int:plan_id>/contingency/", views.plan_contingency, name="plan-contingency"),
    path("plans/<int:plan_id>/goals/new/", views.goal_edit, name="goal-new"),
    path("plans/<int:plan_id>/goals/<int:goal_id>/", views.goal_edit, name="goal"),
    path("plans/<int:plan_id>/goals/<int:goal_id>/actions/new/", views.action_edit, name="action-new"),
    path(
        "plans/<int:plan_id>/goals/<int:goal_id>/actions/<int:action_id>/",
        views.action_edit,
        name="action",
    ),
    path(
        "plans/<int:plan_id>/actions/<int:action_id>/progress/",
        views.action_progress,
        name="action-progress",
    ),
    path("plans/<int:plan_id>/interim/", views.interim_edit, name="plan-interim"),
    path("plans/<int:plan_id>/gaps/new/", views.gap_add, name="gap-new"),
    path("plans/<int:plan_id>/close/", closure_views.closure_start, name="closure"),
    path("plans/<int:plan_id>/close/check/", closure_views.closure_check, name="closure-check"),
    path("plans/<int:plan_id>/sign-off/", closure_views.sign_off, name="sign-off"),
    path("plans/<int:plan_id>/family-copy/", closure_views.family_copy, name="family-copy"),
    path("plans/<int:plan_id>/family-copy.pdf", closure_views.family_copy_pdf, name="family-copy-pdf"),
    path("sign-offs/", closure_views.sign_offs, name="sign-offs"),
    path("check/", views.check_statement_panel, name="check-statement"),
    path("plans/<int:plan_id>/next-review.ics", closure_views.next_review_ics, name="next-review-ics"),
]
