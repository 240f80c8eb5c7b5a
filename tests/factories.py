"""Factories shared by every test folder (factory_boy + wagtail-factories)."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from wagtail.models import Page, Site

from disclosure_pages.models import (
    CatalogueIndexPage,
    CategoryPage,
    ContentPage,
    DisclosureCategory,
    DisclosureItemPage,
    InterpretationPage,
    PortalHomePage,
)
from operations.setup import setup_access
from organisation.models import Membership, Role, Section

PASSWORD = "test-pass-123"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.gov.cn")
    @factory.post_generation
    def password(user, create, extracted, **kwargs):
        user.set_password(extracted or PASSWORD)
        if create:
            user.save(update_fields=["password"])
    is_active = True


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section
        django_get_or_create = ("code",)

    name = factory.Sequence(lambda n: f"业务{n}科")
    code = factory.Sequence(lambda n: f"s{n}")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    section = factory.SubFactory(SectionFactory)
    role = Role.DRAFTER


def member(role, section, username=None):
    """A user holding ``role`` in ``section`` (and so in the role's Wagtail group)."""
    user = UserFactory(username=username) if username else UserFactory()
    MembershipFactory(user=user, section=section, role=role)
    return user


class PublishedPageFactory(wagtail_factories.PageFactory):
    """Pages are created unpublished; ``live=True`` (the default) then publishes them as already public
    data, the one documented bypass of the review chain (moderation.publishing). Use
    approve_through_chain() to publish the regular way."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        live = kwargs.pop("live", True)
        page = super()._create(model_class, *args, live=False, **kwargs)
        if live:
            from moderation.publishing import publish_migrated

            publish_migrated(page, source="测试数据")
            page.refresh_from_db()
        return page


class PortalHomePageFactory(PublishedPageFactory):
    class Meta:
        model = PortalHomePage

    title = "政府信息公开"
    slug = "gongkai"


class CatalogueIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = CatalogueIndexPage

    title = "信息公开目录"
    slug = "mulu"


class CategoryPageFactory(PublishedPageFactory):
    class Meta:
        model = CategoryPage

    title = factory.Sequence(lambda n: f"栏目{n}")
    category = DisclosureCategory.OTHER


class ContentPageFactory(PublishedPageFactory):
    class Meta:
        model = ContentPage

    title = factory.Sequence(lambda n: f"页面{n}")


class DisclosureItemPageFactory(PublishedPageFactory):
    """A catalogue item, published by default as already public data (see PublishedPageFactory)."""

    class Meta:
        model = DisclosureItemPage

    title = factory.Sequence(lambda n: f"关于做好第{n}批政务数据共享工作的通知")
    publisher = factory.SubFactory(SectionFactory)
    creation_date = datetime.date(2024, 3, 1)
    document_number = factory.Sequence(lambda n: f"卫云数发〔2024〕{n}号")
    summary = "政务数据共享工作安排。"


class InterpretationPageFactory(DisclosureItemPageFactory):
    """An interpretation of a live normative document of the same section (政策解读制度 第四条: it
    goes live only after or with its document, written by the document's section)."""

    class Meta:
        model = InterpretationPage

    title = factory.Sequence(lambda n: f"《政务数据共享办法》政策解读{n}")
    interpreted_document = factory.SubFactory(
        DisclosureItemPageFactory,
        parent=factory.SelfAttribute("..parent"),
        is_normative=True,
        title=factory.Sequence(lambda n: f"中卫市政务数据共享管理办法（第{n}版）"),
    )
    publisher = factory.LazyAttribute(lambda o: o.interpreted_document.publisher)


def build_portal():
    """The portal tree every public test starts from: home → catalogue → five categories.

    Returns a simple namespace with ``home``, ``catalogue``, ``categories`` (by category code).
    """
    root = Page.get_first_root_node()
    home = PortalHomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    catalogue = CatalogueIndexPageFactory(parent=home)
    categories = {
        code: CategoryPageFactory(parent=catalogue, title=label, slug=code, category=code)
        for code, label in DisclosureCategory.choices
    }
    setup_access(portal_root=home)

    class Portal:
        pass

    portal = Portal()
    portal.home, portal.catalogue, portal.categories = home, catalogue, categories
    return portal


# -- confidentiality review chain (moderation/) ---------------------------------------------


def general_office():
    """The 办公室 (保密审查科室); there is only one."""
    office = Section.objects.filter(is_general_office=True).first()
    return office or SectionFactory(name="办公室", code="office", is_general_office=True)


def review_team(section, prefix=None):
    """The four people of 保密审查 第六条 for ``section``: drafter, head, reviewer (general office), leader."""
    prefix = prefix or section.code

    class Team:
        pass

    team = Team()
    team.section = section
    team.drafter = member(Role.DRAFTER, section, f"{prefix}_drafter")
    team.head = member(Role.SECTION_HEAD, section, f"{prefix}_head")
    team.reviewer = member(Role.CONFIDENTIALITY_REVIEWER, general_office(), f"{prefix}_reviewer")
    team.leader = member(Role.LEADER_IN_CHARGE, section, f"{prefix}_leader")
    team.steps = [team.drafter, team.head, team.reviewer, team.leader]
    return team


def approve_through_chain(page, team=None, decision="proactive", grounds=(), comment="同意", steps=4):
    """Drive ``page`` programmatically through the four-step chain (submission, four approvals —
    or the first ``steps`` of them; step-3 findings are confirmed). Returns the submission (WorkflowState). For tests that need
    an item published the regular way; the admin-view tests live in tests/moderation/."""
    from moderation.models import SensitiveFinding
    from moderation.scan import confirm_finding
    from moderation.workflow import setup_review_workflow

    page = page.specific
    team = team or review_team(page.publisher)
    home = page.get_ancestors().type(PortalHomePage).first()
    setup_review_workflow(home.specific if home else None)
    page.save_revision(user=team.drafter)
    page.get_workflow().start(page, team.drafter)
    submission = Page.objects.get(pk=page.pk).specific.current_workflow_state
    for user in team.steps[:steps]:
        current = Page.objects.get(pk=page.pk).specific
        task_state = current.current_workflow_task_state
        if task_state is None:
            break
        for finding in SensitiveFinding.objects.filter(submission=submission, confirmed_at__isnull=True):
            confirm_finding(finding, team.reviewer, "测试：确认可公开")
        current.current_workflow_task.on_action(
            task_state, user, "approve", decision=decision, grounds=list(grounds), comment=comment
        )
    submission.refresh_from_db()
    page.refresh_from_db()
    return submission


def validation_errors(obj):
    """The messages by field that ``obj.full_clean()`` refuses it with (it must refuse it)."""
    from django.core.exceptions import ValidationError

    try:
        obj.full_clean()
    except ValidationError as error:
        return error.message_dict
    raise AssertionError(f"{obj!r} was accepted")
