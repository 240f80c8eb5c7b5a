from django.db import migrations

FTS_TABLE = "catalogue_search_fts"


def create_fts(apps, schema_editor):
    # SQLite only: the database engine's FTS5 index (search/engines/database.py). Its tokens are the
    # space-separated character pairs of analysis.bigrams(), so unicode61 only splits on spaces,
    # keeps a number whole, and bm25() ranks. Existing documents are copied in.
    if schema_editor.connection.vendor != "sqlite":
        return
    from search.analysis import bigrams

    schema_editor.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(title, text, tokenize = 'unicode61')")
    rows = apps.get_model("catalogue_search", "IndexedDocument").objects.values_list("page_id", "title", "search_text")
    with schema_editor.connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE} (rowid, title, text) VALUES (%s, %s, %s)",
            [(page_id, " ".join(bigrams(title)), " ".join(bigrams(text))) for page_id, title, text in rows.iterator()],
        )


def drop_fts(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")


class Migration(migrations.Migration):
    dependencies = [("catalogue_search", "0003_keep_titles_inline_on_postgresql")]

    operations = [migrations.RunPython(create_fts, drop_fts)]
