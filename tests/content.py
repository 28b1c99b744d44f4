"""Load content files in tests: the reference data, or the demo of some apps (see portal.content).

Loading is the slowest part of many tests (the demo of every app takes seconds: hundreds of
files, the search index, four PDF reports). On PostgreSQL each distinct load is therefore
done for real once per test session and *replayed* afterwards: the first time a load starts
from a given database state, the rows of every table it changed are copied out
(``COPY … TO STDOUT``) together with the media files it wrote; when a later test starts the
same load from the same state — the same rows, compared by a hash of every row of every
table — on the same day with the same ``DEBUG``, those tables are emptied and copied back in, the sequences reset, the media files
written to the test's ``MEDIA_ROOT`` and the page cache invalidated, as a real load does.
Any other starting state (a test that created a user first, say) loads for real, so a replay
is never a guess. ``BALLAD_TEST_REPLAY=0`` turns replaying off; SQLite always loads for real.

Tests on a transactional database (the browser tests) replay too when they reset the
sequences (``django_db_reset_sequences``): Django's flush after each such test re-creates
the content types, permissions and role groups, with the same ids only if the sequences
started again from 1.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone

from portal import content
from portal.page_cache import page_cache_invalidate


def load_reference(*app_labels: str) -> None:
    _replayed(((content.REFERENCE, app_labels),))


def load_demo(*app_labels: str) -> None:
    """The reference data and the demo content of ``app_labels`` (all apps if none)."""
    _replayed(((content.REFERENCE, app_labels), (content.DEMO, app_labels)))


# --- Replaying loads --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Snapshot:
    tables: dict[str, bytes]  # table → its rows after the load, in COPY text format
    models: tuple  # the models of those tables, for resetting their sequences
    media: dict[str, bytes]  # path relative to MEDIA_ROOT → the bytes the load wrote
    signature: tuple  # the database state the load left


_snapshots: dict[tuple, _Snapshot] = {}
stats = {"loaded": 0, "replayed": 0}


def _replay_enabled() -> bool:
    return connection.vendor == "postgresql" and os.environ.get("BALLAD_TEST_REPLAY") != "0"


def _replayed(steps) -> None:
    if not _replay_enabled():
        for dataset, app_labels in steps:
            content.load(dataset, app_labels=app_labels)
        return
    before = _signature()
    # What a load reads besides the files and the database: the day (dates relative to
    # today) and DEBUG (demo accounts get a usable password only in DEBUG).
    key = (steps, timezone.localdate(), settings.DEBUG, before)
    snapshot = _snapshots.get(key)
    if snapshot is not None:
        _restore(snapshot)
        stats["replayed"] += 1
        return
    media_before = _media_files()
    for dataset, app_labels in steps:
        content.load(dataset, app_labels=app_labels)
    stats["loaded"] += 1
    after = _signature()
    changed = [table for table, state in after if state != dict(before).get(table)]
    media_root = Path(settings.MEDIA_ROOT)
    _snapshots[key] = _Snapshot(
        tables={table: _copy_out(table) for table in changed},
        models=tuple(model for model in _models() if model._meta.db_table in changed),
        media={
            path: (media_root / path).read_bytes()
            for path in sorted(set(_media_files()) - set(media_before))
        },
        signature=after,
    )


def _models():
    return [model for model in apps.get_models(include_auto_created=True) if model._meta.managed]


def _tables() -> list[str]:
    existing = set(connection.introspection.table_names())
    return sorted({model._meta.db_table for model in _models()} & existing)


def _signature() -> tuple:
    """``((table, (row count, sum of row hashes)), …)`` for every table: equal states, equal
    signatures (a changed, added or removed row changes its table's pair)."""
    quote = connection.ops.quote_name
    tables = _tables()
    row = "SELECT {}, count(*), coalesce(sum(hashtextextended(t::text, 0)), 0) FROM {} t"
    parts = [row.format(index, quote(table)) for index, table in enumerate(tables)]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts))
        rows = {index: (count, int(total)) for index, count, total in cursor.fetchall()}
    return tuple((table, rows[index]) for index, table in enumerate(tables))


def _copy_out(table: str) -> bytes:
    statement = f"COPY {connection.ops.quote_name(table)} TO STDOUT"
    with connection.cursor() as cursor, cursor.copy(statement) as copy:
        return b"".join(bytes(chunk) for chunk in copy)


def _restore(snapshot: _Snapshot) -> None:
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        for table in snapshot.tables:
            cursor.execute(f"DELETE FROM {quote(table)}")  # noqa: S608 - a model table
        for table, rows in snapshot.tables.items():
            if rows:
                with cursor.copy(f"COPY {quote(table)} FROM STDIN") as copy:
                    copy.write(rows)
        for statement in connection.ops.sequence_reset_sql(no_style(), snapshot.models):
            cursor.execute(statement)
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # check the foreign keys now,
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")  # then back to Django's default
    media_root = Path(settings.MEDIA_ROOT)
    for path, data in snapshot.media.items():
        target = media_root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    page_cache_invalidate()


def _media_files() -> list[str]:
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return []
    return [str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()]
