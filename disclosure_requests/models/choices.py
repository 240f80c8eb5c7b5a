"""Choice lists of 依申请公开. Labels are what applicants and staff read; codes stay English."""

from django.db import models


class ApplicantType(models.TextChoices):
    """The two applicant columns of the annual report (国办公开办函〔2021〕30号, 表三 申请人情况)."""

    NATURAL_PERSON = "natural_person", "自然人"
    ORGANISATION = "organisation", "法人或其他组织"


class OrganisationKind(models.TextChoices):
    """The five 法人或其他组织 columns of the annual report, in the table's order."""

    BUSINESS = "business", "商业企业"
    RESEARCH = "research", "科研机构"
    CHARITY = "charity", "社会公益组织"
    LEGAL_SERVICE = "legal_service", "法律服务机构"
    OTHER = "other", "其他"


class IdDocumentType(models.TextChoices):
    RESIDENT_ID = "resident_id", "居民身份证"
    PASSPORT = "passport", "护照"
    HK_MACAO_PERMIT = "hk_macao_permit", "港澳居民来往内地通行证"
    TAIWAN_PERMIT = "taiwan_permit", "台湾居民来往大陆通行证"
    OTHER = "other", "其他有效身份证件"


class ProvisionForm(models.TextChoices):
    """提供载体 (条例 第二十九条第三项: 提供政府信息的形式要求)."""

    PAPER = "paper", "纸质"
    EMAIL = "email", "电子邮件"
    OPTICAL_DISC = "optical_disc", "光盘"
    MAGNETIC_DISK = "magnetic_disk", "磁盘"


class AccessRoute(models.TextChoices):
    """获取方式 (条例 第二十九条第三项: 获取信息的方式、途径)."""

    POST = "post", "邮寄"
    EXPRESS = "express", "快递"
    EMAIL = "email", "电子邮件"
    FAX = "fax", "传真"
    COLLECT = "collect", "自行领取"
    READ_ON_SITE = "read_on_site", "当场阅读、抄录"


class Channel(models.TextChoices):
    """How the request reached the bureau; decides how the date of receipt is set (条例 第三十一条)."""

    ONLINE = "online", "网络"
    IN_PERSON = "in_person", "当面"
    POST = "post", "邮寄"
    FAX = "fax", "传真"


class State(models.TextChoices):
    SUBMITTED = "submitted", "待确认受理"
    RECEIVED = "received", "办理中"
    AMENDMENT_REQUESTED = "amendment_requested", "待补正"
    CONSULTING = "consulting", "征求意见中"
    FEE_PENDING = "fee_pending", "待缴纳信息处理费"
    ANSWERED = "answered", "已答复"
    CLOSED = "closed", "已办结"


# What each state means for the applicant, on the status page.
STATE_EXPLANATIONS = {
    State.SUBMITTED: "申请已提交，等待本机关确认收到。答复期限自本机关确认收到申请之日起计算（条例 第三十一条）。",
    State.RECEIVED: "本机关已收到申请，正在办理，将在答复期限内作出答复。",
    State.AMENDMENT_REQUESTED: "申请内容需要补正，请按补正告知书的要求补正；答复期限自收到补正后的申请之日起重新计算。",
    State.CONSULTING: "申请涉及第三方权益，正在书面征求第三方意见；征求意见所需时间不计入答复期限（条例 第三十二条）。",
    State.FEE_PENDING: "需要缴纳信息处理费，请按收费通知缴纳；缴费期间不计入答复期限。",
    State.ANSWERED: "本机关已作出答复，答复文书见下方。",
    State.CLOSED: "申请已办结。",
}

OPEN_STATES = (State.SUBMITTED, State.RECEIVED, State.AMENDMENT_REQUESTED, State.CONSULTING, State.FEE_PENDING)
# States in which the 20-working-day answer clock runs or is paused (after receipt, before the answer).
CLOCK_STATES = (State.RECEIVED, State.AMENDMENT_REQUESTED, State.CONSULTING, State.FEE_PENDING)


