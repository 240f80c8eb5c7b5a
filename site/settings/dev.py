from .base import *  # noqa: F403

DEBUG = True
# Development only: a fixed key so `make run` works with no set-up. Production reads SECRET_KEY.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ["*"]
