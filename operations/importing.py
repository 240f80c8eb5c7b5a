"""Reading documents from an older CMS into catalogue items (``manage.py import_documents``).

Each file becomes one draft ``DisclosureItemPage`` (or a published one with ``--published``),
created in its own transaction: a bad file is reported with its reason and leaves nothing behind.
"""

import csv
import datetime
import getpass
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from disclosure_pages.models import CategoryPage, DisclosureItemPage, DocumentKind, Validity
from moderation.publishing import publish_migrated
from organisation.models import Section

SUPPORTED_SUFFIXES = {".txt", ".html", ".htm", ".docx"}

# CSV headers, English or Chinese.
COLUMN_ALIASES = {
    "file": {"file", "文件", "文件名"},
    "title": {"title", "标题", "名称"},
    "document_number": {"document_number", "文号"},
    "creation_date": {"creation_date", "生成日期", "成文日期"},
    "publication_date": {"publication_date", "发布日期"},
    "category": {"category", "栏目", "分类"},
    "section": {"section", "科室", "发布机构"},
    # 表二 (条例 第二十条第（一）项): the kind of document, and whether and when it lapsed or was repealed.
    "document_kind": {"document_kind", "文件类型"},
    "is_normative": {"is_normative", "规范性文件"},
    "validity": {"validity", "有效性"},
    "validity_changed_on": {"validity_changed_on", "有效性变更日期", "废止日期", "失效日期"},
    "validity_explanation": {"validity_explanation", "有效性变更说明"},
}
YES = {"1", "是", "yes", "true", "y"}


class ImportProblem(Exception):
    """A file that cannot be imported; the message says why, in Chinese."""


@dataclass
class SourceDocument:
    path: Path
    title: str
    paragraphs: list = field(default_factory=list)


def read_document(path):
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ImportProblem(f"不支持的文件类型 {suffix or '（无扩展名）'}，仅支持 .txt、.html、.docx")
    if suffix == ".txt":
        return _read_text(path)
    if suffix in {".html", ".htm"}:
        return _read_html(path)
    return _read_docx(path)


def _decode(raw):
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportProblem("无法识别文件编码（支持 UTF-8 和 GB18030）")


def _lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def _read_text(path):
    lines = _lines(_decode(path.read_bytes()))
    if not lines:
        raise ImportProblem("文件内容为空")
    return SourceDocument(path, lines[0], lines[1:])


def _read_html(path):
    soup = BeautifulSoup(_decode(path.read_bytes()), "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer"]):
        tag.decompose()
    heading = soup.find("h1") or soup.find("title")
    title = heading.get_text(strip=True) if heading else ""
    paragraphs = [p.get_text(" ", strip=True) for p in soup.find_all(["p", "li"]) if p.get_text(strip=True)]
    if not paragraphs and soup.body:
        paragraphs = _lines(soup.body.get_text("\n"))
    if not title and not paragraphs:
        raise ImportProblem("HTML 中没有可导入的正文")
    return SourceDocument(path, title or path.stem, paragraphs)


def _read_docx(path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, ValueError, KeyError) as error:
        raise ImportProblem(f"不是有效的 .docx 文件（{error.__class__.__name__}）") from error
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text.strip() for cell in row.cells]
            if any(cells):
                paragraphs.append("　".join(cells))
    if not paragraphs:
        raise ImportProblem("文件内容为空")
    return SourceDocument(path, paragraphs[0], paragraphs[1:])


def read_metadata(csv_path):
    """Rows of the metadata CSV keyed by file name, with canonical column names."""
    raw = csv_path.read_bytes()
    rows = csv.DictReader(_decode(raw).splitlines())
    header = {}
    for column in rows.fieldnames or []:
        for canonical, aliases in COLUMN_ALIASES.items():
            if column.strip() in aliases:
                header[column] = canonical
    if "file" not in header.values():
        raise ImportProblem(f"元数据文件 {csv_path.name} 缺少 file（文件）列")
    metadata = {}
    for row in rows:
        values = {header[k]: (v or "").strip() for k, v in row.items() if k in header}
        metadata[values["file"]] = values
    return metadata


def parse_date(value, label):
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日", "%Y.%m.%d"):
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ImportProblem(f"{label}「{value}」不是有效日期（应为 YYYY-MM-DD）")


def parse_choice(value, choices, label, default):
    """A choice by its code or its Chinese label; empty means ``default``."""
    if not value:
        return default
    for code, text in choices.choices:
        if value in (code, text):
            return code
    raise ImportProblem(f"{label}「{value}」无法识别（可填：{'、'.join(t for c, t in choices.choices if c)}）")


def find_category(value, default):
    if not value:
        if default is None:
            raise ImportProblem("未指定栏目（CSV 的 category 列或 --category 参数）")
        return default
    category = CategoryPage.objects.filter(slug=value).first() or CategoryPage.objects.filter(title=value).first()
    if category is None:
        raise ImportProblem(f"找不到栏目「{value}」")
    return category


def find_section(value, default):
    if not value:
        if default is None:
            raise ImportProblem("未指定发布机构（CSV 的 section 列或 --section 参数）")
        return default
    section = Section.objects.filter(code=value).first() or Section.objects.filter(name=value).first()
    if section is None:
        raise ImportProblem(f"找不到科室「{value}」")
    return section


@dataclass
class ImportRun:
    folder: Path
    metadata: dict
    default_category: CategoryPage | None
    default_section: Section | None
    default_date: datetime.date | None
    published: bool
    user: object = None

    @property
    def source(self):
        who = self.user.get_username() if self.user else getpass.getuser()
        return f"import_documents：{who} 于 {timezone.localtime():%Y-%m-%d %H:%M} 从 {self.folder} 迁移"

    def import_file(self, path):
        """Create one item from ``path``; raises ImportProblem and leaves nothing behind on failure."""
        source = read_document(path)
        meta = self.metadata.get(path.name, {})
        creation_date = parse_date(meta.get("creation_date"), "生成日期") or self.default_date
        if creation_date is None:
            raise ImportProblem("缺少生成日期（CSV 的 creation_date/生成日期 列或 --date 参数）")
        category = find_category(meta.get("category"), self.default_category)
        section = find_section(meta.get("section"), self.default_section)
        title = (meta.get("title") or source.title)[:255]
        validity = parse_choice(meta.get("validity"), Validity, "有效性", Validity.IN_FORCE)
        body = [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in source.paragraphs]
        with transaction.atomic():
            item = DisclosureItemPage(
                title=title,
                document_number=meta.get("document_number", ""),
                publisher=section,
                creation_date=creation_date,
                body=body,
                live=False,
                document_kind=parse_choice(meta.get("document_kind"), DocumentKind, "文件类型", DocumentKind.NONE),
                is_normative=meta.get("is_normative", "").lower() in YES,
                validity=validity,
                validity_explanation=meta.get("validity_explanation", ""),
                # 表二 本年废止 counts by this day: the older site's date, not the day of the import.
                validity_changed_on=parse_date(meta.get("validity_changed_on"), "有效性变更日期"),
            )
            if self.published:
                item.publication_date = parse_date(meta.get("publication_date"), "发布日期")
            try:
                category.add_child(instance=item)
                item.save_revision(user=self.user)
                if self.published:
                    publish_migrated(item, source=f"{self.source}（{path.name}）", user=self.user)
            except ValidationError as error:
                raise ImportProblem("；".join(error.messages)) from error
        return item
