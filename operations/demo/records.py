"""Demo records for the annual report and the assessment (issue 12, 表二 and 表四, 协调机制 第四、六条):
review and litigation cases over the last full year and this one (every kind, several results, one
pending), the kinds of the regulation items (some 规章, the 规范性文件 as 行政规范性文件, one repealed last
year), other channels of a few items, and three incidents in different sections.

Deterministic, dated from this year (``timezone.localdate().year``; the last full year is the one before),
and never in the future: this year's dates lie between 1 January and today."""

import datetime

from django.utils import timezone

from assessment.models import Incident, IncidentKind
from disclosure_pages.models import (
    CategoryPage,
    DisclosureCategory,
    DisclosureItemPage,
    DocumentKind,
    ItemChannel,
    Validity,
)
from disclosure_requests import services
from disclosure_requests.models import (
    AccessRoute,
    Applicant,
    ApplicantType,
    DisclosureRequest,
    LegalChallenge,
    ProvisionForm,
    State,
)
from disclosure_requests.models.choices import ChallengeKind, ChallengeResult


def build_records(sections, publish):
    today = timezone.localdate()
    build_challenges(sections["dsj"], today)
    repealed = mark_document_kinds(publish, today)
    add_channels(publish, today, exclude=repealed)
    build_incidents(sections, today)


def _this_year(today, share):
    """A day of this year ``share`` of the way from 1 January to today."""
    start = datetime.date(today.year, 1, 1)
    return start + (today - start) * share


# -- 表四: administrative review and litigation -----------------------------------------------------

# (request received, information, answer, outcome, [(kind, filed, result, decided)]), in the last full year
# (``last``) unless a date says otherwise.
def _challenge_plan(last, today):
    d = datetime.date
    return [
        (d(last, 3, 10), "2023年政务云资源使用台账", "withhold", "withheld_process",
         [(ChallengeKind.REVIEW, d(last, 5, 8), ChallengeResult.UPHELD, d(last, 7, 20))]),
        (d(last, 4, 7), "数据中心项目能耗评估报告", "not_exist", "unavailable_not_held",
         [(ChallengeKind.DIRECT_LITIGATION, d(last, 6, 15), ChallengeResult.CORRECTED, d(last, 10, 28))]),
        (d(last, 6, 2), "算力调度平台招标评审记录", "withhold", "withheld_third_party",
         [(ChallengeKind.REVIEW, d(last, 7, 22), ChallengeResult.UPHELD, d(last, 8, 25)),
          (ChallengeKind.LITIGATION_AFTER_REVIEW, d(last, 9, 10), ChallengeResult.OTHER, d(last, 12, 1))]),
        (d(last, 11, 12), "政务数据共享交换平台运维合同", "partly_disclose", "partly_disclosed",
         [(ChallengeKind.REVIEW, _this_year(today, 0.5), ChallengeResult.PENDING, None)]),
    ]


def build_challenges(section, today):
    last = today.year - 1
    for number, (received, name, answer_kind, outcome, cases) in enumerate(_challenge_plan(last, today), start=1):
        tracking = f"YSQ{received:%Y%m%d}-DEMO{number:02d}"
        applicant = Applicant.objects.create(
            applicant_type=ApplicantType.NATURAL_PERSON, name=f"演示申请人{number}", phone="13900000000",
            address="宁夏中卫市沙坡头区演示路1号", postcode="755000",
        )
        request = DisclosureRequest.objects.create(
            tracking_number=tracking, query_code_digest=services.query_code_digest(tracking, "DEMO2345"),
            applicant=applicant, information_name=name, description=f"请提供{name}。",
            provision_form=ProvisionForm.EMAIL, access_route=AccessRoute.EMAIL, state=State.CLOSED,
            received_on=received, clock_started_on=received, handling_section=section, answer_kind=answer_kind,
            outcome=outcome, answered_on=received + datetime.timedelta(days=18),
            closed_on=received + datetime.timedelta(days=18),
        )
        for kind, filed_on, result, decided_on in cases:
            challenge = LegalChallenge(request=request, kind=kind, filed_on=filed_on, result=result,
                                       decided_on=decided_on, authority="中卫市人民政府" if kind == ChallengeKind.REVIEW
                                       else "中卫市沙坡头区人民法院",
                                       case_number=f"（{filed_on.year}）演示第{number}号")
            challenge.full_clean()
            challenge.save()


