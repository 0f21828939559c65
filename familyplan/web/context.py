from django.conf import settings
from django.http import HttpRequest


def service(request: HttpRequest) -> dict[str, str]:
    from familyplan.web.council.services import current

    council = current()
    return {
        "service_name": settings.SERVICE_NAME,
        "council_name": council.council_name or settings.COUNCIL_NAME,
        "contact_line": council.contact_line,
        "procedures_url": council.procedures_url,
    }
