import os

from django.core.wsgi import get_wsgi_application

# Production unless development is asked for by name (make run and the tests do).
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "familyplan.web.settings_production")
application = get_wsgi_application()