# -- 表二: document kinds ------------------------------------------------------------------------------

def _regulation_items(subcategory_title):
    return (DisclosureItemPage.objects.exact_type(DisclosureItemPage).live()
            .filter(path__startswith=_subcategory_path(subcategory_title)).order_by("creation_date", "pk"))


def _subcategory_path(title):
    return CategoryPage.objects.get(category=DisclosureCategory.REGULATIONS, title=title).path


def mark_document_kinds(publish, today):
    """Every 规范性文件 is a 行政规范性文件; the two latest 其他文件 are 规章; the latest normative document
    issued before last year was repealed on 30 September of last year. Returns the repealed item."""
    normative = list(_regulation_items("规范性文件"))
    for item in normative:
        item.document_kind = DocumentKind.NORMATIVE
        publish(item)
    for item in list(_regulation_items("其他文件"))[-2:]:
        item.document_kind = DocumentKind.RULE
        publish(item)
    last = today.year - 1
    older = [item for item in normative if item.creation_date.year < last and item.validity == Validity.IN_FORCE]
    if not older:
        return None
    repealed = older[-1]
    repealed.refresh_from_db()
    repealed.validity = Validity.REPEALED
    repealed.validity_explanation = f"该文件已于{last}年9月30日废止，相关工作按新修订的管理办法执行。"
    publish(repealed)
    # Published today by the loader; the repeal itself happened last year (表二 本年废止 of that year).
    DisclosureItemPage.objects.filter(pk=repealed.pk).update(validity_changed_on=datetime.date(last, 9, 30))
    return repealed


# -- 协调机制 第四条: other channels ------------------------------------------------------------------------

CHANNEL_PLAN = [
    [("new_media", 0, "中卫云计算和大数据微信公众号")],
    [("new_media", 1, "中卫云计算和大数据微信公众号"), ("notice_board", 2, "局机关一楼政务公开栏")],
    [("press", 3, "《中卫日报》第2版")],
    [("handbook", 5, "企业服务便民手册（第二版）")],
]


def add_channels(publish, today, exclude=None):
    """The latest notices and news went out on other channels too, a few days after their publication."""
    items = (DisclosureItemPage.objects.exact_type(DisclosureItemPage).live().filter(validity=Validity.IN_FORCE)
             .exclude(pk=getattr(exclude, "pk", None)).order_by("-publication_date", "-pk"))
    for item, channels in zip(items[: len(CHANNEL_PLAN)], CHANNEL_PLAN, strict=True):
        item = item.specific
        start = item.publication_date or item.creation_date
        records = [ItemChannel(page=item, channel=channel, published_on=min(start + datetime.timedelta(days=days), today),
                               note=note) for channel, days, note in channels]
        for record in records:
            record.full_clean()
        item.channels = records
        publish(item)


# -- 协调机制 第六条: incidents ------------------------------------------------------------------------

def build_incidents(sections, today):
    last = today.year - 1
    d = datetime.date
    late = (DisclosureItemPage.objects.exact_type(DisclosureItemPage).live()
            .filter(publisher=sections["xxh"]).order_by("-creation_date").first())
    incidents = [
        Incident(section=sections["dsj"], kind=IncidentKind.WRONG, occurred_on=d(last, 4, 16), found_on=d(last, 4, 17),
                 description="《关于开展政务数据质量核查的通知》附件上传错误版本，与正式印发稿不一致。",
                 handling="当日撤下错误附件，替换为正式印发稿，并在页面说明更正情况。", handled_on=d(last, 4, 17),
                 accountability="对经办人进行提醒谈话，科室内部通报。"),
        Incident(section=sections["xxh"], kind=IncidentKind.LATE, page=late,
                 occurred_on=d(last, 10, 9), found_on=d(last, 11, 3),
                 description="信息形成后超过20个工作日才公开（主动公开制度 第四条）。",
                 handling="已补充公开，科室建立公开时限台账。", handled_on=d(last, 11, 10)),
        Incident(section=sections["sjzy"], kind=IncidentKind.NOT_FOR_PUBLICATION, occurred_on=_this_year(today, 0.4),
                 found_on=_this_year(today, 0.45),
                 description="工作动态配图中可辨认个人手机号码。",
                 handling="", handled_on=None),
    ]
    for incident in incidents:
        incident.full_clean()
        incident.save()
