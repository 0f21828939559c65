from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "familyplan.reviews"
    verbose_name = "Reviews and views"
