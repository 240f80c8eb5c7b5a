from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

# -- assessment rounds (考核评议制度) --
from .models import AssessmentRound
from .rounds import access as round_access
from .rounds import urls as round_urls


@hooks.register("register_admin_urls")
def register_assessment_round_urls():
    return [path("kaohe/", include((round_urls, "assessment_rounds"), namespace="assessment_rounds"))]


class AssessmentRoundMenuItem(MenuItem):
    """The office, and the people of a section concerned by an issued round."""

    def is_shown(self, request):
        user = request.user
        if round_access.manages(user):
            return True
        return any(round_access.visible_sections(user, round_)
                   for round_ in round_access.visible_rounds(AssessmentRound.objects.all(), user))


@hooks.register("register_admin_menu_item")
def register_assessment_round_menu_item():
    return AssessmentRoundMenuItem("考核评议", reverse("assessment_rounds:index"), icon_name="tasks", order=330)
