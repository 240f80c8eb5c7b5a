"""The database engine's index and the durable outbox of index changes."""

import uuid

from django.db import models

# SQLite: the FTS5 table of the database engine (migration 0004), rowid = page id.
FTS_TABLE = "catalogue_search_fts"


class TsVectorField(models.TextField):
    """A ``tsvector`` column on PostgreSQL (GIN-indexed by the migration); plain text elsewhere."""

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else super().db_type(connection)

    def get_placeholder(self, value, compiler, connection):
        # Lexemes are written space-separated (see analysis.bigrams), cast without any parsing.
        return "%s::tsvector" if connection.vendor == "postgresql" else "%s"


class IndexedDocument(models.Model):
    """One public page as the database engine indexes it (the same fields as the Elasticsearch document)."""

    page_id = models.PositiveIntegerField("页面", primary_key=True)
    version = models.BigIntegerField("变更序号", default=0, help_text="写入它的索引变更序号，旧的写入不会覆盖新的")
    revision_id = models.PositiveIntegerField("版本", null=True, blank=True)
    kind = models.CharField(max_length=20)
    url = models.CharField(max_length=500, blank=True)
    title = models.CharField(max_length=255)
    document_number = models.CharField(max_length=80, blank=True)
    index_number = models.CharField(max_length=60, blank=True)
    document_number_key = models.CharField(max_length=80, blank=True, db_index=True)
    index_number_key = models.CharField(max_length=60, blank=True, db_index=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    category = models.CharField(max_length=20, blank=True)
    publisher_id = models.PositiveIntegerField(null=True, blank=True)
    publisher_name = models.CharField(max_length=100, blank=True)
    validity = models.CharField(max_length=12, blank=True)
    topic_id = models.PositiveIntegerField("主题分类", null=True, blank=True)
    # The topic's and its ancestors' ids, space separated with a space at each end (" 12 3 "): a
    # parent topic's filter is a search for " 3 " in it (documents.prepare's "topics").
    topics = models.CharField("主题分类及其上级", max_length=200, blank=True)
    year = models.PositiveIntegerField(null=True, blank=True)
    publication_date = models.DateField(null=True, blank=True)
    # Normalised text the engine matches against (see search/analysis.py).
    search_title = models.TextField(blank=True)
    search_text = models.TextField(blank=True)
    vector = TsVectorField(blank=True, default="")

    class Meta:
        verbose_name = "检索索引文档"
        verbose_name_plural = "检索索引文档"
        indexes = [models.Index(fields=["-publication_date", "-page_id"], name="catalogue_doc_date")]

    def __str__(self):
        return self.title


class IndexChange(models.Model):
    """Outbox: written in the same transaction as the change to a page, applied after commit, retried."""

    class Scope(models.TextChoices):
        PAGE = "page", "页面"
        SUBTREE = "subtree", "页面及其下级页面"

    page_id = models.PositiveIntegerField("页面")
    scope = models.CharField(max_length=10, choices=Scope.choices, default=Scope.PAGE)
    reason = models.CharField("原因", max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = "索引变更"
        verbose_name_plural = "索引变更"
        ordering = ["pk"]

    def __str__(self):
        return f"{self.reason or self.scope} #{self.page_id}"


class IndexState(models.Model):
    """One row: the database engine's index generation, a fresh random token written in the same
    transaction as every write to the index, so cached facet counts (keyed by it) are never older
    than the index they count, even after a restore or a rolled-back transaction."""

    generation = models.CharField(max_length=32, blank=True)

    class Meta:
        verbose_name = "检索索引状态"
        verbose_name_plural = "检索索引状态"

    def __str__(self):
        return self.generation

    @classmethod
    def current(cls):
        return cls.objects.values_list("generation", flat=True).first() or ""

    @classmethod
    def advance(cls):
        token = uuid.uuid4().hex
        if not cls.objects.filter(pk=1).update(generation=token):
            cls.objects.update_or_create(pk=1, defaults={"generation": token})


class Synonym(models.Model):
    """A group of words the office says mean the same to a reader (年报 ⇄ 年度报告): a query for any of
    them finds the others, on both engines, from the next search on (no reindexing)."""

    words = models.CharField(
        "同义词组", max_length=255, unique=True,
        help_text="两个或更多意思相同的词或简称，用逗号、顿号或空格分开，例如：年报，年度报告",
    )
    note = models.CharField("备注", max_length=200, blank=True)
    updated_at = models.DateTimeField("修改时间", auto_now=True)

    class Meta:
        verbose_name = "同义词"
        verbose_name_plural = "同义词"
        ordering = ["words"]

    def __str__(self):
        return " ⇄ ".join(self.terms())

    def terms(self):
        from .synonyms import split_terms

        return split_terms(self.words)

    def clean(self):
        from django.core.exceptions import ValidationError

        from .synonyms import validate_group

        problem = validate_group(self.words)
        if problem:
            raise ValidationError({"words": problem})
        self.words = "，".join(self.terms())


class QueryCount(models.Model):
    """How often a query was searched on one day (Beijing date): an aggregate count, nothing about who
    searched (no address, session or user), for the popular searches on the search page."""

    query = models.CharField("检索词", max_length=30)
    day = models.DateField("日期", db_index=True)
    count = models.PositiveIntegerField("次数", default=0)

    class Meta:
        verbose_name = "检索次数"
        verbose_name_plural = "检索次数"
        constraints = [models.UniqueConstraint(fields=["query", "day"], name="catalogue_query_count_per_day")]

    def __str__(self):
        return f"{self.query} {self.day}: {self.count}"
