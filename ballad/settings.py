"""Settings for the Ballad portal, read from the environment in one place.

Safe production defaults; development conveniences are switched on explicitly
with ``DJANGO_DEBUG=1``. See README.md for the variables.
"""

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from ballad.env import env, env_bool, env_int, env_list

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", default=False)
TESTING = env_bool("BALLAD_TESTING", default=False)

SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not (DEBUG or TESTING):
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=1 for local development)."
        )
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "modeltranslation",  # must come before django.contrib.admin
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks_db",
    "reversion",
    "portal",
    "markets",
    "counseling",
    "pilots",
]

MIDDLEWARE = [
    "portal.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.middleware.RejectBadInputMiddleware",
    "portal.middleware.LanguageCookieMiddleware",
    "portal.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.middleware.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "ballad.urls"
WSGI_APPLICATION = "ballad.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", default=0 if DEBUG else 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    # portal/cache.py: while Redis does not answer, rate limits count in the "fallback" table
    # of PostgreSQL (manage.py createcachetable) and everything else is skipped, never a 500.
    CACHES = {
        "default": {
            "BACKEND": "portal.cache.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ballad",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        },
        # Whole pages apart from rate-limit counters and sessions: give DJANGO_PAGE_CACHE_URL
        # its own Redis database or instance (README, "Deployment").
        "pages": {
            "BACKEND": "portal.cache.FailSoftRedisCache",
            "LOCATION": env("DJANGO_PAGE_CACHE_URL", default=REDIS_URL),
            "KEY_PREFIX": "ballad-pages",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        },
        "fallback": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "ballad_cache_fallback",
            "KEY_PREFIX": "ballad",
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }
PAGE_CACHE_ALIAS = "pages"
# Whole public pages for anonymous visitors (portal/page_cache.py). Only with a shared cache:
# a per-process cache could not hear of content changes made in another process.
PAGE_CACHE_SECONDS = env_int(
    "DJANGO_PAGE_CACHE_SECONDS", default=600 if REDIS_URL and not (DEBUG or TESTING) else 0
)
# The data layer and page fragments per content version (portal/content_cache.py), for every
# visitor the page cache does not serve; shared-cache only, like the page cache.
CONTENT_CACHE_SECONDS = env_int(
    "DJANGO_CONTENT_CACHE_SECONDS", default=3600 if REDIS_URL and not (DEBUG or TESTING) else 0
)
# Each process answers a hit from its own copy of the entries it served last for this many
# seconds after reading the version from Redis (portal/page_cache.py): how late a change saved
# in another process may reach anonymous visitors. 0: every hit asks Redis.
PAGE_CACHE_LOCAL_SECONDS = env_int("DJANGO_PAGE_CACHE_LOCAL_SECONDS", default=1)
PAGE_CACHE_LOCAL_ENTRIES = env_int("DJANGO_PAGE_CACHE_LOCAL_ENTRIES", default=1000)
PAGE_CACHE_LOCAL_BYTES = env_int("DJANGO_PAGE_CACHE_LOCAL_BYTES", default=32 * 1024 * 1024)
# New entries one client address may add per PAGE_CACHE_SECONDS (a crawler reads every page once).
PAGE_CACHE_STORES_PER_CLIENT = env_int("DJANGO_PAGE_CACHE_STORES_PER_CLIENT", default=300)
PAGE_CACHE_APPS = {"portal", "markets", "pilots"}
# What browsers and edges (nginx proxy_cache, a CDN) may do with a page-cached public page:
# keep it PAGE_HTTP_MAX_AGE seconds, then serve it stale while revalidating (ETag → 304).
PAGE_HTTP_MAX_AGE = env_int("DJANGO_PAGE_HTTP_MAX_AGE", default=60)
PAGE_HTTP_STALE_SECONDS = env_int("DJANGO_PAGE_HTTP_STALE_SECONDS", default=300)
# Cache keys that are rate limits: counted in PostgreSQL while Redis is down (portal/cache.py).
CACHE_FALLBACK_KEY_PREFIXES = ("allauth:rl:", "counseling:submit:", "ratelimit:")
CACHE_RETRY_SECONDS = 2
PAGE_CACHE_IGNORED_MODELS = {"portal.User", "portal.ContentDraft", "portal.EditorialEvent"}

# --- Accounts -------------------------------------------------------------
AUTH_USER_MODEL = "portal.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "portal:home"
ACCOUNT_ADAPTER = "portal.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Ballad] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
# Sign-in, sign-up and password reset use allauth's default rate limits
# (e.g. 5 failed sign-ins per address in 5 minutes), kept in the cache.
# Behind N reverse proxies that append to X-Forwarded-For, the client is the N-th address from
# the right; rate limits (sign-in and counseling) count that address, not the proxy's.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", default=0)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Ballad portal"

# --- Internationalisation ---------------------------------------------------
LANGUAGE_CODE = "en"
# English dates and numbers in the en-GB style (ballad/formats/en/formats.py).
FORMAT_MODULE_PATH = ["ballad.formats"]
LANGUAGES = [
    ("en", _("English")),
    ("et", _("Estonian")),
    ("fi", _("Finnish")),
    ("lv", _("Latvian")),
    ("sv", _("Swedish")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "ballad_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SECURE = not DEBUG

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "et", "fi", "lv", "sv")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# The tabbed admin loads jQuery UI from our own static files: the CSP allows no CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# --- Static files -----------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("DJANGO_MEDIA_ROOT", default=str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Development and tests serve static files straight from the apps, no collectstatic.
WHITENOISE_USE_FINDERS = DEBUG or TESTING
WHITENOISE_AUTOREFRESH = DEBUG or TESTING
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 500


# --- E-mail (Django 6.1 MAILERS) -------------------------------------------
def _mailer_from_url(url: str) -> dict:
    """Turn ``EMAIL_URL`` (smtp://user:pass@host:587?tls=1, console:, locmem:) into a mailer."""
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    simple = {
        "console": "django.core.mail.backends.console.EmailBackend",
        "locmem": "django.core.mail.backends.locmem.EmailBackend",
        "dummy": "django.core.mail.backends.dummy.EmailBackend",
    }
    if scheme in simple:
        return {"BACKEND": simple[scheme]}
    if scheme not in {"smtp", "smtps", "submission"}:
        raise ImproperlyConfigured(f"EMAIL_URL scheme {scheme!r} is not supported.")
    query = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
    options = {
        "host": parsed.hostname or "localhost",
        "port": parsed.port
        or (465 if scheme == "smtps" else 587 if scheme == "submission" else 25),
        "username": unquote(parsed.username or ""),
        "password": unquote(parsed.password or ""),
        "use_ssl": scheme == "smtps" or query.get("ssl") in {"1", "true"},
        "use_tls": scheme == "submission" or query.get("tls") in {"1", "true"},
        "timeout": int(query.get("timeout", "10")),
    }
    return {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": options}


EMAIL_URL = env("EMAIL_URL", default="console:" if DEBUG else "")
if not EMAIL_URL and env("SMTP_HOST", default=""):
    EMAIL_URL = "smtp://{user}:{password}@{host}:{port}?tls={tls}".format(
        user=env("SMTP_USER", default=""),
        password=env("SMTP_PASSWORD", default=""),
        host=env("SMTP_HOST"),
        port=env("SMTP_PORT", default="587"),
        tls=env("SMTP_TLS", default="1"),
    )
MAILERS = {"default": _mailer_from_url(EMAIL_URL or "smtp://localhost:25")}
DEFAULT_FROM_EMAIL = env(
    "DJANGO_DEFAULT_FROM_EMAIL", default="Ballad portal <noreply@ballad.example.org>"
)
SERVER_EMAIL = env("DJANGO_SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)

# --- Background tasks -------------------------------------------------------
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Security ---------------------------------------------------------------
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "portal.views.csrf_failure"
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=not (DEBUG or TESTING))
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
if not DEBUG:
    SECURE_CSP["upgrade-insecure-requests"] = True

# --- Logging ----------------------------------------------------------------
# JSON lines in production (portal/request_log.py: one line per request with nginx's request id,
# route name, status, duration and instance; no personal data), plain text in development.
LOG_FORMAT = env("DJANGO_LOG_FORMAT", default="text" if DEBUG or TESTING else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "portal.request_log.JsonFormatter"}},
    # Tokens of tracking and plan links never reach a log line (portal/log_redaction.py).
    "filters": {"redact_tokens": {"()": "portal.log_redaction.RedactTokensFilter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["redact_tokens"],
            **({"formatter": "json"} if LOG_FORMAT == "json" else {}),
        }
    },
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # WeasyPrint reports every layout step at INFO, fontTools every subset.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        # One line per request; DJANGO_REQUEST_LOG_LEVEL=WARNING silences it.
        "ballad.request": {
            "level": env(
                "DJANGO_REQUEST_LOG_LEVEL", default="INFO" if LOG_FORMAT == "json" else "WARNING"
            )
        },
    },
}

