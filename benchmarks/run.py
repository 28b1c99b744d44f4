"""Benchmark the market pages under gunicorn + PostgreSQL against a static file (the ceiling).

    python benchmarks/run.py [--database-url postgres://postgres@127.0.0.1:5432/ballad_bench]
                             [--duration 10] [--concurrency 16] [--workers N] [--threads 4]

What it does, all on 127.0.0.1:

1. (re)creates the benchmark database (``ballad_bench`` by default), migrates it and loads
   the demo content;
2. collects static files into a temporary folder, with ``DJANGO_DEBUG`` off and a throwaway
   secret key, so that whitenoise serves them as in production;
3. starts gunicorn (gthread workers, keep-alive) on a free port;
4. for each page (the market list, one profile, a 3-market comparison and a static file)
   runs a short warm-up, then 16 client threads with keep-alive connections for
   ``--duration`` seconds (or ``--max-requests``), and reports requests per second and
   p50/p99 latency; each page's throughput is also shown as a fraction of the static file's.

The load generator is plain Python (threads + http.client) and shares the machine with the
server, so absolute numbers are modest; the ratio to the ceiling is the figure to compare.
Results are also written as JSON to ``benchmarks/results/`` (not committed).
"""

import argparse
import http.client
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
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
    ("static file (ceiling)", "/static/css/site.css"),
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


def load(port: int, path: str, *, concurrency: int, duration: float, max_requests: int) -> Result:
    latencies: list[list[float]] = [[] for _ in range(concurrency)]
    errors = [0] * concurrency
    issued = 0
    lock = threading.Lock()
    start_gate = threading.Barrier(concurrency + 1)
    deadline_box: list[float] = [0.0]

    def worker(index: int) -> None:
        nonlocal issued
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        start_gate.wait()
        own = latencies[index]
        while time.monotonic() < deadline_box[0]:
            with lock:
                if issued >= max_requests:
                    break
                issued += 1
            began = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    errors[index] += 1
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = http.client.HTTPConnection(HOST, port, timeout=30)
            except (OSError, http.client.HTTPException):
                errors[index] += 1
                connection.close()
                connection = http.client.HTTPConnection(HOST, port, timeout=30)
                continue
            own.append(time.perf_counter() - began)
        connection.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(concurrency)]
    for thread in threads:
        thread.start()
    began = time.perf_counter()
    deadline_box[0] = time.monotonic() + duration
    start_gate.wait()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - began
    samples = sorted(sample for own in latencies for sample in own)
    return summarise(path, samples, errors=sum(errors), seconds=seconds)


def summarise(path: str, samples: list[float], *, errors: int, seconds: float) -> Result:
    samples = sorted(samples)
    count = len(samples)
    p99 = samples[min(count - 1, int(count * 0.99))] if count else 0.0
    result = Result(
        page="",
        path=path,
        requests=count,
        errors=errors,
        seconds=round(seconds, 2),
        rps=round(count / seconds, 1) if seconds else 0.0,
        p50_ms=round(statistics.median(samples) * 1000, 1) if count else 0.0,
        p99_ms=round(p99 * 1000, 1),
    )
    result.samples = samples
    return result


def flush_redis(redis_url: str) -> None:
    import redis

    parsed = urlparse(redis_url)
    if parsed.hostname not in {"127.0.0.1", "localhost", "::1"}:
        sys.exit("The benchmark only uses a local Redis (127.0.0.1).")
    redis.Redis.from_url(redis_url).flushdb()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ballad_bench"
        ),
    )
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per page")
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="the pages take turns in this many rounds, so background load hits all alike",
    )
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds of warm-up per page")
    parser.add_argument("--max-requests", type=int, default=50_000, help="per page")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15"),
        help="the shared cache, as in production (this Redis database is flushed)",
    )
    parser.add_argument(
        "--no-page-cache",
        action="store_true",
        help="render every page (measures the code path of a signed-in or first visitor)",
    )
    args = parser.parse_args()

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
            "DJANGO_PAGE_CACHE_SECONDS": "0" if args.no_page_cache else "600",
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
        server = subprocess.Popen(command, cwd=ROOT, env=env)  # noqa: S603 - fixed arguments
        wait_until_up(port)

        for _name, path in PAGES:
            load(port, path, concurrency=args.concurrency, duration=args.warmup, max_requests=2_000)
        runs: dict[str, list[Result]] = {name: [] for name, _path in PAGES}
        for round_number in range(1, args.rounds + 1):
            for name, path in PAGES:
                runs[name].append(
                    load(
                        port,
                        path,
                        concurrency=args.concurrency,
                        duration=args.duration / args.rounds,
                        max_requests=args.max_requests,
                    )
                )
            print(f"  round {round_number} of {args.rounds} done", flush=True)
        results = []
        for name, path in PAGES:
            result = summarise(
                path,
                [sample for run in runs[name] for sample in run.samples],
                errors=sum(run.errors for run in runs[name]),
                seconds=sum(run.seconds for run in runs[name]),
            )
            result.page = name
            results.append(result)

        ceiling = results[-1].rps or 1.0
        for result in results:
            result.ratio = round(result.rps / ceiling, 3)

        print()
        print(f"{args.concurrency} concurrent keep-alive connections, {args.duration:g} s per page")
        header = (
            f"{'page':<24}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'of ceiling':>12}"
        )
        print(header)
        print("-" * len(header))
        for r in results:
            print(
                f"{r.page:<24}{r.rps:>9.1f}{r.p50_ms:>9.1f}{r.p99_ms:>9.1f}{r.errors:>8}"
                f"{r.ratio:>11.1%}"
            )
        folder = ROOT / "benchmarks" / "results"
        folder.mkdir(exist_ok=True)
        out = folder / f"{time.strftime('%Y%m%d-%H%M%S')}.json"
        out.write_text(
            json.dumps(
                {
                    "concurrency": args.concurrency,
                    "duration": args.duration,
                    "workers": args.workers,
                    "threads": args.threads,
                    "rounds": args.rounds,
                    "page_cache": not args.no_page_cache,
                    "results": [asdict(r) for r in results],
                },
                indent=2,
            )
        )
        print(f"\nSaved {out.relative_to(ROOT)}")
        if any(r.errors for r in results):
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
