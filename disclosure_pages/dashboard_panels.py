from itertools import groupby

from django.forms import Media
from django.template.loader import render_to_string
from wagtail.admin.ui.components import Component

from organisation.models import Section
from organisation.people import is_disclosure_admin

from .interpretation_clock import INTERPRETATION_PERIOD_WORKING_DAYS, interpretations_due
from .publication_clock import unpublished_deadlines


class SectionPanel(Component):
    def __init__(self, user):
        self.user = user

    @property
    def media(self):
        return Media()

    def sections(self):
        if is_disclosure_admin(self.user):
            return None  # the general office watches every section
        return Section.objects.for_user(self.user)


class PublicationDeadlinesPanel(SectionPanel):
    """Dashboard panel: items of the user's sections due within 5 working days or overdue."""

    name = "publication_deadlines"
    order = 90

    def render_html(self, parent_context=None):
        entries = unpublished_deadlines(sections=self.sections())
        by_section = sorted(entries, key=lambda e: (e.item.publisher.name, e.deadline))
        groups = [(name, list(group)) for name, group in groupby(by_section, key=lambda e: e.item.publisher.name)]
        return render_to_string("disclosure_pages/admin/deadlines_panel.html", {"groups": groups})


class InterpretationsDuePanel(SectionPanel):
    """Dashboard panel: live documents of the user's sections whose interpretation is due or overdue
    (政策解读制度 第四条: 3 working days after the document when not published with it)."""

    name = "interpretations_due"
    order = 91

    def render_html(self, parent_context=None):
        entries = interpretations_due(sections=self.sections())
        return render_to_string(
            "disclosure_pages/admin/interpretations_due_panel.html",
            {"entries": entries, "period": INTERPRETATION_PERIOD_WORKING_DAYS},
        )
