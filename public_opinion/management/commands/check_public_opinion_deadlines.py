from django.core.management.base import BaseCommand

from public_opinion.notifications import mail_overdue_cases


class Command(BaseCommand):
    help = "检查舆情报送、回应时限：超时的舆情向分管领导和局办公室发送一次邮件提醒（建议每15分钟运行一次）。"

    def handle(self, *args, **options):
        sent = mail_overdue_cases()
        for case, label in sent:
            self.stdout.write(f"已提醒：舆情 {case.pk}「{case.title}」未按时{label}")
        self.stdout.write(self.style.SUCCESS(f"检查完成，发出 {len(sent)} 条超时提醒。"))
