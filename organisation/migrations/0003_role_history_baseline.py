"""The role history starts with what exists when it is switched on: one "+" row per section and
membership, dated now and marked as such, so that ``holders_on`` knows today's holders."""

from django.db import migrations
from django.utils import timezone

REASON = "启用任职历史记录时已存在"


def baseline(apps, schema_editor):
    now = timezone.now()
    for model_name, fields in (("Section", ["id", "name", "code", "is_general_office", "phone", "sort_order"]),
                               ("Membership", ["id", "user_id", "section_id", "role"])):
        model = apps.get_model("organisation", model_name)
        historical = apps.get_model("organisation", f"Historical{model_name}")
        historical.objects.bulk_create(
            historical(
                **{field: getattr(obj, field) for field in fields},
                history_date=now,
                history_type="+",
                history_change_reason=REASON,
            )
            for obj in model.objects.all()
        )


class Migration(migrations.Migration):
    dependencies = [("organisation", "0002_role_history")]

    operations = [migrations.RunPython(baseline, migrations.RunPython.noop)]
