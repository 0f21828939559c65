"""The council's settings."""

from django.urls import path

from familyplan.web.council import views

urlpatterns = [
    path("settings/", views.council_settings, name="council-settings"),
]
