"""The manager's dashboard, its lists and reports, and supervision notes."""

from django.urls import include, path

from familyplan.web.oversight import data_views, quality, views

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
    path(
        "plans/<int:plan_id>/gaps/<int:gap_id>/data-notification/",
        data_views.data_notification_form,
        name="data-notification",
    ),
    path("data-notifications/", data_views.data_notifications, name="data-notifications"),
    path(
        "data-notifications/<int:notification_id>.csv",
        data_views.data_notification_csv,
        name="data-notification-csv",
    ),
]
