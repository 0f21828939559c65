from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "familyplan.web.reviews"
    label = "reviews"  # the app's label, as in its migrations
    verbose_name = "Reviews and views"

    def ready(self) -> None:
        # Casework says when a plan changes; drift is ours to keep up to date.
        from familyplan.web.casework.signals import plan_changed
        from familyplan.web.reviews.services import plan_drift_refresh

        plan_changed.connect(plan_drift_refresh, dispatch_uid="reviews.plan_drift_refresh")
