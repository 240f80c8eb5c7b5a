from django.db import models


class DisclosureCategory(models.TextChoices):
    """The five categories of 主动公开制度 第三条（一）."""

    ORGANISATION = "organisation", "机构设置及职能、职责范围、领导分工、岗位职责及规章制度"
    REGULATIONS = "regulations", "法规规章和规范性文件、政策解读"
    FINANCE = "finance", "财政预决算、审计、收支、政府采购及国有资产管理"
    PLANNING = "planning", "发展规划和建设项目"
    OTHER = "other", "其他应当公开事项"


class Validity(models.TextChoices):
    IN_FORCE = "in_force", "有效"
    EXPIRED = "expired", "失效"
    REPEALED = "repealed", "废止"


class Classification(models.TextChoices):
    """密级. 保密审查 第五条（一）: a marked item is never published."""

    NONE = "", "非涉密"
    SECRET = "secret", "秘密"
    CONFIDENTIAL = "confidential", "机密"
    TOP_SECRET = "top_secret", "绝密"


class DisclosureDecision(models.TextChoices):
    """公开方式, the outcome of the review opinions."""

    PROACTIVE = "proactive", "主动公开"
    ON_REQUEST = "on_request", "依申请公开"
    WITHHELD = "withheld", "不予公开"


class InterpretationForm(models.TextChoices):
    WRITTEN = "written", "撰稿解读"
    EXPERT = "expert", "专家解读"
    QA = "qa", "政策问答"
    ONLINE_INTERVIEW = "online_interview", "在线访谈"
    MEDIA_INTERVIEW = "media_interview", "媒体专访"
    GRAPHIC = "graphic", "图解"
    VIDEO = "video", "视频"


class DocumentKind(models.TextChoices):
    """The two document rows of the annual report's 表二 (条例 第二十条第（一）项)."""

    NONE = "", "非规章、规范性文件"
    RULE = "rule", "规章"
    NORMATIVE = "normative", "行政规范性文件"


class OutletChannel(models.TextChoices):
    """Channels besides the portal an item went out on (协调机制 第四条)."""

    NEW_MEDIA = "new_media", "政务新媒体"
    PRESS = "press", "报刊"
    RADIO = "radio", "广播"
    TELEVISION = "television", "电视"
    NOTICE_BOARD = "notice_board", "公开栏"
    HANDBOOK = "handbook", "便民手册"
