import datetime

import factory
from django.utils import timezone

from public_opinion.models import Kind, OpinionCase, ResponseIndexPage, ResponsePage, Severity, Source
from tests.factories import PublishedPageFactory


class OpinionCaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OpinionCase
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"网民反映政务数据平台第{n}号问题")
    source = Source.ONLINE
    link = "https://bbs.example.cn/thread/1"
    captured_quote = "听说政务数据平台要收费了？"
    first_seen_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(minutes=30))
    summary = "网民质疑平台收费。"
    kind = Kind.MISUNDERSTANDING
    severity = Severity.ORDINARY

    @factory.post_generation
    def sections(case, create, extracted, **kwargs):
        if create and extracted:
            case.sections.set(extracted)


class ResponseIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = ResponseIndexPage

    title = "回应关切"
    slug = "hygq"


class ResponsePageFactory(PublishedPageFactory):
    class Meta:
        model = ResponsePage

    title = factory.Sequence(lambda n: f"关于网民反映问题的回应{n}")
    summary = "经核实，平台不收费。"
