from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from disclosure_pages import urls as disclosure_urls
from disclosure_requests import urls as request_urls
from moderation.admin_scope import url_overrides as admin_scope_overrides
from search import urls as search_urls

urlpatterns = [
    # In front of Wagtail's admin: its views that would name another section's pages (保密审查 第三条).
    path("admin/", include(admin_scope_overrides)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include(disclosure_urls)),
    path("", include(search_urls)),
    path("", include(request_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
