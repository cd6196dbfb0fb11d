"""Django settings for Kiosk, read from the environment in this one place.

Defaults give the embedded mode (SQLite in ./var, no external services), so that
`make run` works on a fresh machine. Every secret comes from the environment.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("KIOSK_DATA_DIR", Path.cwd() / "var")).resolve()


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("KIOSK_DEBUG", False)
PRODUCTION = env_bool("KIOSK_PRODUCTION", False)

SECRET_KEY = os.environ.get("KIOSK_SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("KIOSK_PRODUCTION is set: KIOSK_SECRET_KEY must be set too.")
    # Embedded mode only: a key that is stable on this machine but never shipped.
    SECRET_KEY = "kiosk-embedded-insecure-" + str(DATA_DIR)

ALLOWED_HOSTS = env_list("KIOSK_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "kiosk.sources",
    "kiosk.crawl",
    "kiosk.news",
    "kiosk.readership",
    "kiosk.newsroom",
    "kiosk.stories",
    "kiosk.accounts",
    "kiosk.comments",
    # The JSON API (kiosk.api): listed for its docs page's own Swagger assets (no CDN).
    "ninja",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous pages from the cache, before sessions, locale and auth (news/caching.py).
    "kiosk.news.caching.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Login throttling (accounts): last, so that it sees the authenticated request.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kiosk.urls"
WSGI_APPLICATION = "kiosk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kiosk.news.context_processors.portal",
            ],
        },
    },
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("KIOSK_DB_PATH", str(DATA_DIR / "kiosk.sqlite3")),
        "OPTIONS": {
            # WAL lets the portal read while the crawler writes.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("az", "Azərbaycanca"), ("ru", "Русский"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("KIOSK_TIME_ZONE", "Asia/Baku")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names (cached for a year by browsers) and gzip copies (static_storage.py),
    # made by collectstatic, which `kiosk serve` and `kiosk demo` run before gunicorn.
    "staticfiles": {"BACKEND": "kiosk.static_storage.StaticStorage"},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("KIOSK_LOG_LEVEL", "WARNING")},
    "loggers": {
        "trafilatura": {"level": "WARNING"},
        "htmldate": {"level": "WARNING"},
        "httpx": {"level": "WARNING"},
    },
}

# --- Kiosk -------------------------------------------------------------------

KIOSK_PORTAL_NAME = os.environ.get("KIOSK_PORTAL_NAME", "Kiosk")
KIOSK_CONTACT_URL = os.environ.get("KIOSK_CONTACT_URL", "http://127.0.0.1:8000/en/")
# Names the portal and where site owners can reach it; its first word is the token that
# robots.txt groups are matched against.
KIOSK_USER_AGENT = os.environ.get(
    "KIOSK_USER_AGENT", f"KioskBot/0.1 (+{KIOSK_CONTACT_URL}; {KIOSK_PORTAL_NAME} news aggregator)"
)
KIOSK_FETCH_TIMEOUT = float(os.environ.get("KIOSK_FETCH_TIMEOUT", "20"))
KIOSK_FETCH_MAX_BYTES = int(os.environ.get("KIOSK_FETCH_MAX_BYTES", str(10 * 1024 * 1024)))
KIOSK_CRAWL_CONCURRENCY = int(os.environ.get("KIOSK_CRAWL_CONCURRENCY", "32"))
# Seconds between two requests to one host; robots.txt Crawl-delay can only lengthen it.
KIOSK_HOST_MIN_DELAY = float(os.environ.get("KIOSK_HOST_MIN_DELAY", "1.0"))
# Sources marked local (the sample newsroom) are ours: no need to wait between requests.
KIOSK_LOCAL_HOST_MIN_DELAY = float(os.environ.get("KIOSK_LOCAL_HOST_MIN_DELAY", "0"))
KIOSK_PAUSE_AFTER_ERRORS = int(os.environ.get("KIOSK_PAUSE_AFTER_ERRORS", "8"))
# Hours between two checks of a source's golden pages (fetched again and compared with
# their expected extraction, crawl/health.py); the check runs inside the source's crawl.
KIOSK_GOLDEN_CHECK_HOURS = float(os.environ.get("KIOSK_GOLDEN_CHECK_HOURS", "24"))
KIOSK_PAGE_SIZE = int(os.environ.get("KIOSK_PAGE_SIZE", "30"))
# Hours after its first fetch at which an article is fetched again to look for revisions
# (crawl/revisions.py); empty turns revisits off.
KIOSK_REVISIT_HOURS = tuple(
    float(hours) for hours in env_list("KIOSK_REVISIT_HOURS", ["1", "6", "24", "72"])
)

# --- Accounts and comments ---------------------------------------------------

AUTHENTICATION_BACKENDS = [
    # django-axes refuses a locked-out login before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "news:home"
LOGOUT_REDIRECT_URL = "news:home"
# Password-reset mail: printed on the console unless an SMTP host is given.
EMAIL_HOST = os.environ.get("KIOSK_EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = int(os.environ.get("KIOSK_EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("KIOSK_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("KIOSK_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("KIOSK_EMAIL_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("KIOSK_EMAIL_FROM", "kiosk@localhost")
# Login throttling (django-axes): this many failures for one username from one address
# lock that pair out for the cool-off time; the admin's login is covered too.
AXES_FAILURE_LIMIT = int(os.environ.get("KIOSK_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("KIOSK_LOGIN_COOLOFF_MINUTES", "15")) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "kiosk.accounts.views.locked_out"
AXES_VERBOSE = False

# "post": comments show at once and moderators review flagged ones; "pre": every comment
# waits for a moderator's approval.
KIOSK_COMMENT_MODERATION = os.environ.get("KIOSK_COMMENT_MODERATION", "post")
if KIOSK_COMMENT_MODERATION not in {"pre", "post"}:
    raise ImproperlyConfigured("KIOSK_COMMENT_MODERATION must be 'pre' or 'post'.")
# Flags from this many readers hide a comment until a moderator reviews it.
KIOSK_COMMENT_FLAG_THRESHOLD = int(os.environ.get("KIOSK_COMMENT_FLAG_THRESHOLD", "3"))
KIOSK_COMMENT_MAX_LENGTH = int(os.environ.get("KIOSK_COMMENT_MAX_LENGTH", "3000"))
KIOSK_COMMENT_MAX_LINKS = int(os.environ.get("KIOSK_COMMENT_MAX_LINKS", "2"))
KIOSK_COMMENT_EDIT_MINUTES = float(os.environ.get("KIOSK_COMMENT_EDIT_MINUTES", "10"))
# Per reader: at most this many comments in the window (seconds).
KIOSK_COMMENT_RATE_LIMIT = int(os.environ.get("KIOSK_COMMENT_RATE_LIMIT", "5"))
KIOSK_COMMENT_RATE_WINDOW = int(os.environ.get("KIOSK_COMMENT_RATE_WINDOW", "600"))

# Readership (readership/): views buffered in process memory, or in Redis when set (any
# number of web processes then share one buffer), and flushed into hourly buckets every
# KIOSK_VIEWS_FLUSH_SECONDS (0: only at exit and when asked); a crash loses at most that.
KIOSK_REDIS_URL = os.environ.get("KIOSK_REDIS_URL", "")
KIOSK_VIEWS_FLUSH_SECONDS = float(os.environ.get("KIOSK_VIEWS_FLUSH_SECONDS", "10"))
# Cached pages show counts at most this old (plus one flush interval): a flush that
# counted views starts a new content version only when the current one is older.
KIOSK_VIEWS_PAGE_REFRESH_SECONDS = float(os.environ.get("KIOSK_VIEWS_PAGE_REFRESH_SECONDS", "50"))
KIOSK_VIEWS_DEDUP_MINUTES = int(os.environ.get("KIOSK_VIEWS_DEDUP_MINUTES", "30"))
# Beacons one visitor may send per minute; more are refused (429) and not counted.
KIOSK_VIEWS_RATE_LIMIT = int(os.environ.get("KIOSK_VIEWS_RATE_LIMIT", "60"))
# Breaking news: a story reaching this many sources within the window is breaking for
# KIOSK_BREAKING_HOURS and leads the headline strip (readership/breaking.py).
KIOSK_BREAKING_SOURCES = int(os.environ.get("KIOSK_BREAKING_SOURCES", "3"))
KIOSK_BREAKING_WINDOW_MINUTES = int(os.environ.get("KIOSK_BREAKING_WINDOW_MINUTES", "60"))
KIOSK_BREAKING_HOURS = float(os.environ.get("KIOSK_BREAKING_HOURS", "3"))
