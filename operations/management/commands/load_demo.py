from django.core.management.base import BaseCommand
from django.db import transaction

from moderation.publishing import publish_migrated
from moderation.workflow import setup_review_workflow
from operations.demo.content import DEMO_SOURCE, build_pages, ensure_portal
from operations.demo.people import ensure_sections, ensure_users
from operations.demo.review import build_review_examples, review_team
from operations.demo.synonyms import ensure_synonyms
from operations.setup import setup_access


class Command(BaseCommand):
    help = "载入演示数据：科室、各角色用户、门户页面和数百条公开信息；可重复执行（已存在则跳过）。"

    def add_arguments(self, parser):
        parser.add_argument("--items", type=int, default=300, help="生成的公开条目数量（默认 300）")

    def handle(self, *args, items, **options):
        def publish(page):
            return publish_migrated(page, source=DEMO_SOURCE)

        with transaction.atomic():
            sections = ensure_sections()
            home, created = ensure_portal(publish)
            setup_access(portal_root=home)
            setup_review_workflow(portal_root=home)
            rows = ensure_users(sections)
            ensure_synonyms()
            if created:
                self.stdout.write(f"正在生成演示内容（{items} 条公开信息）…")
                build_pages(home, sections, publish=publish, item_count=items)
                build_review_examples(home, sections["dsj"], review_team())
            else:
                self.stdout.write("门户页面已存在，跳过内容生成。")
        self.stdout.write(self.style.SUCCESS("演示数据已就绪。登录地址：/admin/"))
        width = max(len(r[0]) for r in rows)
        self.stdout.write(f"{'用户名'.ljust(width)}  密码          角色 / 科室")
        for username, password, role, section in rows:
            self.stdout.write(f"{username.ljust(width)}  {password}   {role} / {section}")