# --- Portal -----------------------------------------------------------------
SITE_NAME = "Ballad"
# A demo administrator is only ever created when DEBUG is on.
DEMO_ADMIN_EMAIL = "admin@ballad.example.org"

# --- Counseling -------------------------------------------------------------
# Absolute links in e-mails (the tracking link) start with this address.
# Defaults to the first allowed host over HTTPS in production.
SITE_URL = env(
    "DJANGO_SITE_URL",
    default="http://127.0.0.1:8000"
    if DEBUG or TESTING or not ALLOWED_HOSTS
    else f"https://{ALLOWED_HOSTS[0].lstrip('.')}",
)
# The privacy notice a visitor acknowledges with a request (the demo notice is dated 2026-11).
PRIVACY_NOTICE_VERSION = env("BALLAD_PRIVACY_NOTICE_VERSION", default="2026-11")
# Closed and rejected requests are anonymised this many days after closing.
COUNSELING_RETENTION_DAYS = env_int("BALLAD_COUNSELING_RETENTION_DAYS", default=730)
# A readiness result without an account: its private link works this many days.
READINESS_RETENTION_DAYS = env_int("BALLAD_READINESS_RETENTION_DAYS", default=365)
# A request waiting for the company: a reminder after this many days, closed after that many.
COUNSELING_REMINDER_DAYS = env_int("BALLAD_COUNSELING_REMINDER_DAYS", default=7)
COUNSELING_AUTO_CLOSE_DAYS = env_int("BALLAD_COUNSELING_AUTO_CLOSE_DAYS", default=30)
# Submissions allowed per e-mail address and per IP address within the window.
COUNSELING_RATE_LIMIT_PER_EMAIL = env_int("BALLAD_COUNSELING_LIMIT_PER_EMAIL", default=3)
COUNSELING_RATE_LIMIT_PER_IP = env_int("BALLAD_COUNSELING_LIMIT_PER_IP", default=10)
COUNSELING_RATE_LIMIT_WINDOW = env_int("BALLAD_COUNSELING_LIMIT_WINDOW", default=3600)
# Posted steps of the readiness check per IP address within the window: a whole check is
# three to five posts, a few more with steps back, so a workshop of twenty SMEs behind one
# address still gets through, while a script cannot fill the results table.
READINESS_RATE_LIMIT_PER_IP = env_int("BALLAD_READINESS_LIMIT_PER_IP", default=150)
READINESS_RATE_LIMIT_WINDOW = env_int("BALLAD_READINESS_LIMIT_WINDOW", default=3600)
