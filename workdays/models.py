from django.db import models


class CalendarDay(models.Model):
    """An administrator's correction to the official calendar for one day.

    The packaged calendars lack years that the State Council has not announced yet (and the
    调休 makeup days of some years); a row here wins over every packaged source.
    """

    date = models.DateField("日期", unique=True)
    is_working_day = models.BooleanField("是否工作日", help_text="勾选：上班（含调休补班）；不勾选：放假")
    note = models.CharField("说明", max_length=100, blank=True, help_text="例如：国庆节调休补班")

    class Meta:
        ordering = ["date"]
        verbose_name = "工作日调整"
        verbose_name_plural = "工作日调整"

    def __str__(self):
        kind = "工作日" if self.is_working_day else "休息日"
        return f"{self.date:%Y-%m-%d} {kind}{('（' + self.note + '）') if self.note else ''}"
