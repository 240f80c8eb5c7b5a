from django.db import models


class Source(models.TextChoices):
    """Where the case was found (舆情回应制度 第二条: 巡查, 政府热线…)."""

    ONLINE = "online", "网络"
    HOTLINE = "hotline", "12345热线"
    MEDIA = "media", "媒体"
    PETITION = "petition", "信访"
    LEADER_INSTRUCTION = "leader_instruction", "领导批示"
    OTHER = "other", "其他"


class Kind(models.TextChoices):
    """第二条: 疑虑、误解、歪曲和谣言."""

    DOUBT = "doubt", "疑虑"
    MISUNDERSTANDING = "misunderstanding", "误解"
    DISTORTION = "distortion", "歪曲"
    RUMOUR = "rumour", "谣言"


class Severity(models.TextChoices):
    ORDINARY = "ordinary", "一般"
    SERIOUS = "serious", "较大"
    MAJOR = "major", "重大"
    ESPECIALLY_MAJOR = "especially_major", "特别重大"


# 舆情回应制度 第三条: 重大 (and 特别重大) cases are reported upward at once.
MAJOR_SEVERITIES = frozenset({Severity.MAJOR, Severity.ESPECIALLY_MAJOR})


class State(models.TextChoices):
    """发现 → 核实 → 研判 → 报送 → 回应 → 办结, in this order."""

    FOUND = "found", "发现"
    VERIFYING = "verifying", "核实"
    ASSESSING = "assessing", "研判"
    REPORTING = "reporting", "报送"
    RESPONDING = "responding", "回应"
    CLOSED = "closed", "办结"


STATE_ORDER = [State.FOUND, State.VERIFYING, State.ASSESSING, State.REPORTING, State.RESPONDING, State.CLOSED]


class Recipient(models.TextChoices):
    """第三条: the leader in charge and the general office at once; the office then 宣传部, 网信办, 市政府办."""

    LEADER_IN_CHARGE = "leader_in_charge", "分管领导"
    GENERAL_OFFICE = "general_office", "局办公室"
    PROPAGANDA_DEPARTMENT = "propaganda", "市委宣传部"
    CYBERSPACE_OFFICE = "cyberspace", "市委网信办"
    CITY_GOVERNMENT_OFFICE = "city_government", "市政府办公室"


# 第三条: the report that starts the clock's "reported" is the one to both of these.
FIRST_RECIPIENTS = frozenset({Recipient.LEADER_IN_CHARGE, Recipient.GENERAL_OFFICE})


class ReportMethod(models.TextChoices):
    PHONE = "phone", "电话"
    IN_WRITING = "in_writing", "书面报告"
    IN_PERSON = "in_person", "当面报告"
    MESSAGE = "message", "政务即时通讯"
    EMAIL = "email", "电子邮件"


class ResponseChannel(models.TextChoices):
    PORTAL = "portal", "门户网站回应关切栏目"
    PRESS_CONFERENCE = "press_conference", "新闻发布会"
    NEW_MEDIA = "new_media", "政务新媒体"
    NEWS_MEDIA = "news_media", "新闻媒体"
    HOTLINE_REPLY = "hotline_reply", "热线答复"


class Outcome(models.TextChoices):
    """第六条: 通报、约谈 (（一）), 追责 (（二）)."""

    NONE = "", "无"
    CIRCULATED = "circulated", "通报"
    INTERVIEWED = "interviewed", "约谈"
    HELD_ACCOUNTABLE = "held_accountable", "追责"
