"""Settings for a council's server: real secret, HTTPS only, security headers, lockout.

Start with DJANGO_SETTINGS_MODULE=familyplan.web.settings_production and set
FAMILYPLAN_SECRET_KEY, FAMILYPLAN_ALLOWED_HOSTS and DATABASE_URL.
"""

from __future__ import annotations

import os

from familyplan.web.settings import *  # noqa: F403
from familyplan.web.settings import MIDDLEWARE

DEBUG = False
SECRET_KEY = os.environ.get("FAMILYPLAN_SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    raise RuntimeError(
        "Set FAMILYPLAN_SECRET_KEY to a random value of at least 50 characters (on a developer's "
        "machine, choose the development settings: DJANGO_SETTINGS_MODULE=familyplan.web.settings)."
    )
AUDIT_KEY = audit_key(SECRET_KEY)  # noqa: F405

# Email that only prints to the console would put reminders (with what they say about families)
# into the server's log: refuse it unless GOV.UK Notify is set up or it is asked for by name.
if (
    EMAIL_BACKEND == "django.core.mail.backends.console.EmailBackend"  # noqa: F405
    and not NOTIFY_API_KEY  # noqa: F405
    and os.environ.get("FAMILYPLAN_ALLOW_CONSOLE_EMAIL", "") != "1"
):
    raise RuntimeError(
        "Set FAMILYPLAN_EMAIL_BACKEND (e.g. django.core.mail.backends.smtp.EmailBackend, with "
        "FAMILYPLAN_EMAIL_HOST) or FAMILYPLAN_NOTIFY_API_KEY: console email would print messages into "
        "the server's log. FAMILYPLAN_ALLOW_CONSOLE_EMAIL=1 allows it anyway."
    )

SECURE_SSL_REDIRECT = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 63_072_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"

# Django 5.2 has no built-in content security policy: the middleware below sends one.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'"
)

# The lockout after 10 wrong passwords is on in the base settings, so in every settings module.
MIDDLEWARE = [*MIDDLEWARE, "familyplan.web.security.ContentSecurityPolicyMiddleware"]
