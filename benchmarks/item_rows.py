"""Item rows for the benchmarks' bulk inserts (multi-table inheritance has no bulk_create for pages).

The scripts name the columns they vary; every other column of the item table gets its model default, so
a field added to ``DisclosureItemPage`` does not break the raw INSERT (a NOT NULL column with no
database default would)."""


def insert_items(rows):
    """Insert item rows (dicts of column → value, ``page_ptr_id`` included) in one executemany."""
    from django.db import connection

    from disclosure_pages.models import DisclosureItemPage

    fields = DisclosureItemPage._meta.local_concrete_fields
    given = set(rows[0])
    defaults = {field.column: field.get_db_prep_save(field.get_default(), connection)
                for field in fields if field.column not in given}
    columns = [field.column for field in fields]
    table = DisclosureItemPage._meta.db_table
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
    with connection.cursor() as cursor:
        cursor.executemany(sql, [[row[c] if c in given else defaults[c] for c in columns] for row in rows])
