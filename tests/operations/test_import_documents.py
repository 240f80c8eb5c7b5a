"""`manage.py import_documents`: move items from an older CMS; bad files reported, nothing half-created."""

import docx
import pytest
from django.core.management import CommandError, call_command

from disclosure_pages.models import DisclosureItemPage
from moderation.models import MigratedPublication
from tests.factories import SectionFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "notice.txt").write_text("关于开展数据安全检查的通知\n各科室：现将有关事项通知如下。\n一、检查范围", "utf-8")
    (tmp_path / "plan.html").write_text(
        "<html><head><title>旧站标题</title></head><body><nav>导航</nav><h1>中卫市算力网络发展规划</h1>"
        "<p>第一章 总则</p><p>第二章 发展目标</p></body></html>",
        "utf-8",
    )
    document = docx.Document()
    document.add_paragraph("中卫市公共数据开放管理办法")
    document.add_paragraph("第一条 为规范公共数据开放，制定本办法。")
    document.save(tmp_path / "rules.docx")
    (tmp_path / "metadata.csv").write_text(
        "file,title,文号,生成日期,category,section\n"
        "notice.txt,,卫云数发〔2023〕7号,2023-04-10,other,dsj\n"
        "plan.html,,,2022-12-30,planning,dsj\n"
        "rules.docx,中卫市公共数据开放管理办法（试行）,卫云数发〔2021〕2号,2021-06-01,regulations,dsj\n",
        "utf-8",
    )
    return tmp_path


def test_good_files_become_drafts_with_metadata(portal, folder):
    SectionFactory(code="dsj", name="大数据发展科")
    call_command("import_documents", str(folder))
    items = {item.title: item for item in DisclosureItemPage.objects.all()}
    assert set(items) == {"关于开展数据安全检查的通知", "中卫市算力网络发展规划", "中卫市公共数据开放管理办法（试行）"}
    notice = items["关于开展数据安全检查的通知"]
    assert notice.document_number == "卫云数发〔2023〕7号"
    assert str(notice.creation_date) == "2023-04-10"
    assert notice.index_number.endswith("/2023-00001")
    assert notice.get_parent().specific.category == "other"
    assert not notice.live and notice.latest_revision is not None
    assert "一、检查范围" in str(notice.body)
    plan = items["中卫市算力网络发展规划"]
    assert "第二章 发展目标" in str(plan.body) and "导航" not in str(plan.body)
    assert "第一条" in str(items["中卫市公共数据开放管理办法（试行）"].body)


def test_bad_files_are_reported_by_name_and_nothing_half_created(portal, folder, capsys):
    SectionFactory(code="dsj", name="大数据发展科")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "empty.txt").write_text("   \n", "utf-8")
    (folder / "broken.docx").write_bytes(b"not a zip")
    (folder / "late.txt").write_text("标题\n正文", "utf-8")
    with open(folder / "metadata.csv", "a", encoding="utf-8") as csv_file:
        csv_file.write("late.txt,,,2023-02-30,other,dsj\nempty.txt,,,2023-01-01,other,dsj\n"
                       "broken.docx,,,2023-01-01,other,dsj\nscan.pdf,,,2023-01-01,other,dsj\n")
    with pytest.raises(CommandError) as error:
        call_command("import_documents", str(folder))
    err = capsys.readouterr().err
    assert "scan.pdf：不支持的文件类型 .pdf" in err
    assert "empty.txt：文件内容为空" in err
    assert "broken.docx：不是有效的 .docx 文件" in err
    assert "late.txt：生成日期「2023-02-30」不是有效日期" in err
    assert "4 个文件未导入" in str(error.value)
    assert DisclosureItemPage.objects.count() == 3


def test_unknown_section_creates_nothing_for_that_file(portal, folder, capsys):
    with pytest.raises(CommandError):
        call_command("import_documents", str(folder))
    assert "找不到科室「dsj」" in capsys.readouterr().err
    assert DisclosureItemPage.objects.count() == 0


def test_published_import_goes_live_with_a_migration_record(portal, folder):
    SectionFactory(code="dsj", name="大数据发展科")
    operator = UserFactory(username="importer")
    call_command("import_documents", str(folder), "--published", "--user", "importer")
    items = DisclosureItemPage.objects.all()
    assert items.count() == 3 and all(item.live for item in items)
    records = MigratedPublication.objects.filter(page__in=items)
    assert records.count() == 3
    record = records.first()
    assert record.run_by == operator
    assert "import_documents" in record.source and str(folder) in record.source
