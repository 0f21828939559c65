"""Reviews, and the family's views link."""

from django.urls import path

from familyplan.web.reviews import views, work_views

urlpatterns = [
    path("my-work/", work_views.my_work, name="my-work"),
    path("plans/<int:plan_id>/reviews/new/", views.review_new, name="review-new"),
    path("plans/<int:plan_id>/reviews/<int:review_id>/", views.review_detail, name="review"),
    path("plans/<int:plan_id>/views-link/", views.views_link_new, name="views-link-new"),
    path("your-views/<str:token>/", views.family_views, name="views"),
]
