from django.db import migrations

COLUMNS = ["title", "search_title", "document_number_key", "index_number_key", "category", "validity"]


def keep_inline(apps, schema_editor):
    # PostgreSQL only: ranking tests the title of every match; with toast_tuple_target = 256
    # (0002) the titles would otherwise be moved out of line with the long columns.
    if schema_editor.connection.vendor == "postgresql":
        for column in COLUMNS:
            schema_editor.execute(
                f"ALTER TABLE catalogue_search_indexeddocument ALTER COLUMN {column} SET STORAGE PLAIN"
            )


def default_storage(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for column in COLUMNS:
            schema_editor.execute(
                f"ALTER TABLE catalogue_search_indexeddocument ALTER COLUMN {column} SET STORAGE EXTENDED"
            )


class Migration(migrations.Migration):
    dependencies = [("catalogue_search", "0002_narrow_rows_on_postgresql")]

    operations = [migrations.RunPython(keep_inline, default_storage)]
