from django.core.management.base import BaseCommand

from disclosure_pages.models import PortalHomePage
from operations.setup import setup_access


class Command(BaseCommand):
    help = "创建角色用户组（起草人员、科室负责人、保密审查员、分管领导、信息公开管理员）并授予权限，建立各科室文件库；可重复执行。"

    def handle(self, *args, **options):
        portal = PortalHomePage.objects.first()
        setup_access(portal_root=portal)
        where = f"页面权限授予于「{portal.title}」" if portal else "尚无门户首页，未授予页面权限"
        self.stdout.write(self.style.SUCCESS(f"角色用户组已就绪；{where}。"))
