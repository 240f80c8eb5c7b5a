from django.db import migrations


def narrow_rows(apps, schema_editor):
    # PostgreSQL only: move the long columns (body, text, vector) out of the table's pages, so a
    # query that visits every matching row (facet counts, ranking) reads small rows. Benchmarked in
    # docs/search.md.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE catalogue_search_indexeddocument SET (toast_tuple_target = 256)")


def widen_rows(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE catalogue_search_indexeddocument RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [("catalogue_search", "0001_initial")]

    operations = [migrations.RunPython(narrow_rows, widen_rows)]
