"""CPU milliseconds per page, rendered in process with the Django test client.

    BALLAD_TESTING=1 .venv/bin/python benchmarks/cpu.py [--repeat 30]

Builds a throwaway SQLite test database with the reference data and the demo content,
then renders each page ``--repeat`` times (after one warm-up) and prints the median and
the spread of the process CPU time (``time.process_time``) per page. No page cache (the
test settings have none): this is the rendering path of signed-in visitors, previews and
the first visitor after a change. "cold" empties the rendered-Markdown caches before
every request (the first render after a content change); "worker" empties only the
per-process memo (what a freshly started worker, or another one, sees: with the shared
cache its texts are already rendered); "warm" keeps both.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    ("profile en", "/en/markets/fi/e-health/"),
    ("profile fi", "/fi/markets/fi/e-health/"),
    ("market list fi", "/fi/markets/"),
]


def _clear_markdown_caches(*, shared: bool = True) -> None:
    from django.core.cache import caches

    import portal.markdown

    for name in ("_cached", "_render"):
        memo = getattr(portal.markdown, name, None)
        if hasattr(memo, "cache_clear"):
            memo.cache_clear()
    if not shared:
        return
    for alias in caches:
        caches[alias].clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ballad.settings")
    os.environ.setdefault("BALLAD_TESTING", "1")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    call_command("load_reference", verbosity=0)
    call_command("load_demo", verbosity=0)
    client = Client()
    print(f"{'page':<16} {'mode':<5} {'median ms':>9} {'min-max ms':>14}")
    for mode in ("cold", "worker", "warm"):
        for name, path in PAGES:
            _clear_markdown_caches()
            assert client.get(path).status_code == 200, path
            samples = []
            for _ in range(args.repeat):
                if mode != "warm":
                    _clear_markdown_caches(shared=mode == "cold")
                start = time.process_time()
                response = client.get(path)
                samples.append((time.process_time() - start) * 1000)
                assert response.status_code == 200, path
            low, high = min(samples), max(samples)
            median = statistics.median(samples)
            print(f"{name:<16} {mode:<5} {median:>9.1f} {low:>6.1f}-{high:<6.1f}")


if __name__ == "__main__":
    main()
