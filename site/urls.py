from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap

from assessment import urls as assessment_urls
from complaints import urls as complaint_urls
from disclosure_pages import urls as disclosure_urls
from disclosure_requests import urls as request_urls
from moderation.admin_scope import url_overrides as admin_scope_overrides
from page_files import urls as file_urls
from search import urls as search_urls

urlpatterns = [
    # In front of Wagtail's admin: its views that would name another section's pages (保密审查 第三条).
    path("admin/", include(admin_scope_overrides)),
    path("admin/", include(wagtailadmin_urls)),
    # Documents and images only through the views that check publication first (page_files).
    path("", include(file_urls)),
    # Live, public pages only (Wagtail's sitemap lists live().public() descendants of the site's root).
    path("sitemap.xml", sitemap, name="sitemap"),
    path("", include(disclosure_urls)),
    path("", include(search_urls)),
    path("", include(request_urls)),
    path("", include(complaint_urls)),
    path("", include(assessment_urls)),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

urlpatterns += [path("", include(wagtail_urls))]