class NationalOutcome(models.TextChoices):
    """三、本年度办理结果 of the national annual-report table (国办公开办函〔2021〕30号), leaf labels verbatim."""

    DISCLOSED = "disclosed", "（一）予以公开"
    PARTLY_DISCLOSED = "partly_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    WITHHELD_STATE_SECRET = "withheld_state_secret", "1.属于国家秘密"
    WITHHELD_PROHIBITED = "withheld_prohibited", "2.其他法律行政法规禁止公开"
    WITHHELD_SECURITY = "withheld_security", "3.危及“三安全一稳定”"
    WITHHELD_THIRD_PARTY = "withheld_third_party", "4.保护第三方合法权益"
    WITHHELD_INTERNAL = "withheld_internal", "5.属于三类内部事务信息"
    WITHHELD_PROCESS = "withheld_process", "6.属于四类过程性信息"
    WITHHELD_ENFORCEMENT = "withheld_enforcement", "7.属于行政执法案卷"
    WITHHELD_ADMINISTRATIVE_QUERY = "withheld_administrative_query", "8.属于行政查询事项"
    UNAVAILABLE_NOT_HELD = "unavailable_not_held", "1.本机关不掌握相关政府信息"
    UNAVAILABLE_NEEDS_CREATION = "unavailable_needs_creation", "2.没有现成信息需要另行制作"
    UNAVAILABLE_STILL_UNCLEAR = "unavailable_still_unclear", "3.补正后申请内容仍不明确"
    NOT_PROCESSED_PETITION = "not_processed_petition", "1.信访举报投诉类申请"
    NOT_PROCESSED_REPEAT = "not_processed_repeat", "2.重复申请"
    NOT_PROCESSED_PUBLICATION = "not_processed_publication", "3.要求提供公开出版物"
    NOT_PROCESSED_EXCESSIVE = "not_processed_excessive", "4.无正当理由大量反复申请"
    NOT_PROCESSED_CONFIRMATION = "not_processed_confirmation", "5.要求行政机关确认或重新出具已获取信息"
    OTHER_NOT_AMENDED = (
        "other_not_amended",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    )
    OTHER_FEE_UNPAID = (
        "other_fee_unpaid",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    )
    OTHER = "other", "3.其他"


# The row groups of the table: （三）–（六） span their numbered leaves and have no total row of their own.
OUTCOME_GROUPS = {
    "（三）不予公开": [c for c in NationalOutcome if c.value.startswith("withheld_")],
    "（四）无法提供": [c for c in NationalOutcome if c.value.startswith("unavailable_")],
    "（五）不予处理": [c for c in NationalOutcome if c.value.startswith("not_processed_")],
    "（六）其他处理": [NationalOutcome.OTHER_NOT_AMENDED, NationalOutcome.OTHER_FEE_UNPAID, NationalOutcome.OTHER],
}


def outcome_group(outcome):
    for group, leaves in OUTCOME_GROUPS.items():
        if outcome in leaves:
            return group
    return ""


def outcome_full_label(outcome):
    outcome = NationalOutcome(outcome)
    group = outcome_group(outcome)
    return f"{group} {outcome.label}" if group else outcome.label


def grouped_outcome_choices():
    """For <select>: the two plain rows, then one <optgroup> per group with its leaves."""
    choices = [(NationalOutcome.DISCLOSED.value, NationalOutcome.DISCLOSED.label),
               (NationalOutcome.PARTLY_DISCLOSED.value, NationalOutcome.PARTLY_DISCLOSED.label)]
    for group, leaves in OUTCOME_GROUPS.items():
        choices.append((group, [(leaf.value, leaf.label) for leaf in leaves]))
    return choices


class AnswerKind(models.TextChoices):
    """The bureau's own answer types: 依申请公开 第二条 and 条例 第三十六条."""

    ALREADY_PUBLIC = "already_public", "属于已主动公开的，告知获取的方式和途径"
    DISCLOSE = "disclose", "予以公开，提供信息或告知获取的方式、途径和时间"
    PARTLY_DISCLOSE = "partly_disclose", "部分公开，提供可以公开的部分并说明其余部分不予公开的理由"
    WITHHOLD = "withhold", "属于不予公开范围，告知申请人并说明理由"
    NOT_EXIST = "not_exist", "经检索没有所申请公开的信息，告知该政府信息不存在"
    NOT_THIS_AGENCY = "not_this_agency", "不属于本机关负责公开，告知负责公开的机关名称、联系方式"
    NO_READY_INFORMATION = "no_ready_information", "需要汇总、加工或重新制作，告知不予提供"
    STILL_UNCLEAR = "still_unclear", "补正后申请内容仍不明确"
    SPECIAL_LAW = "special_law", "属于有关法律、行政法规另有规定的查询事项，告知按规定办理"
    NOT_PROCESSED = "not_processed", "不予处理，告知申请人并说明理由"
    OTHER = "other", "其他处理"


def _leaves(prefix):
    return {c for c in NationalOutcome if c.value.startswith(prefix)}


# Which national rows each bureau answer may be counted under (条例 第三十六条 → 国办公开办函〔2021〕30号 表三).
ANSWER_KIND_OUTCOMES = {
    AnswerKind.ALREADY_PUBLIC: {NationalOutcome.DISCLOSED},
    AnswerKind.DISCLOSE: {NationalOutcome.DISCLOSED},
    AnswerKind.PARTLY_DISCLOSE: {NationalOutcome.PARTLY_DISCLOSED},
    AnswerKind.WITHHOLD: _leaves("withheld_") - {NationalOutcome.WITHHELD_ADMINISTRATIVE_QUERY},
    AnswerKind.NOT_EXIST: {NationalOutcome.UNAVAILABLE_NOT_HELD},
    AnswerKind.NOT_THIS_AGENCY: {NationalOutcome.UNAVAILABLE_NOT_HELD},
    AnswerKind.NO_READY_INFORMATION: {NationalOutcome.UNAVAILABLE_NEEDS_CREATION},
    AnswerKind.STILL_UNCLEAR: {NationalOutcome.UNAVAILABLE_STILL_UNCLEAR},
    AnswerKind.SPECIAL_LAW: {NationalOutcome.WITHHELD_ADMINISTRATIVE_QUERY},
    AnswerKind.NOT_PROCESSED: _leaves("not_processed_"),
    AnswerKind.OTHER: _leaves("other"),
}

