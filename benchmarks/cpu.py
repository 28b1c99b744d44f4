"""CPU milliseconds and SQL queries per page, rendered in process with the Django test client.

    BALLAD_TESTING=1 .venv/bin/python benchmarks/cpu.py [--repeat 30] [--scale 1]
    BALLAD_TESTING=1 .venv/bin/python benchmarks/cpu.py --scales 1,10,100   # flat as it grows

Builds a throwaway SQLite test database with the reference data and the demo content (and,
with ``--scale N``, N-1 more copies of the demo's contacts, Living Labs and pilots: the lists
that grow; market profiles are one per country and sector), then renders each page ``--repeat`` times (after one warm-up) and prints the median
and the spread of the process CPU time (``time.process_time``) per page and its number of
SQL queries. No whole-page cache: this is the rendering path of signed-in visitors and of
every request the page cache does not answer. The data-layer and fragment caches
(``portal/content_cache.py``) are on, in this process's memory (Redis in production):

- *cold* empties every cache before each request: the first visitor after a content change;
- *warm* keeps them: every later visitor until the content changes.

``--scales 1,10,100`` runs one process per scale and prints, per page, the warm CPU time
(the fastest of the renders: the least disturbed by other work on the machine) and the cold
query count at each scale, and whether both stay within 20 % of the first scale.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    ("home", "/en/"),
    ("market list fi", "/fi/markets/"),
    ("profile en", "/en/markets/fi/e-health/"),
    ("profile fi", "/fi/markets/fi/e-health/"),
    ("comparison (3)", "/en/markets/compare/?m=fi-e-health&m=ee-e-health&m=lv-e-health"),
    ("Living Lab list", "/en/living-labs/"),
    ("Living Lab", "/en/living-labs/laurea-living-labs/"),
    ("contacts", "/en/contacts/"),
    ("network", "/en/network/"),
    ("publications", "/en/publications/"),
    ("transfer model", "/en/transfer-model/"),
    ("pilot list", "/en/pilots/"),
    ("pilot case", "/en/pilots/heart-monitor-finnish-hospitals/"),
    ("page", "/en/pages/about/"),
    ("search", "/fi/search/?q=et%C3%A4terveys"),
]
FLAT = 0.20  # within 20 % of the first scale


def _clear_caches() -> None:
    from django.core.cache import caches

    import portal.markdown

    for name in ("_cached", "_render"):
        memo = getattr(portal.markdown, name, None)
        if hasattr(memo, "cache_clear"):
            memo.cache_clear()
    for alias in caches:
        caches[alias].clear()


def _grow(copies: int) -> None:
    """``copies`` more of the demo's contacts, labs and pilots (with the suite's factories)."""
    if copies <= 0:
        return
    from portal import search_index
    from portal.models import Contact, Country, LivingLab, PartnerOrganisation, Sector
    from tests.factories import ContactFactory, LivingLabFactory
    from tests.pilots.factories import add_pilots

    countries = list(Country.objects.all())
    sectors = list(Sector.objects.all())
    organisation = PartnerOrganisation.objects.first()
    contacts = Contact.objects.filter(is_public=True).count()
    labs = LivingLab.objects.filter(is_published=True).count()
    from pilots.models import PilotCase

    pilots = PilotCase.objects.filter(is_published=True).count()
    with search_index.deferred():
        for index in range(contacts * copies):
            ContactFactory(
                organisation=organisation,
                country=countries[index % len(countries)],
                sectors=[sectors[index % len(sectors)]],
            )
        for index in range(labs * copies):
            LivingLabFactory(
                country=countries[index % len(countries)], sectors=[sectors[index % len(sectors)]]
            )
        add_pilots(pilots * copies)


def measure(repeat: int, scale: int) -> dict:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ballad.settings")
    os.environ.setdefault("BALLAD_TESTING", "1")
    # The data-layer and fragment caches on, in this process's memory (in production: Redis).
    os.environ.setdefault("DJANGO_CONTENT_CACHE_SECONDS", "3600")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    call_command("load_reference", verbosity=0)
    call_command("load_demo", verbosity=0)
    _grow(scale - 1)
    client = Client()
    results: dict = {"scale": scale, "pages": {}}
    for mode in ("cold", "warm"):
        for name, path in PAGES:
            _clear_caches()
            assert client.get(path).status_code == 200, path
            samples = []
            for _ in range(repeat):
                if mode == "cold":
                    _clear_caches()
                start = time.process_time()
                response = client.get(path)
                samples.append((time.process_time() - start) * 1000)
                assert response.status_code == 200, path
            with CaptureQueriesContext(connection) as queries:
                client.get(path)
            if mode == "cold":
                _clear_caches()
                with CaptureQueriesContext(connection) as queries:
                    client.get(path)
            results["pages"].setdefault(name, {})[mode] = {
                "median_ms": round(statistics.median(samples), 2),
                "min_ms": round(min(samples), 2),
                "max_ms": round(max(samples), 2),
                "queries": len(queries),
            }
    return results


def print_one(results: dict) -> None:
    print(f"scale {results['scale']}x")
    print(f"{'page':<16} {'mode':<5} {'median ms':>9} {'min-max ms':>14} {'queries':>8}")
    for mode in ("cold", "warm"):
        for name, modes in results["pages"].items():
            row = modes[mode]
            print(
                f"{name:<16} {mode:<5} {row['median_ms']:>9.1f} "
                f"{row['min_ms']:>6.1f}-{row['max_ms']:<7.1f} {row['queries']:>8}"
            )


def print_scales(runs: list[dict]) -> bool:
    scales = [run["scale"] for run in runs]
    head = "".join(f"{f'{s}x ms':>9}{f'{s}x q':>7}" for s in scales)
    print(f"{'page (warm / cold queries)':<28}{head}  flat")
    all_flat = True
    for name in runs[0]["pages"]:
        rows = [run["pages"][name] for run in runs]
        base_ms = rows[0]["warm"]["min_ms"]
        base_q = rows[0]["cold"]["queries"]
        flat = all(
            row["warm"]["min_ms"] <= base_ms * (1 + FLAT) + 0.2  # 0.2 ms: timer resolution
            and row["cold"]["queries"] <= base_q * (1 + FLAT)
            for row in rows
        )
        all_flat &= flat
        cells = "".join(f"{row['warm']['min_ms']:>9.1f}{row['cold']['queries']:>7}" for row in rows)
        print(f"{name:<28}{cells}  {'yes' if flat else 'NO'}")
    return all_flat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--scale", type=int, default=1, help="times the demo content")
    parser.add_argument("--scales", help="comma-separated scales, one process each, e.g. 1,10,100")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scales:
        runs = []
        for scale in (int(value) for value in args.scales.split(",")):
            print(f"… scale {scale}x", flush=True)
            output = subprocess.run(  # noqa: S603 - this script, fixed arguments
                [
                    sys.executable,
                    __file__,
                    "--repeat",
                    str(args.repeat),
                    "--scale",
                    str(scale),
                    "--json",
                ],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            runs.append(json.loads(output.strip().splitlines()[-1]))
        if not print_scales(runs):
            sys.exit("Not flat: a page grew by more than 20 % in CPU time or queries.")
        return
    results = measure(args.repeat, args.scale)
    if args.json:
        print(json.dumps(results))
    else:
        print_one(results)


if __name__ == "__main__":
    main()
