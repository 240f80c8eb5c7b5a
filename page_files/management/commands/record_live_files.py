from django.core.management.base import BaseCommand
from wagtail.models import Page

from page_files.models import LiveFileUse
from page_files.uses import record_live_files


class Command(BaseCommand):
    help = "重建已发布页面所用文件的记录（文件仅在公开页面的已发布版本使用时对外提供）；可重复执行。升级后运行一次。"

    def handle(self, *args, **options):
        live = Page.objects.filter(live=True)
        # Rows of pages that are no longer live go too.
        LiveFileUse.objects.exclude(page__in=live).delete()
        for page in live.iterator():
            record_live_files(page)
        self.stdout.write(self.style.SUCCESS(f"已记录 {live.count()} 个已发布页面使用的 {LiveFileUse.objects.count()} 个文件。"))
