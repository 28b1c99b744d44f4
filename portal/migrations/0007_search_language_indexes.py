"""One GIN index per language (PostgreSQL only): a search looks in one language at a time,
and a partial index answers ``language = … AND search_vector @@ …`` without a second index."""

from django.db import migrations

LANGUAGES = ("en", "et", "fi", "lv", "sv")


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for code in LANGUAGES:
        schema_editor.execute(
            f"CREATE INDEX portal_searchdocument_vector_{code} ON portal_searchdocument "
            f"USING gin (search_vector) WHERE language = '{code}'"
        )
    schema_editor.execute("DROP INDEX IF EXISTS portal_searchdocument_vector_gin")


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX portal_searchdocument_vector_gin ON portal_searchdocument "
        "USING gin (search_vector)"
    )
    for code in LANGUAGES:
        schema_editor.execute(f"DROP INDEX IF EXISTS portal_searchdocument_vector_{code}")


class Migration(migrations.Migration):
    dependencies = [("portal", "0006_living_lab_updated")]

    operations = [migrations.RunPython(forward, backward)]
