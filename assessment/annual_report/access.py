from organisation.people import is_disclosure_admin, is_office_staff


def can_manage_reports(user):
    """The annual report is the general office's work (条例 第四十九条: the 信息公开工作机构 prepares it);
    the disclosure administrators too. Sections and leaders meet it in the review chain."""
    return is_office_staff(user) or is_disclosure_admin(user)
