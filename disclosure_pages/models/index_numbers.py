"""索引号 allocation: `<org code>/<year>-<5-digit sequence>` (条例 第十二条: the catalogue
gives each item its 索引; the pattern of gov.cn, e.g. `000014349/2017-00110`).

Numbers are drawn from a per-organisation, per-year counter row that is locked while it is
incremented, so concurrent creations never share a number, and a number is never reused even
after its page is deleted.
"""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils.text import slugify

# Stands for a new item's slug while its form is validated, before the 索引号 is drawn in save().
PENDING_SLUG = "item-new"


class IndexNumberSequence(models.Model):
    org_code = models.CharField("机构代码", max_length=40)
    year = models.PositiveIntegerField("年度")
    last_number = models.PositiveIntegerField("已分配的最大流水号", default=0)

    class Meta:
        verbose_name = "索引号流水"
        verbose_name_plural = "索引号流水"
        constraints = [models.UniqueConstraint(fields=["org_code", "year"], name="unique_index_sequence")]

    def __str__(self):
        return f"{self.org_code}/{self.year}: {self.last_number}"


def allocate_index_number(year, org_code=None):
    org_code = org_code or settings.DISCLOSURE_ORG_CODE
    with transaction.atomic():
        try:
            with transaction.atomic():
                IndexNumberSequence.objects.get_or_create(org_code=org_code, year=year)
        except IntegrityError:
            pass  # another transaction created the row first; the locked read below waits for it
        sequence = IndexNumberSequence.objects.select_for_update().get(org_code=org_code, year=year)
        sequence.last_number += 1
        sequence.save(update_fields=["last_number"])
    return settings.DISCLOSURE_INDEX_NUMBER_FORMAT.format(org_code=org_code, year=year, seq=sequence.last_number)


def slug_for_index_number(index_number):
    """The short address of an item: ``item-`` and the year-sequence part of its 索引号
    (``11640500MB1950123X/2026-00039`` → ``item-2026-00039``)."""
    return "item-" + slugify(index_number.rsplit("/", 1)[-1])
