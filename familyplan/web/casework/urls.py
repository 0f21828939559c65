"""Pages for families and their plans."""

from django.urls import URLPattern, URLResolver, include, path

from familyplan.web.casework import (
    closure_views,
    download_views,
    family_views,
    import_views,
    interim_views,
    record_views,
    taf_views,
    views,
)

# One family member's record, and what a subject access request sends them.
member = [
    path("", family_views.member_correct, name="member"),
    path("remove/", family_views.member_remove, name="member-remove"),
    path("subject-access.json", family_views.subject_access_json, name="subject-access-json"),
    path("subject-access.pdf", family_views.subject_access_pdf, name="subject-access-pdf"),
]

family: list[URLPattern | URLResolver] = [
    path("", family_views.family_detail, name="family"),
    path("who-has-looked/", family_views.family_audit, name="family-audit"),
    path("details/", record_views.family_details, name="family-details"),
    path("legal-hold/", record_views.legal_hold, name="legal-hold"),
    path("team/", record_views.family_team, name="family-team"),
    path("members/<int:member_id>/", include(member)),
    path("members/new/", family_views.member_add, name="member-new"),
    path("network/new/", family_views.network_add, name="network-new"),
    path("taf/new/", taf_views.taf_add, name="taf-new"),
    path("taf/<int:taf_id>/", taf_views.taf_edit, name="taf-member"),
    path("taf/<int:taf_id>/remove/", taf_views.taf_remove, name="taf-remove"),
    path("taf/lead/", taf_views.lead_change, name="taf-lead"),
    path("plan/new/", views.plan_start, name="plan-new"),
]

goal = [
    path("", views.goal_edit, name="goal"),
    path("actions/new/", views.action_edit, name="action-new"),
    path("actions/<int:action_id>/", views.action_edit, name="action"),
    path("actions/<int:action_id>/remove/", views.action_remove, name="action-remove"),
]

# Making the plan, and keeping it up to date.
plan: list[URLPattern | URLResolver] = [
    path("", views.plan_detail, name="plan"),
    path("about/", views.plan_about, name="plan-about"),
    path("started/", views.plan_start_correct, name="plan-started"),
    path("contingency/", views.plan_contingency, name="plan-contingency"),
    path("goals/new/", views.goal_edit, name="goal-new"),
    path("goals/<int:goal_id>/", include(goal)),
    path("actions/<int:action_id>/progress/", views.action_progress, name="action-progress"),
    path("interim/", interim_views.interim_edit, name="plan-interim"),
    path("interim/end/", interim_views.interim_end, name="plan-interim-end"),
    path("gaps/new/", views.gap_add, name="gap-new"),
    path("gaps/<int:gap_id>/", views.gap_correct, name="gap"),
]

# Closing the plan, and what the family and the calendar are given.
plan_end: list[URLPattern | URLResolver] = [
    path("close/", closure_views.closure_start, name="closure"),
    path("close/check/", closure_views.closure_check, name="closure-check"),
    path("sign-off/", closure_views.sign_off, name="sign-off"),
    path("family-copy/", closure_views.family_copy, name="family-copy"),
    path("family-copy.pdf", closure_views.family_copy_pdf, name="family-copy-pdf"),
    path("file/<str:format>/", download_views.plan_file, name="plan-file"),
    path("next-review.ics", closure_views.next_review_ics, name="next-review-ics"),
]

urlpatterns = [
    path("", family_views.families_list, name="families"),
    path("families/new/", family_views.family_create, name="family-new"),
    # familyplan.web.security.UPLOAD_PATH: this page alone takes many files in one request.
    path("import/", import_views.import_files, name="import-files"),
    path("families/<int:family_id>/", include(family)),
    path("plans/<int:plan_id>/", include(plan + plan_end)),
    path("sign-offs/", closure_views.sign_offs, name="sign-offs"),
    path("check/", views.check_statement_panel, name="check-statement"),
]
