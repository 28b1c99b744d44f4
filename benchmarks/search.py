"""Benchmark site search on PostgreSQL: the demo index and an index 100 times its size.

    python benchmarks/search.py [--database-url postgres://postgres@127.0.0.1:5432/ballad_bench_search]
                                [--rounds 200] [--scale 100]

1. (re)creates the benchmark database, migrates it and loads the demo content (which builds
   the search index);
2. for each language, times a one-word and a three-word query through ``portal.search.search``
   (the service the page calls: counts per type, one page of ranked hits with highlighted
   snippets) and through the whole page (``/<lang>/search/?q=…`` with the Django test client,
   templates included), ``--rounds`` times each after a warm-up;
3. copies every document of the index ``--scale - 1`` times (the trigger computes each copy's
   ``tsvector`` rows in ``portal_searchvector``, the GIN indexes take them in) and measures
   again.

Reports p50/p99 latency and requests per second of one client (1 / mean latency) per query.
Goal: p99 under 50 ms at 100 times the demo index, for the service. Runs in-process, sequentially, on a shared
machine: the figures are an upper bound of what the database and the service cost.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = {
    "en": ("procurement", "health data regulation"),
    "et": ("Rootsi", "tervishoiuteenuste andmed patsient"),
    "fi": ("etähoito", "julkiset hankinnat sairaalat"),
    "lv": ("Zviedrija", "veselibas dati pacienti"),
    "sv": ("upphandling", "regioner digitala tjänster"),
}


def recreate_database(database_url: str) -> None:
    import psycopg

    parsed = urlparse(database_url)
    name = parsed.path.lstrip("/")
    if parsed.hostname not in {"127.0.0.1", "localhost", "::1"}:
        sys.exit("The benchmark only runs against a local PostgreSQL (127.0.0.1).")
    if not name.replace("_", "").isalnum():
        sys.exit(f"Unexpected database name {name!r}.")
    admin_url = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def measure(call, rounds: int) -> dict:
    for _ in range(5):
        call()
    samples = []
    for _ in range(rounds):
        began = time.perf_counter()
        call()
        samples.append(time.perf_counter() - began)
    return {
        "p50_ms": round(statistics.median(samples) * 1000, 1),
        "p99_ms": round(percentile(samples, 0.99) * 1000, 1),
        "rps": round(1 / statistics.mean(samples), 1),
    }


def grow_index(scale: int) -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM portal_searchdocument WHERE object_id LIKE '%%-copy%%'")
        cursor.execute(
            "INSERT INTO portal_searchdocument (kind, source, object_id, part, language, title, "
            "summary, body, countries, sectors, url, is_published, updated_at) "
            "SELECT kind, source, object_id || '-copy' || copy, part, language, title, summary, "
            "body, countries, sectors, url, is_published, updated_at "
            "FROM portal_searchdocument CROSS JOIN generate_series(1, %s) AS copy "
            "WHERE object_id NOT LIKE '%%-copy%%'",
            [scale - 1],
        )
        cursor.execute("ANALYZE portal_searchdocument")
        cursor.execute("ANALYZE portal_searchvector")
        cursor.execute("ANALYZE portal_searchword")
        cursor.execute("SELECT count(*) FROM portal_searchdocument")
        return cursor.fetchone()[0]


def run_round(label: str, rounds: int) -> list[dict]:
    from django.test import Client

    from portal.search import search

    client = Client()
    rows = []
    for language, queries in QUERIES.items():
        for query in queries:
            hits = search(query, language=language).total
            service = measure(lambda q=query, lang=language: search(q, language=lang).hits, rounds)
            page = measure(
                lambda q=query, lang=language: client.get(f"/{lang}/search/", {"q": q}),
                max(rounds // 4, 20),
            )
            rows.append(
                {
                    "index": label,
                    "language": language,
                    "query": query,
                    "hits": hits,
                    "service": service,
                    "page": page,
                }
            )
            print(
                f"{label:>5} {language} {query[:36]:<36} {hits:>6} hits | service "
                f"p50 {service['p50_ms']:>6} ms p99 {service['p99_ms']:>6} ms "
                f"{service['rps']:>7}/s | page p50 {page['p50_ms']:>6} ms "
                f"p99 {page['p99_ms']:>6} ms {page['rps']:>6}/s",
                flush=True,
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ballad_bench_search"
        ),
    )
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--skip-load", action="store_true", help="reuse the database as it is")
    args = parser.parse_args()

    if not args.skip_load:
        recreate_database(args.database_url)
    os.environ.update(
        {
            "DATABASE_URL": args.database_url,
            "DJANGO_DEBUG": "1",
            "DJANGO_PAGE_CACHE_SECONDS": "0",
            # Connections live on between pages, as in production (a new one loads the
            # Latvian Ispell dictionary once, 70 to 150 ms).
            "DJANGO_CONN_MAX_AGE": os.environ.get("DJANGO_CONN_MAX_AGE", "60"),
            "DJANGO_ALLOWED_HOSTS": "testserver",
            "DJANGO_SETTINGS_MODULE": "ballad.settings",
        }
    )
    os.chdir(ROOT)
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0)
    if not args.skip_load:
        call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    else:
        grow_index(1)  # back to the demo index
    from portal.models import SearchDocument

    print(f"demo index: {SearchDocument.objects.count()} documents", flush=True)
    run_round("demo", args.rounds)
    total = grow_index(args.scale)
    print(f"{args.scale}x index: {total} documents", flush=True)
    rows = run_round(f"{args.scale}x", args.rounds)
    worst = max(row["service"]["p99_ms"] for row in rows)
    print(f"worst service p99 at {args.scale}x: {worst} ms (goal < 50 ms)")


if __name__ == "__main__":
    main()
