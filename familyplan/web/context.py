from django.conf import settings
from django.http import HttpRequest


def service(request: HttpRequest) -> dict[str, str | int]:
    from familyplan.web.council.services import current

    council = current()
    return {
        "service_name": settings.SERVICE_NAME,
        "council_name": council.council_name or settings.COUNCIL_NAME,
        "contact_line": council.contact_line,
        "procedures_url": council.procedures_url,
        # How long a session lasts without use: a page being written in keeps it going.
        "session_minutes": settings.SESSION_COOKIE_AGE // 60,
    }
