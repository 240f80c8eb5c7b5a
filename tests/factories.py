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
from organisation.models import Membership, Role, Section
from organisation.roles import setup_roles

PASSWORD = "test-pass-123"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.gov.cn")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)
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


class PortalHomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PortalHomePage

    title = "政府信息公开"
    slug = "gongkai"


class CatalogueIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CatalogueIndexPage

    title = "信息公开目录"
    slug = "mulu"


class CategoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CategoryPage

    title = factory.Sequence(lambda n: f"栏目{n}")
    category = DisclosureCategory.OTHER


class ContentPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ContentPage

    title = factory.Sequence(lambda n: f"页面{n}")


class DisclosureItemPageFactory(wagtail_factories.PageFactory):
    """A catalogue item. ``live=True`` (the default) publishes it through a revision, as the site does."""

    class Meta:
        model = DisclosureItemPage

    title = factory.Sequence(lambda n: f"关于做好第{n}批政务数据共享工作的通知")
    publisher = factory.SubFactory(SectionFactory)
    creation_date = datetime.date(2024, 3, 1)
    document_number = factory.Sequence(lambda n: f"卫云数发〔2024〕{n}号")
    summary = "政务数据共享工作安排。"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        live = kwargs.pop("live", True)
        page = super()._create(model_class, *args, live=False, **kwargs)
        if live:
            page.save_revision().publish()
            page.refresh_from_db()
        return page


class InterpretationPageFactory(DisclosureItemPageFactory):
    class Meta:
        model = InterpretationPage

    title = factory.Sequence(lambda n: f"《政务数据共享办法》政策解读{n}")


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
    setup_roles(portal_root=home)

    class Portal:
        pass

    portal = Portal()
    portal.home, portal.catalogue, portal.categories = home, catalogue, categories
    return portal
