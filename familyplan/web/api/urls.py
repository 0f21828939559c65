"""The person's own API tokens, as a page under their account."""

from django.urls import path

from familyplan.web.api import views

urlpatterns = [path("account/api-tokens/", views.api_tokens, name="api-tokens")]
