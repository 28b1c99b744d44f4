"""Benchmark the public pages under gunicorn + PostgreSQL + Redis against a static file.

    python benchmarks/run.py [--database-url postgres://postgres@127.0.0.1:5432/ballad_bench]
                             [--duration 2] [--rounds 3] [--concurrency 16] [--workers N]

What it does, all on 127.0.0.1:

1. (re)creates the benchmark database (``ballad_bench`` by default), migrates it and loads
   the demo content; makes a signed-in visitor's session;
2. collects static files into a temporary folder, with ``DJANGO_DEBUG`` off and a throwaway
   secret key, so that whitenoise serves them as in production;
3. starts gunicorn (gthread workers, keep-alive) on a free port, with the page cache and the
   data-layer and fragment caches in Redis (database 15 by default, flushed first);
4. drives the load with ``wrk`` (a compiled load generator: Debian's ``wrk`` package), 16
   keep-alive connections, for each page in four ways — *cached* (an anonymous visitor: the
   whole-page cache answers), *rendered* (a cookie the page cache ignores, so the page is
   rendered, from the data-layer and fragment caches), *signed-in* (a real session) and
   *304* (``If-None-Match`` with the page's ETag) — each run right after a run of the static
   file (the ceiling), so each ratio is taken against a ceiling measured seconds before;
5. repeats that ``--rounds`` times and prints, per page and way, the median requests per
   second, p50/p99 latency and the median ratio to the ceiling with its spread (min-max).

CPU milliseconds per page in process, and the flatness from 1 to 100 times the content,
come from ``benchmarks/cpu.py``. Results are also written as JSON to ``benchmarks/results/``
(not committed).
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PAGES = [
    ("home", "/en/"),
    ("market list", "/en/markets/"),
    ("profile", "/en/markets/fi/e-health/"),
    ("comparison (3)", "/en/markets/compare/?m=fi-e-health&m=ee-e-health&m=lv-e-health"),
    ("Living Lab list", "/en/living-labs/"),
    ("transfer model", "/en/transfer-model/"),
    ("pilot case", "/en/pilots/heart-monitor-finnish-hospitals/"),
    ("contacts", "/en/contacts/"),
    ("network", "/en/network/"),
]


@dataclass
class Result:
    page: str
    path: str
    requests: int
    errors: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    ratio: float = 0.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


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


def manage(env: dict, *args: str) -> None:
    subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True
    )


def wait_until_up(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer /healthz in time")


def flush_redis(redis_url: str) -> None:
    import redis

    parsed = urlparse(redis_url)
    if parsed.hostname not in {"127.0.0.1", "localhost", "::1"}:
        sys.exit("The benchmark only uses a local Redis (127.0.0.1).")
    redis.Redis.from_url(redis_url).flushdb()


WAYS = ("cached", "rendered", "signed-in", "304")
CEILING = ("static file (ceiling)", "/static/css/site.css")


def wrk(port: int, path: str, *, headers: dict, concurrency: int, duration: float) -> Result:
    """One run of ``wrk``: requests per second, p50/p99 latency, failed requests."""
    command = [
        "wrk", "--latency", "-t", "2", "-c", str(concurrency), "-d", f"{max(1, round(duration))}s",
        "-H", "Accept-Encoding: gzip",
    ]  # fmt: skip
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    command.append(f"http://{HOST}:{port}{path}")
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout  # noqa: S603
    return parse_wrk(path, output)


def _ms(text: str) -> float:
    value = float(re.match(r"[\d.]+", text).group())
    unit = text[len(re.match(r"[\d.]+", text).group()) :]
    return round(value * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit], 2)


def parse_wrk(path: str, output: str) -> Result:
    requests = int(re.search(r"(\d+) requests in ([\d.]+)(\w+)", output).group(1))
    seconds_text = re.search(r"\d+ requests in ([\d.]+\w+)", output).group(1)
    percentiles = dict(re.findall(r"^\s+(50|99)(?:\.000)?%\s+(\S+)$", output, re.MULTILINE))
    errors = sum(
        int(number) for number in re.findall(r"(?:connect|read|write|timeout) (\d+)", output)
    ) + int((re.search(r"Non-2xx or 3xx responses: (\d+)", output) or [0, 0])[1])
    return Result(
        page="",
        path=path,
        requests=requests,
        errors=errors,
        seconds=_ms(seconds_text) / 1000,
        rps=float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        p50_ms=_ms(percentiles.get("50", "0ms")),
        p99_ms=_ms(percentiles.get("99", "0ms")),
    )


def fetch(port: int, path: str, headers: dict | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    connection.request("GET", path, headers={"Accept-Encoding": "gzip", **(headers or {})})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def signed_in_cookie(env: dict) -> str:
    """A session of a signed-in (non-staff) visitor, made in the benchmark database."""
    code = (
        "from django.conf import settings; from django.contrib.auth import get_user_model, "
        "BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY; "
        "from importlib import import_module; "
        "SessionStore = import_module(settings.SESSION_ENGINE).SessionStore; "
        "user, _ = get_user_model().objects.get_or_create(email='bench-visitor@example.org'); "
        "session = SessionStore(); session[SESSION_KEY] = str(user.pk); "
        "session[BACKEND_SESSION_KEY] = 'django.contrib.auth.backends.ModelBackend'; "
        "session[HASH_SESSION_KEY] = user.get_session_auth_hash(); session.create(); "
        "print(f'{settings.SESSION_COOKIE_NAME}={session.session_key}')"
    )
    output = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return output.strip().splitlines()[-1]


def headers_for(way: str, port: int, path: str, session_cookie: str) -> dict:
    if way == "rendered":
        return {"Cookie": "bench=1"}  # any cookie but the language's: the page cache steps aside
    if way == "signed-in":
        return {"Cookie": session_cookie}
    if way == "304":
        etag = fetch(port, path).getheader("ETag") or fetch(port, path).getheader("ETag")
        return {"If-None-Match": etag} if etag else {}
    return {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ballad_bench"
        ),
    )
    parser.add_argument("--duration", type=int, default=2, help="seconds per wrk run")
    parser.add_argument("--rounds", type=int, default=3, help="repeats; the median is shown")
    parser.add_argument(
        "--pause",
        type=float,
        default=1.0,
        help="seconds between runs: a slow page's queued requests would slow the next run",
    )
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument(
        "--ways", default=",".join(WAYS), help="comma-separated: " + ", ".join(WAYS)
    )
    parser.add_argument("--pages", help="comma-separated page names (default: all)")
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15"),
        help="the shared cache, as in production (this Redis database is flushed)",
    )
    parser.add_argument(
        "--no-content-cache",
        action="store_true",
        help="turn the data-layer and fragment caches off (the rendering path before them)",
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk")
    ways = [way for way in args.ways.split(",") if way in WAYS]
    pages = [
        (name, path) for name, path in PAGES if not args.pages or name in args.pages.split(",")
    ]

    static_root = tempfile.mkdtemp(prefix="ballad-bench-static-")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"BALLAD_TESTING", "DJANGO_DEBUG", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
            "BALLAD_BENCH_STATIC_ROOT": static_root,
            "DATABASE_URL": args.database_url,
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),  # throwaway, never stored
            "DJANGO_ALLOWED_HOSTS": HOST,
            "DJANGO_SECURE_SSL_REDIRECT": "0",  # plain HTTP on the loopback interface
            "DJANGO_LOG_LEVEL": "WARNING",
            "REDIS_URL": args.redis_url,
            "DJANGO_PAGE_CACHE_SECONDS": "600",
            "DJANGO_CONTENT_CACHE_SECONDS": "0" if args.no_content_cache else "3600",
            # One client address (wrk) asks for everything: no per-client store limit here.
            "DJANGO_PAGE_CACHE_STORES_PER_CLIENT": "1000000",
        }
    )
    server = None
    try:
        print(f"Preparing {args.database_url} …", flush=True)
        recreate_database(args.database_url)
        flush_redis(args.redis_url)
        manage(env, "migrate", "--no-input", "-v", "0")
        manage(env, "load_demo")
        manage(env, "collectstatic", "--no-input", "-v", "0")
        session_cookie = signed_in_cookie(env)

        port = free_port()
        command = [
            sys.executable, "-m", "gunicorn", "ballad.wsgi:application",
            "--bind", f"{HOST}:{port}",
            "--workers", str(args.workers),
            "--worker-class", "gthread",
            "--threads", str(args.threads),
            "--keep-alive", "5",
            "--log-level", "warning",
        ]  # fmt: skip
        print(
            f"Starting gunicorn on {HOST}:{port} ({args.workers} workers x {args.threads} threads)",
            flush=True,
        )
        # The server's request log (one JSON line per request, as in production) to a file.
        server_log = open(Path(static_root) / "gunicorn.log", "w")  # noqa: SIM115
        server = subprocess.Popen(  # noqa: S603 - fixed arguments
            command, cwd=ROOT, env=env, stdout=server_log, stderr=subprocess.STDOUT
        )
        wait_until_up(port)

        for _name, path in [*pages, CEILING]:  # warm-up: every cache filled once
            for way in ways:
                wrk(
                    port,
                    path,
                    headers=headers_for(way, port, path, session_cookie),
                    concurrency=4,
                    duration=1,
                )
        runs: dict[tuple[str, str], list[tuple[Result, Result]]] = {}
        for round_number in range(1, args.rounds + 1):
            for name, path in pages:
                for way in ways:
                    time.sleep(args.pause)  # the previous run's queued requests drain first
                    ceiling = wrk(
                        port, CEILING[1], headers={}, concurrency=args.concurrency,
                        duration=args.duration,
                    )  # fmt: skip
                    time.sleep(args.pause)
                    page = wrk(
                        port,
                        path,
                        headers=headers_for(way, port, path, session_cookie),
                        concurrency=args.concurrency,
                        duration=args.duration,
                    )
                    runs.setdefault((name, way), []).append((page, ceiling))
            print(f"  round {round_number} of {args.rounds} done", flush=True)

        rows = []
        for (name, way), pairs in runs.items():
            ratios = sorted(page.rps / ceiling.rps for page, ceiling in pairs if ceiling.rps)
            rows.append(
                {
                    "page": name,
                    "way": way,
                    "rps": round(statistics.median(page.rps for page, _ in pairs), 1),
                    "p50_ms": statistics.median(page.p50_ms for page, _ in pairs),
                    "p99_ms": statistics.median(page.p99_ms for page, _ in pairs),
                    "errors": sum(page.errors for page, _ in pairs),
                    "ceiling_rps": round(statistics.median(c.rps for _, c in pairs), 1),
                    "ceiling_p99_ms": statistics.median(c.p99_ms for _, c in pairs),
                    "ratio": round(statistics.median(ratios), 4),
                    "ratio_min": round(ratios[0], 4),
                    "ratio_max": round(ratios[-1], 4),
                }
            )

        print()
        print(
            f"wrk, {args.concurrency} keep-alive connections, {args.duration:g} s per run, "
            f"{args.rounds} rounds; each run right after one of the static file"
        )
        header = (
            f"{'page':<18}{'way':<11}{'req/s':>8}{'p50 ms':>8}{'p99 ms':>8}{'errors':>7}"
            f"{'ceiling':>9}{'its p99':>8}{'of ceiling (min-max)':>24}"
        )
        print(header)
        print("-" * len(header))
        for row in rows:
            spread = f"{row['ratio']:.1%} ({row['ratio_min']:.1%}-{row['ratio_max']:.1%})"
            print(
                f"{row['page']:<18}{row['way']:<11}{row['rps']:>8.0f}{row['p50_ms']:>8.1f}"
                f"{row['p99_ms']:>8.1f}{row['errors']:>7}{row['ceiling_rps']:>9.0f}"
                f"{row['ceiling_p99_ms']:>8.1f}{spread:>24}"
            )
        folder = ROOT / "benchmarks" / "results"
        folder.mkdir(exist_ok=True)
        out = folder / f"{time.strftime('%Y%m%d-%H%M%S')}.json"
        out.write_text(
            json.dumps(
                {
                    "load_generator": "wrk",
                    "concurrency": args.concurrency,
                    "duration": args.duration,
                    "workers": args.workers,
                    "threads": args.threads,
                    "rounds": args.rounds,
                    "content_cache": not args.no_content_cache,
                    "results": rows,
                },
                indent=2,
            )
        )
        print(f"\nSaved {out.relative_to(ROOT)}")
        if any(row["errors"] for row in rows):
            sys.exit("Some requests failed: see the errors column.")
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(static_root, ignore_errors=True)


if __name__ == "__main__":
    main()
