from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings

from moderation.publishing import publish_migrated
from moderation.workflow import setup_review_workflow
from operations.demo.annual_report import build_annual_report, office_team
from operations.demo.assessment import build_assessment_round
from operations.demo.complaints import build_complaint_examples
from operations.demo.content import DEMO_SOURCE, build_pages, ensure_portal, ensure_site_identity
from operations.demo.interpretations import build_interpretation_review_example
from operations.demo.opinion import build_opinion_examples
from operations.demo.people import DEMO_PASSWORD, ensure_sections, ensure_users
from operations.demo.records import build_records
from operations.demo.review import build_review_examples, review_team
from operations.demo.synonyms import ensure_synonyms
from operations.setup import setup_access


def admin_line(site_url):
    """The one line to act on: where to log in, and with what."""
    return f"演示数据已就绪。管理后台：{site_url.rstrip('/')}/admin/ ，以上各用户的密码均为 {DEMO_PASSWORD}"


class Command(BaseCommand):
    help = "载入演示数据：科室、各角色用户、门户页面和数百条公开信息；可重复执行（已存在则跳过）。"

    def add_arguments(self, parser):
        parser.add_argument("--items", type=int, default=300, help="生成的公开条目数量（默认 300）")
        parser.add_argument("--site-url", default=settings.WAGTAILADMIN_BASE_URL,
                            help="演示站点的地址，用于最后一行提示（默认 WAGTAILADMIN_BASE_URL）")

    def handle(self, *args, items, site_url, **options):
        def publish(page):
            return publish_migrated(page, source=DEMO_SOURCE)

        # The demo's review examples notify their demo users; those mails go nowhere (not to the console).
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"), transaction.atomic():
            sections = ensure_sections()
            home, created = ensure_portal(publish)
            ensure_site_identity(home)
            setup_access(portal_root=home)
            setup_review_workflow(portal_root=home)
            rows = ensure_users(sections)
            ensure_synonyms()
            if created:
                self.stdout.write(f"正在生成演示内容（{items} 条公开信息）…")
                build_pages(home, sections, publish=publish, item_count=items)
                build_review_examples(home, sections["dsj"], review_team())
                build_interpretation_review_example(home, sections["dsj"], review_team())
                build_opinion_examples(home, sections, publish)
                build_complaint_examples(home, sections)
                build_records(sections, publish)
                build_annual_report(*office_team())
                build_assessment_round(sections)
            else:
                self.stdout.write("门户页面已存在，跳过内容生成。")
        width = max(len(r[0]) for r in rows)
        self.stdout.write(f"{'用户名'.ljust(width)}  角色 / 科室")
        for username, _password, role, section in rows:
            self.stdout.write(f"{username.ljust(width)}  {role} / {section}")
        self.stdout.write(self.style.SUCCESS(admin_line(site_url)))
