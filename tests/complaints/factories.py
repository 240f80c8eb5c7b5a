import factory
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from complaints import deadlines
from complaints.models import Complaint, ComplaintKind

QUERY_CODE = "ABCD2345"


class ComplaintFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Complaint

    tracking_number = factory.Sequence(lambda n: f"JDJB20260101-T{n:05d}")
    kind = ComplaintKind.COMPLAINT
    name = "张三丰"
    phone = "13812345678"
    email = "zhangsanfeng@example.com"
    content = "信息公开指南中的办公地址已经变更，页面仍是旧地址。"
    submitted_at = factory.LazyFunction(timezone.now)
    reply_due_on = factory.LazyAttribute(lambda o: deadlines.reply_due(o.submitted_at))
    query_code_hash = factory.LazyFunction(lambda: make_password(QUERY_CODE))


def complaint_form_data(**overrides):
    return {"kind": "complaint", "content": "依申请公开的答复超过了期限。", "name": "李四", "phone": "13912345678",
            "email": "", "item": "", **overrides}
