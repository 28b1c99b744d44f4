"""Latvian stemming through Hunspell's Latvian dictionary, when the server has it (PostgreSQL).

``deploy/tsearch_dictionaries.py`` writes ``ballad_lv.affix``/``ballad_lv.dict`` (words
and rules without diacritics) into the server's ``tsearch_data``. When PostgreSQL can load
them, this creates the ``ballad_latvian`` configuration (``unaccent``, then the Ispell
dictionary, then ``simple`` for unknown words), points ``ballad_search_config('lv')`` at it
and recomputes the Latvian vectors: "pacientiem" finds "pacienti", "Zviedrijas" finds
"Zviedrijā", "veselibas" finds "veselības". Without the files (or when the server rejects
them) nothing changes and Latvian stays on ``simple`` + ``unaccent`` with prefix matching;
a notice says why. Added the files later? ``migrate portal 0010`` then ``migrate``.
"""

from django.db import migrations

CONFIG_FUNCTION = r"""
CREATE OR REPLACE FUNCTION ballad_search_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT CASE language
    WHEN 'en' THEN 'pg_catalog.english'::regconfig
    WHEN 'fi' THEN 'pg_catalog.finnish'::regconfig
    WHEN 'sv' THEN 'pg_catalog.swedish'::regconfig
    {latvian}
    ELSE 'public.ballad_unaccent'::regconfig END
$f$
"""
LATVIAN = "WHEN 'lv' THEN 'public.ballad_latvian'::regconfig"

FORWARD = rf"""
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'ballad_latvian_ispell') THEN
    CREATE TEXT SEARCH DICTIONARY public.ballad_latvian_ispell
      (TEMPLATE = ispell, DictFile = ballad_lv, AffFile = ballad_lv);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'ballad_latvian') THEN
    CREATE TEXT SEARCH CONFIGURATION public.ballad_latvian (COPY = simple);
    ALTER TEXT SEARCH CONFIGURATION public.ballad_latvian
      ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
      WITH unaccent, public.ballad_latvian_ispell, simple;
  END IF;
  EXECUTE $sql${CONFIG_FUNCTION.format(latvian=LATVIAN)}$sql$;
  UPDATE portal_searchdocument SET id = id WHERE language = 'lv';
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE USING MESSAGE =
    'Latvian search keeps simple + unaccent (no Ispell dictionary: ' || SQLERRM || ')';
END $$;
"""

BACKWARD = rf"""
{CONFIG_FUNCTION.format(latvian="")};
DROP TEXT SEARCH CONFIGURATION IF EXISTS public.ballad_latvian;
DROP TEXT SEARCH DICTIONARY IF EXISTS public.ballad_latvian_ispell;
UPDATE portal_searchdocument SET id = id WHERE language = 'lv';
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("portal", "0010_search_vectors")]

    operations = [migrations.RunPython(forward, backward)]
