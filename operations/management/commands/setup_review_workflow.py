from django.core.management.base import BaseCommand

from disclosure_pages.models import PortalHomePage
from moderation.workflow import setup_review_workflow


class Command(BaseCommand):
    help = "创建“政务公开保密审查”四步工作流并指定给门户首页；可重复执行。"

    def handle(self, *args, **options):
        portal = PortalHomePage.objects.first()
        workflow = setup_review_workflow(portal)
        where = f"已指定给「{portal.title}」" if portal else "尚无门户首页，未指定页面"
        self.stdout.write(self.style.SUCCESS(f"工作流「{workflow.name}」已就绪；{where}。"))