# Outcomes that give information to the applicant; all others refuse something and need
# the legal basis and reasons (保密审查 第八条, 依申请公开 第二条, 条例 第三十六条).
DISCLOSING_OUTCOMES = {NationalOutcome.DISCLOSED, NationalOutcome.PARTLY_DISCLOSED}


class ConsultationKind(models.TextChoices):
    THIRD_PARTY = "third_party", "征求第三方意见（条例 第三十二条）"
    OTHER_AGENCY = "other_agency", "征求其他机关意见（条例 第三十四条）"


class ConsultationReply(models.TextChoices):
    PENDING = "pending", "等待答复"
    AGREE = "agree", "同意公开"
    DISAGREE = "disagree", "不同意公开"
    NO_REPLY = "no_reply", "逾期未答复"


class FeeBasis(models.TextChoices):
    """国办函〔2020〕109号: per item or per page, never both for one request."""

    PER_ITEM = "per_item", "按件计收"
    PER_PAGE = "per_page", "按量计收"


class FeeStatus(models.TextChoices):
    NOTIFIED = "notified", "已发出收费通知"
    PAID = "paid", "已缴费"
    LAPSED = "lapsed", "逾期未缴费"


class LetterKind(models.TextChoices):
    RECEIPT = "receipt", "政府信息公开申请接收回执"
    AMENDMENT = "amendment", "补正告知书"
    EXTENSION = "extension", "延期答复告知书"
    CONSULTATION = "consultation", "征求意见书"
    CONSULTATION_NOTICE = "consultation_notice", "征求意见告知书"
    OVERRIDE_NOTICE = "override_notice", "依申请公开告知书（第三方）"
    FEE_NOTICE = "fee_notice", "收费通知书"
    ANSWER = "answer", "答复告知书"
    TERMINATION = "termination", "终止办理告知书"


class EventKind(models.TextChoices):
    SUBMITTED = "submitted", "提交申请"
    REGISTERED = "registered", "登记申请"
    RECEIPT_CONFIRMED = "receipt_confirmed", "确认受理"
    ASSIGNED = "assigned", "分办"
    AMENDMENT_REQUESTED = "amendment_requested", "发出补正告知"
    AMENDED = "amended", "收到补正材料"
    ABANDONED = "abandoned", "逾期未补正，视为放弃"
    CONSULTATION_STARTED = "consultation_started", "发出征求意见书"
    CONSULTATION_REPLIED = "consultation_replied", "收到意见"
    CONSULTATION_OVERRIDDEN = "consultation_overridden", "公共利益决定公开"
    EXTENDED = "extended", "延期答复"
    FEE_NOTIFIED = "fee_notified", "发出收费通知"
    FEE_PAID = "fee_paid", "已缴费"
    FEE_LAPSED = "fee_lapsed", "逾期未缴费"
    RELEASE_PROPOSED = "release_proposed", "答复送保密审查"
    RELEASE_APPROVED_STEP = "release_approved_step", "答复审查意见：同意"
    RELEASE_RETURNED = "release_returned", "答复审查意见：退回修改"
    ANSWERED = "answered", "答复"
    ANSWERED_IMMEDIATELY = "answered_immediately", "当场答复"
    CLOSED = "closed", "办结归档"
    CONVERTED = "converted", "转为主动公开"


class AccessAction(models.TextChoices):
    VIEW = "view", "查看申请"
    EXPORT = "export", "导出"
    ATTACHMENT = "attachment", "下载附件"
    LETTER = "letter", "查看告知书"


class ChallengeKind(models.TextChoices):
    """The three column groups of the annual report's 表四."""

    REVIEW = "review", "行政复议"
    DIRECT_LITIGATION = "direct_litigation", "行政诉讼（未经复议直接起诉）"
    LITIGATION_AFTER_REVIEW = "litigation_after_review", "行政诉讼（复议后起诉）"


class ChallengeResult(models.TextChoices):
    """The result columns of 表四; a case without a decision by a year's end counts as 尚未审结."""

    PENDING = "pending", "尚未审结"
    UPHELD = "upheld", "结果维持"
    CORRECTED = "corrected", "结果纠正"
    OTHER = "other", "其他结果"
