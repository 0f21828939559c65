"""Django settings for Family Plan on a developer's machine and in the tests.

SQLite (write-ahead log, full sync) by default, PostgreSQL when DATABASE_URL is
set. A council's server uses familyplan.web.settings_production, which refuses
to start without a real secret and turns on the security headers.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import dj_database_url
import django_stubs_ext

from familyplan.plan.limits import current as current_limits

django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent.parent
VAR_DIR = Path(os.environ.get("FAMILYPLAN_VAR_DIR", PROJECT_DIR / "var"))

DEBUG = os.environ.get("FAMILYPLAN_DEBUG", "") == "1"
SECRET_KEY = os.environ.get("FAMILYPLAN_SECRET_KEY") or "development-only-secret-never-use-in-production"

ALLOWED_HOSTS = [h for h in os.environ.get("FAMILYPLAN_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "familyplan.web.accounts",
    "familyplan.web.casework",
    "familyplan.web.reviews",
    "familyplan.web.audit",
    "familyplan.web.api",
    "familyplan.web.oversight",
    "familyplan.web.council",
    "familyplan.web.operations",
    "ninja",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "familyplan.web.security.RequestLimitsMiddleware",
    "familyplan.web.security.ApiErrorsAsJsonMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "familyplan.web.security.NoStoreMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "familyplan.web.accounts.middleware.TwoFactorMiddleware",
    "familyplan.web.audit.context.ActorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "familyplan.web.urls"
WSGI_APPLICATION = "familyplan.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "familyplan.web.context.service",
            ],
            "builtins": ["familyplan.web.templatetags.govuk"],
        },
    }
]


def _database() -> dict[str, object]:
    url = os.environ.get("DATABASE_URL")
    if url:
        database = dj_database_url.parse(url, conn_max_age=60)
        if database["ENGINE"] == "django.db.backends.postgresql":
            # JIT compiling costs more than it saves on the dashboard's short aggregate queries
            # (about 190 ms a page with 100,000 families), so it is off for this application.
            database.setdefault("OPTIONS", {})["options"] = "-c jit=off"
        return dict(database)
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": VAR_DIR / "familyplan.sqlite3",
        "OPTIONS": {
            # Writers queue for the lock instead of failing at once; FULL sync keeps the last
            # commit through a power cut. The write-ahead log, which lets reads go on while one
            # writes, is kept in the file and set once (operations/write_ahead_log.py).
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;",
        },
    }


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
# No more than 10 wrong passwords in 5 minutes for one username from one address (Cyber Essentials),
# in every settings module: a server started with the wrong settings still stops guessing.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = 5 / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# A page of the service saying how long the lock lasts and who can lift it, not axes' bare line.
AXES_LOCKOUT_CALLABLE = "familyplan.web.accounts.lockout.locked_out"
# How many proxies of the council's own stand in front of the server (0: none). Addresses for
# rate limits and lockouts are read through exactly that many; never from what a client writes.
TRUSTED_PROXIES = int(os.environ.get("FAMILYPLAN_TRUSTED_PROXIES", "0"))
NINJA_NUM_PROXIES = TRUSTED_PROXIES
AXES_CLIENT_IP_CALLABLE = "familyplan.web.security.client_address"


# The audit trail's chain is keyed with this, which is never stored in the database. By default
# it is worked out from the secret key; set FAMILYPLAN_AUDIT_KEY to keep it apart (so the secret
# key can change without the trail failing to verify).
def audit_key(secret_key: str) -> str:
    given = os.environ.get("FAMILYPLAN_AUDIT_KEY", "")
    return given or hashlib.sha256(f"familyplan audit chain:{secret_key}".encode()).hexdigest()


AUDIT_KEY = audit_key(SECRET_KEY)
# Each committed entry's link is appended here, outside the database: ship the file away
# (syslog, a log collector, another server) and `familyplan audit verify --checkpoints COPY`.
AUDIT_CHECKPOINTS = os.environ.get("FAMILYPLAN_AUDIT_CHECKPOINTS", str(VAR_DIR / "audit-checkpoints.log"))

# Limits on files, plans and requests: familyplan/plan/limits.py and docs/limits.md.
LIMITS = current_limits()
DATA_UPLOAD_MAX_MEMORY_SIZE = LIMITS.request_bytes
FILE_UPLOAD_MAX_MEMORY_SIZE = LIMITS.request_bytes

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "families"
LOGOUT_REDIRECT_URL = "login"
# A link to reset a forgotten password works once, for an hour.
PASSWORD_RESET_TIMEOUT = 60 * 60

# Sessions end after 30 minutes without use, and the cookie never outlives the browser.
SESSION_COOKIE_AGE = 30 * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False

LANGUAGE_CODE = "en"
# Family-facing pages are in English or Welsh, chosen for each family.
LANGUAGES = [("en", "English"), ("cy", "Cymraeg")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"]

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
WHITENOISE_USE_FINDERS = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

SERVICE_NAME = "Family Plan"
COUNCIL_NAME = os.environ.get("FAMILYPLAN_COUNCIL_NAME", "Demo Council")
# The name an authenticator app shows beside the code.
OTP_TOTP_ISSUER = f"{SERVICE_NAME} ({COUNCIL_NAME})"
VIEWS_LINK_DAYS = 14
# Statement checks through the API without signing in, per address per minute.
API_CHECKS_PER_MINUTE = int(os.environ.get("FAMILYPLAN_API_CHECKS_PER_MINUTE", "60"))
# The council's URI for identifiers in FHIR exports (the family reference, the plan id).
FAMILYPLAN_FHIR_SYSTEM = os.environ.get("FAMILYPLAN_FHIR_SYSTEM", "urn:x-familyplan")
# Closed records are kept this many years after closure, unless under a legal hold.
RETENTION_YEARS = int(os.environ.get("FAMILYPLAN_RETENTION_YEARS", "25"))

# GOV.UK Notify, if the council uses it: an API key and an email template with ((subject)) and ((body)).
NOTIFY_API_KEY = os.environ.get("FAMILYPLAN_NOTIFY_API_KEY", "")
NOTIFY_TEMPLATE_ID = os.environ.get("FAMILYPLAN_NOTIFY_TEMPLATE_ID", "")
NOTIFY_BASE_URL = os.environ.get("FAMILYPLAN_NOTIFY_BASE_URL", "https://api.notifications.service.gov.uk")
# A reminder Notify fails (5xx) or cannot take is tried three times, waiting this long, then twice as long.
NOTIFY_RETRY_SECONDS = float(os.environ.get("FAMILYPLAN_NOTIFY_RETRY_SECONDS", "2"))
# The address people open Family Plan at: links in reminder and service-gap emails start with it.
BASE_URL = os.environ.get("FAMILYPLAN_BASE_URL", "http://127.0.0.1:8000")
DEFAULT_FROM_EMAIL = os.environ.get("FAMILYPLAN_FROM_EMAIL", "Family Plan <no-reply@example.invalid>")
EMAIL_HOST = os.environ.get("FAMILYPLAN_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("FAMILYPLAN_EMAIL_PORT", "25"))
EMAIL_USE_TLS = os.environ.get("FAMILYPLAN_EMAIL_USE_TLS", "") == "1"
EMAIL_BACKEND = os.environ.get("FAMILYPLAN_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Request lines and request warnings lose their query strings (family-name searches) and
    # views-link tokens before any handler sees them.
    "filters": {"redact": {"()": "familyplan.web.security.RedactRequestsFilter"}},
    "formatters": {
        "server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "server": {"class": "logging.StreamHandler", "formatter": "server"},
    },
    "loggers": {
        # Request errors can carry form data about children: log only that they happened.
        "django.request": {
            "handlers": ["console"],
            "level": "ERROR",
            "propagate": False,
            "filters": ["redact"],
        },
        "django.server": {"handlers": ["server"], "level": "INFO", "propagate": False, "filters": ["redact"]},
    },
}
