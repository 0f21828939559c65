"""The manager's dashboard, its lists and reports, and supervision notes."""

from django.urls import include, path

from familyplan.web.oversight import quality, views

oversight = [
    path("", views.dashboard, name="dashboard"),
    path("outcomes/", views.outcome_report, name="outcome-report"),
    path("gaps/", views.gap_summary, name="gap-summary"),
    path("quality/", quality.quality_report, name="quality-report"),
    path("<slug:name>/", views.figure_list, name="oversight-list"),
]

urlpatterns = [
    path("oversight/", include(oversight)),
    path("plans/<int:plan_id>/supervision/", views.supervision_add, name="supervision-new"),
]
