from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "page_cache"
    verbose_name = "匿名页面缓存"

    def ready(self):
        from . import purging

        purging.connect()
