"""保密审查 第三条 (谁主管、谁负责): nobody sees another section's unpublished work in the admin.

Section A has a draft, an item in review, a classified item and a content page whose draft has a
new (unpublished) title. The drafter, the head and the leader in charge of section B walk every
admin surface that lists or names pages (explorer, chooser, search, admin API, dashboard, reports)
and every page-level URL of A's pages: none of A's unpublished titles appears, and the page-level
URLs answer 403/404. A's own people, the office's reviewer and the disclosure administrators do see
the same titles on the same surfaces, so the refusals are about scope, not about an empty page.
"""

import datetime
import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from disclosure_pages.models import Classification
from organisation.models import Membership
from organisation.roles import ADMIN_GROUP, sync_user_groups
from tests.factories import ContentPageFactory, DisclosureItemPageFactory, UserFactory
from tests.public_opinion.factories import OpinionCaseFactory, ResponseIndexPageFactory, ResponsePageFactory

from .flow import fresh

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
# Each title carries one ASCII word, so that the admin's search finds it on every database.
TITLES = {
    "draft": "数据资源科起草中的通知 draftkestrel",
    "in_review": "数据资源科送审中的报告 reviewkestrel",
    "classified": "数据资源科涉密文件 secretkestrel",
    "content": "数据资源科内容页面新标题 contentkestrel",
    "response": "数据资源科回应关切稿 responsekestrel",
}
PUBLIC_CONTENT_TITLE = "数据资源科已公开的页面"
OTHER_SECTION = ["b.drafter", "b.head", "b.leader"]
OWN_SIDE = ["a.drafter", "a.head", "a.leader", "a.reviewer", "office_admin"]


@pytest.fixture
def work(chain):
    """Section A's unpublished work, each page with a log entry as the admin writes it."""
    a = chain.a
    category = chain.portal.categories["other"]

    def item(key, **kwargs):
        page = DisclosureItemPageFactory(parent=category, publisher=chain.section_a, live=False, title=TITLES[key],
                                         slug=key, **kwargs)
        page.save_revision(user=a.drafter, log_action=True)
        return fresh(page)

    draft = item("draft")
    Page.objects.filter(pk=draft.pk).update(locked=True, locked_by=a.drafter, locked_at=timezone.now())
    in_review = item("in_review")
    in_review.get_workflow().start(in_review, a.drafter)
    classified = item("classified", classification=Classification.SECRET)
    content = ContentPageFactory(parent=chain.portal.home, publisher=chain.section_a, title=PUBLIC_CONTENT_TITLE,
                                 slug="content")
    content = fresh(content)
    content.title = TITLES["content"]
    content.save_revision(user=a.drafter, log_action=True)

    # 舆情回应制度 第四条: a 回应关切 draft of section A, in the responses column.
    column = ResponseIndexPageFactory(parent=chain.portal.home)
    response = ResponsePageFactory(parent=column, publisher=chain.section_a, live=False, title=TITLES["response"],
                                   slug="response")
    response.save_revision(user=a.drafter, log_action=True)

    admin = UserFactory(username="office_admin")
    admin.groups.add(Group.objects.get(name=ADMIN_GROUP))

    in_review = fresh(in_review)
    chain.work = {"draft": fresh(draft), "in_review": in_review, "classified": classified, "content": fresh(content),
                  "response": fresh(response)}
    chain.task_state = in_review.current_workflow_task_state
    chain.admin = admin
    return chain


def person(chain, name):
    if name == "office_admin":
        return chain.admin
    team, role = name.split(".")
    return getattr(getattr(chain, team), role)


def secrets(chain):
    """Every unpublished title of section A (the chain fixture's own draft included)."""
    return [*TITLES.values(), chain.page.title]


def text(response):
    """The body as a reader sees it: modal and API answers are JSON, whose escapes would hide a title."""
    if response.get("Content-Type", "").startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)
    return response.content.decode(errors="replace")


def leaked(chain, body):
    return [title for title in secrets(chain) if title in body]


# -- 1 and 2: listings, choosers, search, admin API, reports -------------------------------------

