"""`import_documents` reads the columns 表二 needs: 文件类型, 规范性文件, 有效性 and the day of the repeal
(废止日期), so that an older document imported already repealed is counted in the year it was repealed,
not the year of the import. A value it cannot read is reported by file, and nothing is created."""

import datetime

import pytest
from django.core.management import CommandError, call_command

from disclosure_pages.models import DisclosureItemPage
from tests.factories import SectionFactory

pytestmark = pytest.mark.django_db

HEADER = "file,生成日期,category,section,文件类型,规范性文件,有效性,废止日期,有效性变更说明\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "old.txt").write_text("中卫市政务数据管理暂行办法\n第一条 为规范政务数据管理，制定本办法。", "utf-8")
    (tmp_path / "new.txt").write_text("中卫市政务数据管理办法\n第一条 为规范政务数据管理，制定本办法。", "utf-8")
    return tmp_path


def test_kind_and_repeal_day_are_imported(portal, folder):
    SectionFactory(code="dsj", name="大数据发展科")
    (folder / "metadata.csv").write_text(
        HEADER + "old.txt,2019-05-06,regulations,dsj,行政规范性文件,是,废止,2023年3月1日,已被卫云数发〔2023〕2号替代。\n"
        "new.txt,2023-03-01,regulations,dsj,normative,1,,,\n", "utf-8")
    call_command("import_documents", str(folder), "--published")
    old = DisclosureItemPage.objects.get(title="中卫市政务数据管理暂行办法")
    assert (old.document_kind, old.is_normative, old.validity) == ("normative", True, "repealed")
    assert old.validity_changed_on == datetime.date(2023, 3, 1) and old.live
    new = DisclosureItemPage.objects.get(title="中卫市政务数据管理办法")
    assert (new.document_kind, new.is_normative, new.validity, new.validity_changed_on) == (
        "normative", True, "in_force", None)


def test_unreadable_values_are_reported_and_nothing_is_created(portal, folder, capsys):
    SectionFactory(code="dsj", name="大数据发展科")
    (folder / "metadata.csv").write_text(
        HEADER + "old.txt,2019-05-06,regulations,dsj,,,作废,,\n"
        "new.txt,2023-03-01,finance,dsj,规章,,,,\n", "utf-8")
    with pytest.raises(CommandError):
        call_command("import_documents", str(folder))
    err = capsys.readouterr().err
    assert "old.txt：有效性「作废」无法识别（可填：有效、失效、废止）" in err
    assert "new.txt：规章只能发布在“法规规章和规范性文件、政策解读”栏目" in err
    assert not DisclosureItemPage.objects.exists()
