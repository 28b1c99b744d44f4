"""The full-text vectors in a narrow table of their own (PostgreSQL only).

A query that matches thousands of documents visits every matching row to count and rank
it; beside the texts (title, summary, body, URL) those rows were wide. The vectors now live
in ``portal_searchvector`` with only the columns a search filters, groups and ranks by
(language, kind, countries, sectors, published), kept by triggers on
``portal_searchdocument`` (insert, update, delete, truncate). Two vectors per document:
``head`` (title A, summary B), so that a search can gather every title and summary hit
before it ranks, and ``search_vector`` (head plus body C). Their GIN indexes, one per
language, have ``fastupdate`` off: a search never reads a pending list of recent inserts.
The trigram index of the "Did you mean" words is split by language the same way (one index
over all languages made the planner compare the query with every word of the language).
"""

from django.db import migrations

LANGUAGES = ("en", "et", "fi", "lv", "sv")

FORWARD = r"""
CREATE TABLE portal_searchvector (
  document_id bigint PRIMARY KEY,
  language varchar(5) NOT NULL,
  kind varchar(40) NOT NULL,
  countries varchar(100) NOT NULL,
  sectors varchar(100) NOT NULL,
  is_published boolean NOT NULL,
  head tsvector NOT NULL,
  search_vector tsvector NOT NULL
);
DROP TRIGGER IF EXISTS portal_searchdocument_vector ON portal_searchdocument;
DROP FUNCTION IF EXISTS portal_searchdocument_vector();
ALTER TABLE portal_searchdocument DROP COLUMN IF EXISTS search_vector;
CREATE FUNCTION portal_searchdocument_vector() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  config regconfig;
  head tsvector;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM portal_searchvector WHERE document_id = OLD.id;
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.id <> NEW.id THEN
    DELETE FROM portal_searchvector WHERE document_id = OLD.id;
  END IF;
  config := ballad_search_config(NEW.language);
  head := setweight(to_tsvector(config, NEW.title), 'A') ||
          setweight(to_tsvector(config, NEW.summary), 'B');
  INSERT INTO portal_searchvector AS v
    (document_id, language, kind, countries, sectors, is_published, head, search_vector)
  VALUES (NEW.id, NEW.language, NEW.kind, NEW.countries, NEW.sectors, NEW.is_published,
          head, head || setweight(to_tsvector(config, NEW.body), 'C'))
  ON CONFLICT (document_id) DO UPDATE SET
    language = EXCLUDED.language, kind = EXCLUDED.kind, countries = EXCLUDED.countries,
    sectors = EXCLUDED.sectors, is_published = EXCLUDED.is_published,
    head = EXCLUDED.head, search_vector = EXCLUDED.search_vector;
  RETURN NEW;
END $$;
CREATE FUNCTION portal_searchdocument_truncate() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE portal_searchvector;
  RETURN NULL;
END $$;
CREATE TRIGGER portal_searchdocument_vector AFTER INSERT OR UPDATE OR DELETE
  ON portal_searchdocument FOR EACH ROW EXECUTE FUNCTION portal_searchdocument_vector();
CREATE TRIGGER portal_searchdocument_truncate AFTER TRUNCATE
  ON portal_searchdocument FOR EACH STATEMENT EXECUTE FUNCTION portal_searchdocument_truncate();
UPDATE portal_searchdocument SET id = id;
"""

BACKWARD = r"""
DROP TRIGGER IF EXISTS portal_searchdocument_truncate ON portal_searchdocument;
DROP FUNCTION IF EXISTS portal_searchdocument_truncate();
DROP TRIGGER IF EXISTS portal_searchdocument_vector ON portal_searchdocument;
DROP FUNCTION IF EXISTS portal_searchdocument_vector();
DROP TABLE IF EXISTS portal_searchvector;
ALTER TABLE portal_searchdocument ADD COLUMN search_vector tsvector;
CREATE FUNCTION portal_searchdocument_vector() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector(ballad_search_config(NEW.language), NEW.title), 'A') ||
    setweight(to_tsvector(ballad_search_config(NEW.language), NEW.summary), 'B') ||
    setweight(to_tsvector(ballad_search_config(NEW.language), NEW.body), 'C');
  RETURN NEW;
END $$;
CREATE TRIGGER portal_searchdocument_vector BEFORE INSERT OR UPDATE
  ON portal_searchdocument FOR EACH ROW EXECUTE FUNCTION portal_searchdocument_vector();
UPDATE portal_searchdocument SET id = id;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FORWARD)
    for code in LANGUAGES:
        for column in ("head", "search_vector"):
            schema_editor.execute(
                f"CREATE INDEX portal_searchvector_{column}_{code} ON portal_searchvector "
                f"USING gin ({column}) WITH (fastupdate = off) WHERE language = '{code}'"
            )
        schema_editor.execute(
            f"CREATE INDEX portal_searchword_trgm_{code} ON portal_searchword "
            f"USING gin (word gin_trgm_ops) WITH (fastupdate = off) WHERE language = '{code}'"
        )
    schema_editor.execute("DROP INDEX IF EXISTS portal_searchword_trgm")


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(BACKWARD)
    schema_editor.execute(
        "CREATE INDEX portal_searchword_trgm ON portal_searchword USING gin (word gin_trgm_ops)"
    )
    for code in LANGUAGES:
        schema_editor.execute(
            f"CREATE INDEX portal_searchdocument_vector_{code} ON portal_searchdocument "
            f"USING gin (search_vector) WHERE language = '{code}'"
        )
        schema_editor.execute(f"DROP INDEX IF EXISTS portal_searchword_trgm_{code}")


class Migration(migrations.Migration):
    dependencies = [("portal", "0009_publication_owner")]

    operations = [migrations.RunPython(forward, backward)]
