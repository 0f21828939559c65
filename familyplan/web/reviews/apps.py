from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "familyplan.web.reviews"
    label = "reviews"  # the app's label, as in its migrations
    verbose_name = "Reviews and views"

    def ready(self) -> None:
        # Casework says when a plan changes; drift is ours to keep up to date (plan_drift_refresh).
        from familyplan.web.reviews import services  # noqa: F401
