from django.core.management.base import BaseCommand

from disclosure_pages.deadline_mail import mail_publication_deadlines
from disclosure_requests.notifications import mail_answer_deadlines


class Command(BaseCommand):
    help = ("每天发送一次时限提醒邮件：各科室5个工作日内到期或已超期的未公开信息（主动公开制度 第四条），"
            "办公室和承办科室即将到期或已超期的政府信息公开申请（依申请公开 第五条）。")

    def handle(self, *args, **options):
        for section, count in mail_publication_deadlines():
            self.stdout.write(f"已提醒 {section.name}：{count} 条信息待公开")
        for section, count in mail_answer_deadlines():
            self.stdout.write(f"已提醒 {section.name if section else '办公室（未分办）'}：{count} 件申请答复期限将至或已超期")
        self.stdout.write(self.style.SUCCESS("时限提醒已发送。"))