def listing_urls(chain):
    """(name, url, key of A's page that its own people find there)."""
    category, home = chain.portal.categories["other"], chain.portal.home
    item_usage = ("disclosure_pages", "disclosureitempage")
    return [
        ("explorer of the category", reverse("wagtailadmin_explore", args=[category.pk]), "draft"),
        ("explorer of the portal home", reverse("wagtailadmin_explore", args=[home.pk]), "content"),
        ("explorer search", reverse("wagtailadmin_explore", args=[category.pk]) + "?q=draftkestrel", "draft"),
        ("explorer search results", reverse("wagtailadmin_explore_results", args=[category.pk]) + "?q=reviewkestrel",
         "in_review"),
        ("chooser", reverse("wagtailadmin_choose_page_child", args=[category.pk]), "draft"),
        ("chooser of the home", reverse("wagtailadmin_choose_page_child", args=[home.pk]), "content"),
        ("chooser search", reverse("wagtailadmin_choose_page_search") + "?q=secretkestrel", "classified"),
        ("admin search", reverse("wagtailadmin_pages:search") + "?q=draftkestrel", "draft"),
        ("admin search results", reverse("wagtailadmin_pages:search_results") + "?q=reviewkestrel", "in_review"),
        ("admin API listing", f"/admin/api/main/pages/?child_of={category.pk}", "draft"),
        ("admin API explorer menu", f"/admin/api/main/pages/?child_of={category.pk}&for_explorer=1", "in_review"),
        ("admin API search", "/admin/api/main/pages/?search=secretkestrel", "classified"),
        ("admin API descendants", f"/admin/api/main/pages/?descendant_of={home.pk}", "content"),
        ("workflow report", reverse("wagtailadmin_reports:workflow"), "in_review"),
        ("workflow tasks report", reverse("wagtailadmin_reports:workflow_tasks"), "in_review"),
        ("site history", reverse("wagtailadmin_reports:site_history"), "draft"),
        ("locked pages", reverse("wagtailadmin_reports:locked_pages"), None),
        ("aging pages", reverse("wagtailadmin_reports:aging_pages"), None),
        ("page types usage", reverse("wagtailadmin_reports:page_types_usage"), None),
        ("pages of a type", reverse("wagtailadmin_pages:type_use", args=item_usage), "classified"),
        ("pages of a type, results", reverse("wagtailadmin_pages:type_use_results", args=item_usage), "draft"),
        ("dashboard", reverse("wagtailadmin_home"), None),
        ("interpretation report", reverse("interpretation_report"), None),
        ("interpretation report CSV", reverse("interpretation_report_export", args=["csv"]), None),
        ("interpretation report XLSX", reverse("interpretation_report_export", args=["xlsx"]), None),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("who", OTHER_SECTION)
def test_listings_hide_other_sections_work(client, work, who):
    client.force_login(person(work, who))
    failures = []
    for name, url, _key in listing_urls(work):
        response = client.get(url)
        body = text(response)
        if response.status_code >= 500 or leaked(work, body):
            failures.append((name, response.status_code, leaked(work, body)))
    assert not failures


@pytest.mark.django_db
@pytest.mark.parametrize("who", OWN_SIDE)
def test_listings_show_own_sections_work(client, work, who):
    """The same surfaces show A's work to A's people, the office's reviewer and the administrators."""
    client.force_login(person(work, who))
    failures = []
    for name, url, key in listing_urls(work):
        if key is None:
            continue
        response = client.get(url)
        if response.status_code != 200 or TITLES[key] not in text(response):
            failures.append((name, response.status_code))
    assert not failures


@pytest.mark.django_db
def test_reports_for_the_office_show_every_section(client, work):
    client.force_login(work.admin)
    for url, key in [
        (reverse("wagtailadmin_reports:locked_pages"), "draft"),
        (reverse("wagtailadmin_reports:aging_pages"), "content"),
    ]:
        response = client.get(url)
        assert response.status_code == 200 and TITLES[key] in text(response), url
    response = client.get(reverse("wagtailadmin_reports:page_types_usage"))
    assert response.status_code == 200 and leaked(work, text(response))


@pytest.mark.django_db
def test_page_types_usage_report_is_for_the_office_only(client, work):
    """The report names the last edited page of every type and counts every section's drafts:
    a report about the whole site, for those who see every section."""
    for who in ["a.drafter", "b.head", "b.leader"]:
        client.force_login(person(work, who))
        response = client.get(reverse("wagtailadmin_reports:page_types_usage"), **XHR)
        assert response.status_code == 403, who
    client.force_login(work.a.reviewer)
    assert client.get(reverse("wagtailadmin_reports:page_types_usage")).status_code == 200


@pytest.mark.django_db
def test_live_page_with_unchanged_title_stays_visible_to_everybody(client, work):
    """Everybody may see live pages whose draft title is the public one (and no more)."""
    public = DisclosureItemPageFactory(parent=work.portal.categories["other"], publisher=work.section_a,
                                       title="数据资源科已公开的通知 publickestrel")
    client.force_login(work.b.drafter)
    for url in [
        reverse("wagtailadmin_explore", args=[work.portal.categories["other"].pk]),
        reverse("wagtailadmin_pages:search") + "?q=publickestrel",
        reverse("wagtailadmin_choose_page_child", args=[work.portal.categories["other"].pk]),
        f"/admin/api/main/pages/{public.pk}/",
    ]:
        response = client.get(url)
        assert response.status_code == 200 and public.title in text(response), url


# -- 3: page-level URLs ---------------------------------------------------------------------------

def page_urls(chain, page):
    """(name, method, url) of every admin URL that concerns one page."""
    category = chain.portal.categories["other"]
    revision = page.latest_revision
    task_state = chain.task_state
    pk = page.pk
    p = "wagtailadmin_pages:"
    return [
        ("explore", "get", reverse("wagtailadmin_explore", args=[pk])),
        ("explore results", "get", reverse("wagtailadmin_explore_results", args=[pk])),
        ("edit", "get", reverse(p + "edit", args=[pk])),
        ("preview", "get", reverse(p + "preview_on_edit", args=[pk])),
        ("view draft", "get", reverse(p + "view_draft", args=[pk])),
        ("revisions", "get", reverse(p + "revisions_index", args=[pk])),
        ("revision view", "get", reverse(p + "revisions_view", args=[pk, revision.pk])),
        ("revision revert", "get", reverse(p + "revisions_revert", args=[pk, revision.pk])),
        ("revision unschedule", "get", reverse(p + "revisions_unschedule", args=[pk, revision.pk])),
        ("compare", "get", reverse(p + "revisions_compare", args=[pk, "earliest", "latest"])),
        ("history", "get", reverse(p + "history", args=[pk])),
        ("history results", "get", reverse(p + "history_results", args=[pk])),
        ("workflow history", "get", reverse(p + "workflow_history", args=[pk])),
        ("workflow history detail", "get",
         reverse(p + "workflow_history_detail", args=[pk, task_state.workflow_state_id])),
        ("workflow action", "get", reverse(p + "workflow_action", args=[pk, "approve", task_state.pk])),
        ("workflow action post", "post", reverse(p + "workflow_action", args=[pk, "reject", task_state.pk])),
        ("collect workflow action data", "get",
         reverse(p + "collect_workflow_action_data", args=[pk, "approve", task_state.pk])),
        ("confirm workflow cancellation", "get", reverse(p + "confirm_workflow_cancellation", args=[pk])),
        ("workflow preview", "get", reverse(p + "workflow_preview", args=[pk, task_state.task_id])),
        ("copy", "get", reverse(p + "copy", args=[pk])),
        ("move", "get", reverse(p + "move", args=[pk])),
        ("move confirm", "get", reverse(p + "move_confirm", args=[pk, category.pk])),
        ("set position", "post", reverse(p + "set_page_position", args=[pk]) + "?position=0"),
        ("delete", "get", reverse(p + "delete", args=[pk])),
        ("unpublish", "get", reverse(p + "unpublish", args=[pk])),
        ("lock", "post", reverse(p + "lock", args=[pk])),
        ("unlock", "post", reverse(p + "unlock", args=[pk])),
        ("privacy", "get", reverse(p + "set_privacy", args=[pk])),
        ("convert alias", "get", reverse(p + "convert_alias", args=[pk])),
        ("add subpage", "get", reverse(p + "add_subpage", args=[pk])),
        ("usage", "get", reverse(p + "usage", args=[pk])),
        ("chooser of the page", "get", reverse("wagtailadmin_choose_page_child", args=[pk])),
        ("chosen", "get", reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={pk}"),
        ("admin API detail", "get", f"/admin/api/main/pages/{pk}/"),
        ("admin API action", "post", f"/admin/api/main/pages/{pk}/action/unpublish/"),
        ("bulk delete", "get", f"/admin/bulk/wagtailcore/page/delete/?id={pk}"),
        ("bulk move", "get", f"/admin/bulk/wagtailcore/page/move/?id={pk}"),
        ("bulk publish", "get", f"/admin/bulk/wagtailcore/page/publish/?id={pk}"),
        ("bulk unpublish", "get", f"/admin/bulk/wagtailcore/page/unpublish/?id={pk}"),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("key", list(TITLES))
@pytest.mark.parametrize("who", OTHER_SECTION)
def test_page_urls_of_other_sections_work_are_refused(client, work, who, key):
    client.force_login(person(work, who))
    failures = []
    for name, method, url in page_urls(work, work.work[key]):
        response = getattr(client, method)(url, follow=True, **XHR)
        body = text(response)
        if response.status_code not in (403, 404) or leaked(work, body):
            failures.append((name, response.status_code, leaked(work, body)))
    assert not failures


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["a.drafter", "a.reviewer"])
def test_page_urls_open_to_own_section_and_office(client, work, who):
    client.force_login(person(work, who))
    for key in TITLES:
        page = work.work[key]
        for name in ["edit", "history", "usage", "admin API detail", "chooser of the page"]:
            url = dict((n, u) for n, _m, u in page_urls(work, page))[name]
            response = client.get(url)
            assert response.status_code == 200 and TITLES[key] in text(response), (key, name)


@pytest.mark.django_db
def test_workflow_action_error_does_not_name_the_page(client, work):
    """Wagtail answers an action on a page whose review is over with "The page '…' is not
    currently awaiting moderation": for a page of another section, nothing is named."""
    page = work.work["draft"]
    page.get_workflow().start(page, work.a.drafter)
    page = fresh(page)
    task_state = page.current_workflow_task_state
    page.current_workflow_state.cancel(user=work.a.drafter)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    client.force_login(work.b.head)
    assert client.get(url, **XHR).status_code == 403
    response = client.get(url, follow=True)  # Wagtail's redirect to the dashboard, with its message
    assert response.status_code == 200 and not leaked(work, text(response))
    # A's own drafter gets Wagtail's message, naming the page (the refusal above is about scope)
    client.force_login(work.a.drafter)
    assert TITLES["draft"] in text(client.get(url, follow=True))


@pytest.mark.django_db
def test_task_state_of_another_page_is_not_acted_on_through_ones_own_page(client, work):
    """The task state in the URL must belong to the page in the URL."""
    own = DisclosureItemPageFactory(parent=work.portal.categories["other"], publisher=work.section_b, live=False)
    client.force_login(work.b.drafter)
    url = reverse("wagtailadmin_pages:workflow_action", args=[own.pk, "approve", work.task_state.pk])
    response = client.get(url, **XHR)
    assert response.status_code == 404 and not leaked(work, text(response))


# -- dashboard ------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_dashboard_forgets_the_old_sections_drafts_of_a_person_who_moved(client, work):
    """Wagtail's panels list the pages a person edited, locked or submitted; after a move to
    another section, the old section's unpublished work leaves them."""
    mover = UserFactory(username="mover")
    membership = Membership.objects.create(user=mover, section=work.section_a, role="drafter")
    sync_user_groups(mover)
    page = DisclosureItemPageFactory(parent=work.portal.categories["other"], publisher=work.section_a, live=False,
                                     title="调动前起草的通知")
    page.save_revision(user=mover, log_action="wagtail.edit")
    Page.objects.filter(pk=page.pk).update(locked=True, locked_by=mover, locked_at=timezone.now(), owner=mover)
    page = fresh(page)
    page.get_workflow().start(page, mover)

    client.force_login(mover)
    assert page.title in text(client.get(reverse("wagtailadmin_home")))

    membership.section = work.section_b
    membership.save()
    client.force_login(mover)
    assert page.title not in text(client.get(reverse("wagtailadmin_home")))


# -- public-opinion cases (舆情回应制度 第五条（二）谁主管、谁负责) ------------------------------------------

CASE_TITLE = "数据资源科的舆情 casekestrel"
# A section sees its own cases; the general office and the leaders in charge see all of them.
CASE_OTHER_SECTION = ["b.drafter", "b.head"]
CASE_OWN_SIDE = ["a.drafter", "a.head", "a.leader", "a.reviewer", "office_admin", "b.leader"]


@pytest.fixture
def cases(work):
    """Section A's case, and a patrol of the office."""
    from public_opinion.models import PatrolLog

    work.patrol = PatrolLog.objects.create(patrolled_by=work.a.reviewer, channels="微博", no_findings=True)
    work.case = OpinionCaseFactory(sections=[work.section_a], title=CASE_TITLE)
    return work


def case_urls(case, patrol):
    """(name, method, url) of every admin URL that concerns one case or one patrol."""
    from public_opinion.views import ACTIONS

    return [
        ("inspect", "get", reverse("public_opinion_opinioncase_modeladmin_inspect", args=[case.pk])),
        ("edit", "get", reverse("public_opinion_opinioncase_modeladmin_edit", args=[case.pk])),
        ("edit post", "post", reverse("public_opinion_opinioncase_modeladmin_edit", args=[case.pk])),
        *[(f"act {op}", "get", reverse("public_opinion_admin:act", args=[case.pk, op])) for op in ACTIONS],
        *[(f"act {op} post", "post", reverse("public_opinion_admin:act", args=[case.pk, op])) for op in ACTIONS],
    ]


def never_allowed_urls(case, patrol):
    """Records are kept and patrols are not rewritten: refused to everybody."""
    return [
        ("case delete", reverse("public_opinion_opinioncase_modeladmin_delete", args=[case.pk])),
        ("patrol edit", reverse("public_opinion_patrollog_modeladmin_edit", args=[patrol.pk])),
        ("patrol delete", reverse("public_opinion_patrollog_modeladmin_delete", args=[patrol.pk])),
    ]


def case_listing_urls():
    """(name, url, whether the case's own side finds it there)."""
    return [
        ("case list", reverse("public_opinion_opinioncase_modeladmin_index"), True),
        ("case list search", reverse("public_opinion_opinioncase_modeladmin_index") + "?q=casekestrel", True),
        ("case list by section", reverse("public_opinion_opinioncase_modeladmin_index") + "?sections__id__exact=1",
         False),
        ("case export", reverse("public_opinion_admin:export"), True),
        ("case export xlsx", reverse("public_opinion_admin:export_xlsx"), False),
        ("patrol list", reverse("public_opinion_patrollog_modeladmin_index"), False),
        ("dashboard", reverse("wagtailadmin_home"), False),
    ]


def body_of(response):
    if response.get("Content-Type", "").startswith("application/vnd.openxmlformats"):
        import io

        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(response.content)).active
        return " ".join(str(cell) for row in sheet.iter_rows(values_only=True) for cell in row)
    return text(response)


@pytest.mark.django_db
@pytest.mark.parametrize("who", CASE_OTHER_SECTION)
def test_cases_of_other_sections_are_refused(client, cases, who):
    client.force_login(person(cases, who))
    failures = []
    for name, method, url in case_urls(cases.case, cases.patrol):
        response = getattr(client, method)(url, **XHR)
        if response.status_code not in (403, 404) or CASE_TITLE in text(response):
            failures.append((name, response.status_code))
    for name, url, _found in case_listing_urls():
        response = client.get(url)
        if response.status_code != 200 or CASE_TITLE in body_of(response):
            failures.append((name, response.status_code))
    response = client.get(reverse("public_opinion_admin:accountability"), **XHR)
    if response.status_code != 403:
        failures.append(("accountability", response.status_code))
    assert not failures


@pytest.mark.django_db
@pytest.mark.parametrize("who", CASE_OWN_SIDE)
def test_cases_open_to_own_section_office_and_leaders(client, cases, who):
    client.force_login(person(cases, who))
    failures = []
    for name, url in [(n, u) for n, m, u in case_urls(cases.case, cases.patrol) if n in ("inspect", "edit")]:
        response = client.get(url)
        if response.status_code != 200 or CASE_TITLE not in text(response):
            failures.append((name, response.status_code))
    for name, url, found in case_listing_urls():
        response = client.get(url)
        if response.status_code != 200 or (found and CASE_TITLE not in body_of(response)):
            failures.append((name, response.status_code))
    assert not failures


@pytest.mark.django_db
@pytest.mark.parametrize("who", [*CASE_OWN_SIDE, "superuser"])
def test_case_records_are_deleted_by_nobody(client, cases, who):
    user = UserFactory(username="root", is_superuser=True) if who == "superuser" else person(cases, who)
    client.force_login(user)
    for name, url in never_allowed_urls(cases.case, cases.patrol):
        assert client.get(url, **XHR).status_code in (403, 404), name
        assert client.post(url, **XHR).status_code in (403, 404), name


@pytest.mark.django_db
def test_search_synonyms_are_the_offices_alone(client, work):
    """设置 → 检索同义词 (issue 14): the disclosure administrators keep the list; every other role is refused."""
    from search.models import Synonym

    synonym = Synonym.objects.create(words="年报，年度报告")
    viewset = "wagtailsnippets_catalogue_search_synonym"
    urls = [reverse(f"{viewset}:list"), reverse(f"{viewset}:add"), reverse(f"{viewset}:edit", args=[synonym.pk]),
            reverse(f"{viewset}:delete", args=[synonym.pk])]
    for who in ["a.drafter", "a.head", "a.reviewer", "a.leader", *OTHER_SECTION]:
        client.force_login(person(work, who))
        for url in urls:
            response = client.get(url)
            assert response.status_code in (302, 403) and "年度报告" not in text(response), (who, url)
        client.post(reverse(f"{viewset}:add"), {"words": "甲，乙"})
        client.post(reverse(f"{viewset}:delete", args=[synonym.pk]))
    assert list(Synonym.objects.values_list("words", flat=True)) == ["年报，年度报告"]
    client.force_login(work.admin)
    for url in urls:
        assert client.get(url).status_code == 200, url


# -- complaints and corrections (依申请公开制度 第六条; 个人信息保护法: access by duty) ---------------------

COMPLAINT_TEXT = "数据资源科的投诉 complaintkestrel"
# The section a complaint is assigned to sees it; the general office and the administrators see all.
COMPLAINT_OTHER_SECTION = ["b.drafter", "b.head", "b.leader"]
COMPLAINT_OWN_SIDE = ["a.drafter", "a.head", "a.leader", "a.reviewer", "b.reviewer", "office_admin"]


@pytest.fixture
def complaint(work):
    from complaints.models import ComplaintState
    from tests.complaints.factories import ComplaintFactory

    work.complaint = ComplaintFactory(section=work.section_a, state=ComplaintState.HANDLING, content=COMPLAINT_TEXT,
                                      name="王小明")
    return work


def complaint_urls(complaint):
    from complaints.admin_views import ACTIONS

    return [
        ("inspect", "get", reverse("complaints_complaint_modeladmin_inspect", args=[complaint.pk])),
        *[(f"act {op}", "get", reverse("complaints_admin:act", args=[complaint.pk, op])) for op in ACTIONS],
        *[(f"act {op} post", "post", reverse("complaints_admin:act", args=[complaint.pk, op])) for op in ACTIONS],
    ]


def complaint_never_allowed_urls(complaint):
    """Complaints arrive through the public form and are kept: no generic create, edit, delete, history."""
    return [
        ("create", reverse("complaints_complaint_modeladmin_create")),
        ("edit", reverse("complaints_complaint_modeladmin_edit", args=[complaint.pk])),
        ("delete", reverse("complaints_complaint_modeladmin_delete", args=[complaint.pk])),
        ("history", f"/admin/complaints/complaint/history/{complaint.pk}/"),
    ]


def complaint_listing_urls():
    """(name, url, whether the complaint's own side finds it there)."""
    index = reverse("complaints_complaint_modeladmin_index")
    return [
        ("list", index, False),
        ("list filtered", index + "?state__exact=handling", False),
        ("export", reverse("complaints_admin:export"), True),
        ("export xlsx", reverse("complaints_admin:export_xlsx"), True),
        ("dashboard", reverse("wagtailadmin_home"), False),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("who", COMPLAINT_OTHER_SECTION)
def test_complaints_of_other_sections_are_refused(client, complaint, who):
    client.force_login(person(complaint, who))
    number = complaint.complaint.tracking_number
    failures = []
    for name, method, url in complaint_urls(complaint.complaint):
        response = getattr(client, method)(url, {"reply": "越权答复"} if method == "post" else None, **XHR)
        if response.status_code not in (403, 404) or COMPLAINT_TEXT in text(response):
            failures.append((name, response.status_code))
    for name, url, _found in complaint_listing_urls():
        response = client.get(url)
        body = body_of(response)
        if response.status_code != 200 or number in body or COMPLAINT_TEXT in body:
            failures.append((name, response.status_code))
    assert not failures
    complaint.complaint.refresh_from_db()
    assert complaint.complaint.reply == ""


@pytest.mark.django_db
@pytest.mark.parametrize("who", COMPLAINT_OWN_SIDE)
def test_complaints_open_to_own_section_and_office(client, complaint, who):
    client.force_login(person(complaint, who))
    failures = []
    response = client.get(reverse("complaints_complaint_modeladmin_inspect", args=[complaint.complaint.pk]))
    if response.status_code != 200 or COMPLAINT_TEXT not in text(response):
        failures.append(("inspect", response.status_code))
    for name, url, found in complaint_listing_urls():
        response = client.get(url)
        body = body_of(response)
        if response.status_code != 200 or (found and COMPLAINT_TEXT not in body) or "王小明" in body:
            failures.append((name, response.status_code))
    assert not failures


# -- The annual report (条例 第四十九条): the office's work, its admin URLs the office's alone ------------

REPORT_TITLE = "2025年政府信息公开工作年度报告"


@pytest.fixture
def report_work(work):
    from assessment.annual_report.publishing import generate_page
    from assessment.models import AnnualReport

    ContentPageFactory(parent=work.portal.home, title="政府信息公开年报", slug="nianbao")
    report = AnnualReport.objects.create(year=2025, problems="年报草稿中的问题 reportkestrel")
    work.report_page = generate_page(report, work.a.reviewer)
    return work


def annual_report_urls():
    """(name, method, url) of the annual report's admin views."""
    urls = [("index", "get", reverse("annual_report:index")),
            ("edit", "get", reverse("annual_report:edit", args=[2025])),
            ("tables", "get", reverse("annual_report:preview", args=[2025])),
            ("generate", "post", reverse("annual_report:generate", args=[2025])),
            ("new year", "post", reverse("annual_report:index"))]
    return urls + [(fmt, "get", reverse("annual_report:download", args=[2025, fmt])) for fmt in ("docx", "pdf", "xlsx")]


@pytest.mark.django_db
@pytest.mark.parametrize("who", [*OTHER_SECTION, "a.drafter", "a.head"])
def test_annual_report_is_refused_outside_the_office(client, report_work, who):
    client.force_login(person(report_work, who))
    failures = []
    for name, method, url in [*annual_report_urls(), *page_urls(report_work, report_work.report_page)]:
        response = getattr(client, method)(url, follow=True, **XHR)
        body = text(response)
        if response.status_code not in (403, 404) or REPORT_TITLE in body or "reportkestrel" in body:
            failures.append((name, response.status_code))
    for name, url, _key in listing_urls(report_work):
        body = text(client.get(url))
        if "reportkestrel" in body or REPORT_TITLE in body:
            failures.append((name, "leaks the report"))
    assert not failures


# -- the yearly assessment (考核评议制度; 保密审查 第三条 谁主管、谁负责) -------------------------------------

SELF_CHECK_TEXT = "数据资源科自查报告 selfkestrel"
GRADE_COMMENT = "数据资源科评议意见 gradekestrel"
ASSESSMENT_SECRETS = [SELF_CHECK_TEXT, GRADE_COMMENT]


@pytest.fixture
def assessment(work, settings, tmp_path):
    """A key-point round of section A, its self-check with an attachment, and its grade awaiting approval."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from assessment.models import AssessmentRound
    from assessment.rounds import services

    settings.ASSESSMENT_PRIVATE_ROOT = tmp_path / "assessment"
    office = work.a.reviewer  # the general office's people run the assessment
    round_ = AssessmentRound.objects.create(year=timezone.localdate().year - 1, scope="key", notice="请开展自查。",
                                            self_check_due=timezone.localdate() + datetime.timedelta(days=10))
    round_.sections.set([work.section_a])
    services.issue_notice(round_, office)
    services.file_self_check(round_, work.section_a, work.a.head, SELF_CHECK_TEXT,
                             SimpleUploadedFile("自查.pdf", b"%PDF-1.4 selfkestrel"))
    services.start_grading(round_, office)
    services.grade_section(round_, work.section_a, office, "good", GRADE_COMMENT)
    work.round = round_
    return work


def assessment_urls(round_, section):
    """(name, method, url, who of the section may open it: "members", "grading" or "office")."""
    from assessment.indicators import INDICATORS

    def u(name, *args):
        return reverse(f"assessment_rounds:{name}", args=args)

    pk, s = round_.pk, section.pk
    return [
        ("round", "get", u("round", pk), "members"),
        ("section", "get", u("section", pk, s), "members"),
        ("attachment", "get", u("attachment", pk, s), "members"),
        ("trend", "get", u("trend", pk, s), "members"),
        *[(f"records {key}", "get", u("records", pk, s, key), "members") for key in INDICATORS],
        ("self-check post", "post", u("self_check", pk, s), "nobody"),  # closed once grading started
        ("letter", "get", u("letter", pk, s), "nobody"),  # not approved yet
        ("grade post", "post", u("grade", pk, s), "office"),
        ("approve post", "post", u("approve", pk, s), "approver"),
        ("edit", "get", u("edit", pk), "office"),
        ("issue post", "post", u("issue", pk), "office"),
        ("start grading post", "post", u("start_grading", pk), "office"),
        ("charts", "get", u("charts", pk), "office"),
        ("export", "get", u("export", pk), "office"),
        ("thresholds", "get", u("thresholds"), "office"),
        ("add", "get", u("add"), "office"),
        ("index", "get", u("index"), "members"),
    ]


def assessment_body(response):
    if response.get("Content-Type", "").startswith(("application/pdf", "application/octet-stream")):
        return b"".join(getattr(response, "streaming_content", [response.content])).decode(errors="replace")
    return body_of(response)


@pytest.mark.django_db
@pytest.mark.parametrize("who", OTHER_SECTION)
def test_assessment_of_another_section_is_refused(client, assessment, who):
    client.force_login(person(assessment, who))
    failures = []
    for name, method, url, _who in assessment_urls(assessment.round, assessment.section_a):
        response = getattr(client, method)(url, **XHR)
        body = assessment_body(response)
        if name != "index" and response.status_code not in (403, 404):
            failures.append((name, response.status_code))
        if [secret for secret in ASSESSMENT_SECRETS if secret in body] or "selfkestrel" in body:
            failures.append((name, "leak"))
    assert not failures


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["a.drafter", "a.head", "b.drafter"])
def test_only_the_office_assigns_and_closes_complaints(client, complaint, who):
    client.force_login(person(complaint, who))
    for op in ("assign", "close"):
        url = reverse("complaints_admin:act", args=[complaint.complaint.pk, op])
        assert client.post(url, {"section": complaint.section_b.pk}, **XHR).status_code in (403, 404), op
    complaint.complaint.refresh_from_db()
    assert complaint.complaint.section == complaint.section_a


@pytest.mark.django_db
@pytest.mark.parametrize("who", [*COMPLAINT_OWN_SIDE, "superuser"])
def test_complaints_are_created_edited_and_deleted_by_nobody(client, complaint, who):
    user = UserFactory(username="root", is_superuser=True) if who == "superuser" else person(complaint, who)
    client.force_login(user)
    for name, url in complaint_never_allowed_urls(complaint.complaint):
        assert client.get(url, **XHR).status_code in (403, 404), name
        assert client.post(url, **XHR).status_code in (403, 404), name


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["a.reviewer", "office_admin"])
def test_annual_report_opens_to_the_office(client, report_work, who):
    client.force_login(person(report_work, who))
    for name, method, url in annual_report_urls():
        if method == "get":
            assert getattr(client, method)(url).status_code == 200, name
    response = client.get(reverse("wagtailadmin_pages:edit", args=[report_work.report_page.pk]))
    assert response.status_code == 200 and "reportkestrel" in text(response)


# -- records kept by the office: review and litigation cases (表四), incidents (协调机制 第六条) -----------

CHALLENGE_NUMBER = "卫政复〔2026〕9号 challengekestrel"
INCIDENT_TEXT = "数据资源科逾期公开 incidentkestrel"


@pytest.fixture
def records(work):
    """A case about a request section A handled, and an incident of section A."""
    import datetime

    from assessment.models import Incident
    from disclosure_requests.models import LegalChallenge
    from tests.disclosure_requests.factories import DisclosureRequestFactory

    day = timezone.localdate() - datetime.timedelta(days=60)
    request = DisclosureRequestFactory(received_on=day, handling_section=work.section_a)
    work.challenge = LegalChallenge.objects.create(request=request, kind="review", filed_on=day,
                                                   case_number=CHALLENGE_NUMBER)
    work.incident = Incident.objects.create(section=work.section_a, kind="late", occurred_on=day, found_on=day,
                                            description=INCIDENT_TEXT)
    work.superuser = UserFactory(username="root", is_superuser=True)
    return work


def record_person(chain, name):
    return chain.superuser if name == "superuser" else person(chain, name)


def challenge_urls(challenge):
    """(name, method, url, who may: "office" keeps the cases, "handling" section reads its own)."""
    prefix = "disclosure_requests_legalchallenge_modeladmin_"
    request_page = reverse("disclosure_requests_disclosurerequest_modeladmin_inspect", args=[challenge.request_id])
    return [
        ("list", "get", reverse(prefix + "index"), "office"),
        ("list search", "get", reverse(prefix + "index") + "?q=challengekestrel", "office"),
        ("add", "get", reverse(prefix + "create") + f"?request={challenge.request.tracking_number}", "office"),
        ("add post", "post", reverse(prefix + "create"), "office"),
        ("edit", "get", reverse(prefix + "edit", args=[challenge.pk]), "office"),
        ("edit post", "post", reverse(prefix + "edit", args=[challenge.pk]), "office"),
        ("inspect", "get", reverse(prefix + "inspect", args=[challenge.pk]), "handling"),
        ("request page", "get", request_page, "handling"),
    ]


def incident_urls(incident):
    """(name, method, url, who may: "office" keeps the register, "leaders" of a section read its own —
    the listings open to every section's leaders, showing only their own)."""
    prefix = "assessment_incident_modeladmin_"
    return [
        ("list", "get", reverse(prefix + "index"), "leaders"),
        ("list of the year", "get", reverse(prefix + "index") + f"?year={incident.occurred_on.year}", "leaders"),
        ("export csv", "get", reverse("assessment_incidents:export", args=["csv"]), "leaders"),
        ("export xlsx", "get", reverse("assessment_incidents:export", args=["xlsx"]), "leaders"),
        ("inspect", "get", reverse(prefix + "inspect", args=[incident.pk]), "leaders"),
        ("add", "get", reverse(prefix + "create"), "office"),
        ("add post", "post", reverse(prefix + "create"), "office"),
        ("edit", "get", reverse(prefix + "edit", args=[incident.pk]), "office"),
        ("edit post", "post", reverse(prefix + "edit", args=[incident.pk]), "office"),
    ]


def refused(response):
    return response.status_code in (403, 404) or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"))


def wrong_answers(client, urls, secret, allowed, listing_only=False):
    """(name, status) of each URL that answers otherwise than it should: those in ``allowed`` open (200)
    and show ``secret`` (an empty form to add one, a refused POST of an empty form, need not); the others are
    refused and name nothing — or, with ``listing_only``, the listings open without showing it."""
    failures = []
    for name, method, url, may in urls:
        response = getattr(client, method)(url)
        shown = secret in body_of(response)
        if may in allowed:
            right = response.status_code == 200 and (shown or method == "post" or name == "add")
        elif listing_only and name.startswith(("list", "export")):
            right = response.status_code == 200 and not shown
        else:
            right = refused(response) and not shown
        if not right:
            failures.append((name, response.status_code))
    return failures


@pytest.mark.django_db
@pytest.mark.parametrize(("who", "allowed"), [
    ("a.reviewer", {"office", "handling"}), ("superuser", {"office", "handling"}),
    ("a.drafter", {"handling"}), ("a.head", {"handling"}), ("a.leader", {"handling"}),
    ("b.drafter", set()), ("b.head", set()), ("b.leader", set()), ("office_admin", set()),
])
def test_challenges_are_the_offices_and_the_handling_sections(client, records, who, allowed):
    """The office enters and lists cases; the section that handled the request reads its own (without an
    edit link); nobody else sees them."""
    client.force_login(record_person(records, who))
    assert not wrong_answers(client, challenge_urls(records.challenge), CHALLENGE_NUMBER, allowed)
    if allowed == {"handling"}:
        page = client.get(reverse("disclosure_requests_legalchallenge_modeladmin_inspect", args=[records.challenge.pk]))
        assert reverse("disclosure_requests_legalchallenge_modeladmin_edit", args=[records.challenge.pk]) not in text(page)


@pytest.mark.django_db
@pytest.mark.parametrize(("who", "allowed"), [
    ("a.reviewer", {"office", "leaders"}), ("superuser", {"office", "leaders"}),
    ("a.head", {"leaders"}), ("a.leader", {"leaders"}),
    ("a.drafter", set()), ("b.drafter", set()), ("office_admin", set()),
])
def test_incidents_are_the_offices_and_the_sections_leaders(client, records, who, allowed):
    """The office keeps the register for every section; a section's head and leader read its incidents;
    drafters see none."""
    client.force_login(record_person(records, who))
    assert not wrong_answers(client, incident_urls(records.incident), INCIDENT_TEXT, allowed)


@pytest.mark.django_db
def test_another_sections_head_sees_none_of_its_incidents(client, records):
    client.force_login(records.b.head)
    assert not wrong_answers(client, incident_urls(records.incident), INCIDENT_TEXT, set(), listing_only=True)


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["a.reviewer", "superuser", "a.head", "a.leader"])
def test_kept_records_are_deleted_by_nobody(client, records, who):
    client.force_login(record_person(records, who))
    for record, url_name in [(records.challenge, "disclosure_requests_legalchallenge_modeladmin_delete"),
                             (records.incident, "assessment_incident_modeladmin_delete")]:
        url = reverse(url_name, args=[record.pk])
        assert refused(client.get(url)) and refused(client.post(url)), url_name
        assert type(record).objects.filter(pk=record.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["a.drafter", "a.head", "a.leader", "a.reviewer", "office_admin"])
def test_assessment_open_to_its_section_and_the_office(client, assessment, who):
    """A's people open their section's pages; the grade before approval only the office and the
    leader in charge who approves it; the office's surfaces only the office."""
    from organisation.people import is_disclosure_admin, is_office_staff

    user = person(assessment, who)
    office = is_disclosure_admin(user) or is_office_staff(user)
    client.force_login(user)
    failures = []
    for name, method, url, allowed in assessment_urls(assessment.round, assessment.section_a):
        if method == "post":
            continue
        response = client.get(url, **XHR)
        expected = allowed == "members" or (allowed == "office" and office)
        opened = response.status_code in ((200, 302) if name == "edit" else (200,))  # edit: the round is issued
        if opened != expected:
            failures.append((name, response.status_code))
    section = client.get(reverse("assessment_rounds:section", args=[assessment.round.pk, assessment.section_a.pk]))
    sees_grade = office or who == "a.leader"
    if (GRADE_COMMENT in text(section)) != sees_grade or SELF_CHECK_TEXT not in text(section):
        failures.append(("section page", who))
    assert not failures


@pytest.mark.django_db
def test_assessment_is_never_public(client, assessment):
    """Nothing of the assessment is served without a log-in, and the attachment is not under MEDIA_ROOT."""
    from django.conf import settings

    from assessment.models import SelfCheckReport

    for name, method, url, _who in assessment_urls(assessment.round, assessment.section_a):
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], name
    report = SelfCheckReport.objects.get()
    assert not report.attachment.path.startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(ValueError):
        report.attachment.url  # noqa: B018 - a private file has no address
