from django.db import migrations


def load_topics(apps, schema_editor):
    from disclosure_pages.topic_taxonomy import TOPICS

    TopicCategory = apps.get_model("disclosure_pages", "TopicCategory")
    for order, (name, children) in enumerate(TOPICS.items()):
        parent, _ = TopicCategory.objects.get_or_create(parent=None, name=name, defaults={"sort_order": order})
        for child_order, child in enumerate(children.split()):
            TopicCategory.objects.get_or_create(parent=parent, name=child, defaults={"sort_order": child_order})


class Migration(migrations.Migration):
    dependencies = [("disclosure_pages", "0001_initial")]

    operations = [migrations.RunPython(load_topics, migrations.RunPython.noop)]
