"""Settings shared by every environment. Values that differ per deployment come from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")

INSTALLED_APPS = [
    "organisation",
    "workdays",
    "disclosure_pages",
    "page_files",
    "moderation",
    "search",
    "page_cache",
    "disclosure_requests",
    "public_opinion",
    "complaints",
    "assessment",
    "security",
    "operations",
    "wagtail_modeladmin",
    "simple_history",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.table_block",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    # The queue table of the background worker (`manage.py db_worker`, deploy/systemd/).
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files under their fingerprinted names, cached for a year (immutable); nginx may serve them first.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # 304 for a matching If-None-Match / If-Modified-Since, from the page cache's ETag and Last-Modified.
    "page_cache.middleware.ConditionalGetMiddleware",
    # Before sessions, authentication and CSRF: a cached public page costs none of them (page_cache.rules).
    "page_cache.middleware.PageCacheMiddleware",
    # The Site and portal settings every page reads, held per worker (page_cache.site_identity).
    "page_cache.middleware.SiteIdentityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: turns a lockout into the log-in page with its message (security.lockout).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "disclosure_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "disclosure_site.wsgi.application"

# DATABASE_URL selects the database; the embedded default is a SQLite file beside the project.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out user name + client before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static_src"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
PRIVATE_ROOT = Path(os.environ.get("PRIVATE_ROOT", BASE_DIR / "private"))
# Documents and images. Nothing serves this folder directly (keep it out of every web root): each
# file goes out through a page_files view that checks publication first (docs/files.md).
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", PRIVATE_ROOT / "files"))
MEDIA_URL = "/files/"
# Applicants' uploads are never public: kept outside MEDIA_ROOT, served by a permission-checked view.
DISCLOSURE_REQUESTS_PRIVATE_ROOT = PRIVATE_ROOT / "disclosure_requests"
# Self-check attachments of the yearly assessment (assessment/): private in the same way.
ASSESSMENT_PRIVATE_ROOT = PRIVATE_ROOT / "assessment"
# Requests for information (disclosure_requests/). Rates are "count/seconds" per client address.
DISCLOSURE_REQUESTS_SUBMISSION_RATE = os.environ.get("DISCLOSURE_REQUESTS_SUBMISSION_RATE", "5/3600")
# Status look-ups (guessing tracking numbers and query codes).
DISCLOSURE_REQUESTS_LOOKUP_RATE = os.environ.get("DISCLOSURE_REQUESTS_LOOKUP_RATE", "20/600")
# Complaints and corrections (complaints/): the public form and the status look-up, "count/seconds" per client.
COMPLAINTS_SUBMISSION_RATE = os.environ.get("COMPLAINTS_SUBMISSION_RATE", "5/3600")
COMPLAINTS_LOOKUP_RATE = os.environ.get("COMPLAINTS_LOOKUP_RATE", "20/600")
DISCLOSURE_REQUESTS_MAX_ATTACHMENTS = int(os.environ.get("DISCLOSURE_REQUESTS_MAX_ATTACHMENTS", "3"))
DISCLOSURE_REQUESTS_MAX_ATTACHMENT_BYTES = int(
    os.environ.get("DISCLOSURE_REQUESTS_MAX_ATTACHMENT_BYTES", str(10 * 1024 * 1024))
)
# Working days left at which an open request shows as due soon on the dashboard.
DISCLOSURE_REQUESTS_DUE_SOON_WORKING_DAYS = int(os.environ.get("DISCLOSURE_REQUESTS_DUE_SOON_WORKING_DAYS", "5"))
# Public-opinion cases (public_opinion/): hour limits from the time a case is seen. National defaults
# (国办发〔2016〕61号 and its 实施细则): for a 重大/特别重大 case authoritative information within 5 hours
# and a press conference within 24 hours, any other case answered within 48 hours; a major case is
# reported upward (舆情回应制度 第三条 第一时间) before its authoritative information is due.
PUBLIC_OPINION_LIMIT_HOURS = {
    "report": int(os.environ.get("PUBLIC_OPINION_REPORT_HOURS", "5")),
    "authoritative_information": int(os.environ.get("PUBLIC_OPINION_AUTHORITATIVE_INFORMATION_HOURS", "5")),
    "press_conference": int(os.environ.get("PUBLIC_OPINION_PRESS_CONFERENCE_HOURS", "24")),
    "response": int(os.environ.get("PUBLIC_OPINION_RESPONSE_HOURS", "48")),
}
# Days back the dashboard looks for working days without a patrol (舆情回应制度 第二条 不漏报).
PUBLIC_OPINION_PATROL_LOOKBACK_DAYS = int(os.environ.get("PUBLIC_OPINION_PATROL_LOOKBACK_DAYS", "14"))
# After that check the web server may send the file itself: SENDFILE_HEADER=X-Accel-Redirect (nginx,
# with an `internal` location SENDFILE_URL aliased to MEDIA_ROOT) or X-Sendfile (Apache, lighttpd).
SENDFILE_HEADER = os.environ.get("SENDFILE_HEADER", "")
if SENDFILE_HEADER:
    _SENDFILE_BACKENDS = {
        "x-accel-redirect": "django_sendfile.backends.nginx",
        "x-sendfile": "django_sendfile.backends.xsendfile",
    }
    if SENDFILE_HEADER.lower() not in _SENDFILE_BACKENDS:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured("SENDFILE_HEADER must be X-Accel-Redirect, X-Sendfile or empty.")
    SENDFILE_BACKEND = _SENDFILE_BACKENDS[SENDFILE_HEADER.lower()]
    SENDFILE_ROOT = str(MEDIA_ROOT)
    SENDFILE_URL = os.environ.get("SENDFILE_URL", "/internal-files")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # `collectstatic` writes each CSS/JS file under a name carrying its content hash (portal.3f2a….css)
    # and a manifest; {% static %} links those names. With DEBUG (make run) the plain names are served.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "gongkai@example.gov.cn")

# Background work queued through django-tasks (Wagtail's reference index, image and file clean-up,
# front-end cache purges): at once in the request here; production queues it in the database for
# `manage.py db_worker` (TASKS_BACKEND=django_tasks_db.DatabaseBackend, deploy/systemd/).
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}

WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "中卫市云计算和大数据发展局 政府信息公开")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The portal's public address (e.g. https://gk.example.gov.cn), encoded in pages' QR codes; empty:
# the host each request came to.
PUBLIC_SITE_URL = os.environ.get("PUBLIC_SITE_URL", "")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The admin calls no outside service: initials instead of Gravatar pictures, and the one time zone
# the site lives in (the account page otherwise lists every zone by its English name).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_USER_TIME_ZONES = ["Asia/Shanghai"]
# Wagtail's own search in the admin (pages, choosers, documents) uses the database, with the public
# search's Chinese words (search.admin_backend); the public catalogue search is `search/`.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.admin_backend"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "doc", "odt", "pdf", "rtf", "txt", "xlsx", "xls", "zip", "ofd", "wps"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents through their serving view (never a storage URL), and library forms that keep the
# files of live pages (page_files).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "page_files.forms.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "page_files.forms.ImageForm"
# What invalidates approvals is decided by moderation (保密审查 第六条, opinions.content_changed_since_submitted):
# a change of content restarts the chain from step 1. Wagtail's own re-approval counts revision ids, so
# it took an autosave of unchanged content for an edit and ran step 1 again: off.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = False

# 索引号: `<org code>/<year>-<5-digit sequence>` (条例 第十二条 索引; the pattern of gov.cn).
DISCLOSURE_ORG_CODE = os.environ.get("DISCLOSURE_ORG_CODE", "11640500MB1950123X")
DISCLOSURE_INDEX_NUMBER_FORMAT = os.environ.get("DISCLOSURE_INDEX_NUMBER_FORMAT", "{org_code}/{year}-{seq:05d}")

# Primary shards and replicas of each new catalogue index (a 3-node cluster: 1 and 2, docs/scaling.md).
CATALOGUE_SEARCH_SHARDS = int(os.environ.get("ELASTICSEARCH_SHARDS", "1"))
CATALOGUE_SEARCH_REPLICAS = int(os.environ.get("ELASTICSEARCH_REPLICAS", "0"))

# The anonymous page cache (page_cache/): in the cache named here, which every worker and every
# instance must share in production (Redis/Valkey or the database cache; see docs/benchmarks.md).
PAGE_CACHE_ALIAS = os.environ.get("PAGE_CACHE_ALIAS", "default")
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(24 * 3600)))
# The only query parameters a cached page may carry: the catalogue's pager.
PAGE_CACHE_QUERY_PARAMETERS = {"page", "before"}
# Public views that are not Wagtail pages and may be cached like them (every live page may).
PAGE_CACHE_VIEWS = {"disclosure_pages:feed_rss", "disclosure_pages:feed_atom", "sitemap"}
# A proxy or CDN in front (Wagtail's front-end cache: Varnish/nginx purge, Cloudflare, CloudFront…)
# is purged with the page cache when configured, e.g. WAGTAILFRONTENDCACHE_LOCATION=http://127.0.0.1:8080.
if os.environ.get("WAGTAILFRONTENDCACHE_LOCATION"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["WAGTAILFRONTENDCACHE_LOCATION"],
        }
    }

# Catalogue search: unset means the database engine of `search/`.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "disclosure")
# Load jieba's dictionary as the app starts (gunicorn preload_app: forked workers share it) instead
# of on each worker's first search (docs/search.md, "Memory").
CATALOGUE_SEARCH_PRELOAD_ANALYSIS = os.environ.get("CATALOGUE_SEARCH_PRELOAD_ANALYSIS", "") in {"1", "true", "yes"}

# Reverse proxies in front of the site (comma-separated IPs or CIDR networks). Only these may say
# who the client is (X-Forwarded-For); see security/client_address.py. Empty: REMOTE_ADDR is the client.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")

# Log-in protection (django-axes). Failures count per user name and client together, so whoever
# guesses names locks out only themselves; the office unlocks under 登录保护 or with
# `manage.py axes_reset_username NAME`. Every failure and log-in is recorded for the audit.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_CLIENT_IP_CALLABLE = "security.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "security.lockout.lockout_response"
WAGTAILADMIN_USER_LOGIN_FORM = "security.forms.LoginForm"
# Translations of django-axes' model and field names for the admin listings.
LOCALE_PATHS = [BASE_DIR / "locale"]

# Content-Security-Policy (django-csp) on the public site: scripts only from our own static files,
# no inline script or event handler. Inline styles stay allowed (the search page's style block).
# Wagtail's admin (/admin/) is excluded: its own templates use inline scripts.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# No avatars from an outside service: staff e-mail hashes stay here (and the service is unreachable in China).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "jieba": {"level": "WARNING"},
        # Per-task and per-publish lines drown everything else during imports and demo loading.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # Failures and lockouts are warnings; every log-in is in the database (登录保护) anyway.
        "axes": {"level": "WARNING"},
    },
}

# Search tools (docs/search.md). Popular searches: the days counted, and how often a query must have been searched to be shown.
CATALOGUE_SEARCH_POPULAR_DAYS = 30
CATALOGUE_SEARCH_POPULAR_MIN_COUNT = 3
