from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "familyplan.web.audit"
    label = "audit"  # the app's label, as in its migrations
    verbose_name = "Audit trail"

    def ready(self) -> None:
        from familyplan.web.audit import signals  # noqa: F401 - connects the receivers
