"""The manager's dashboard, its lists and reports, and supervision notes."""

from django.urls import path

from familyplan.web.oversight import quality, views

urlpatterns = [
    path("oversight/", views.dashboard, name="dashboard"),
    path("oversight/outcomes/", views.outcome_report, name="outcome-report"),
    path("oversight/gaps/", views.gap_summary, name="gap-summary"),
    path("oversight/quality/", quality.quality_report, name="quality-report"),
    path("oversight/<slug:name>/", views.figure_list, name="oversight-list"),
    path("plans/<int:plan_id>/supervision/", views.supervision_add, name="supervision-new"),
]
