"""The morning-campaign load test: locust against nginx → gunicorn instances → PostgreSQL + Redis.

    .venv/bin/python benchmarks/loadtest.py [--duration 60] [--users 40] [--instances 2] [--faults]

1. brings up ``benchmarks/stack.py`` (own PostgreSQL on 5515, Redis on 6415, SMTP sink,
   N gunicorn instances, the worker, nginx on https://127.0.0.1:8443/);
2. runs ``benchmarks/locustfile.py`` headless for ``--duration`` seconds;
   with ``--faults`` it SIGKILLs one instance at a third of the run, stops Redis at
   half of it (started again at five sixths) and SIGKILLs the task worker at two thirds
   (a new one starts at once and queues the dead one's running task again);
3. waits for the worker to send the queued e-mails, then counts: submissions accepted
   (as locust saw them) = rows in the database = confirmation e-mails in the SMTP sink,
   each address exactly once;
4. prints requests/s, p50/p95/p99 and failures per page type, and exits 1 when any count
   differs or (without ``--faults``) any request failed.
"""

import argparse
import collections
import csv
import email.utils
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.stack import COUNSELOR_PASSWORD, COUNSELOR_TOTP_SECRET, Stack

ROOT = Path(__file__).resolve().parent.parent


def _faults(stack: Stack, duration: float, log: list[str]) -> threading.Thread:
    def run():
        start = time.monotonic()

        def at(fraction: float, what: str, action) -> None:
            time.sleep(max(0.0, start + duration * fraction - time.monotonic()))
            action()
            log.append(f"{time.monotonic() - start:5.1f} s  {what}")
            print(f"[faults] {log[-1]}", flush=True)

        at(1 / 3, "instance 2 killed (SIGKILL, master and workers)", lambda: stack.kill_instance(1))
        at(1 / 2, "Redis stopped", stack.stop_redis)
        at(2 / 3, "worker killed (SIGKILL) and started again", stack.kill_worker)
        at(5 / 6, "Redis started again (empty)", stack.start_redis)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _recipients(stack: Stack) -> collections.Counter:
    counts = collections.Counter()
    for message in stack.messages():
        for _name, address in email.utils.getaddresses(message.get_all("To", [])):
            if address.endswith("@loadtest.example.org"):
                counts[address.lower()] += 1
    return counts


def _rows(stack: Stack) -> collections.Counter:
    out = stack.psql(
        "ballad",
        "SELECT email FROM counseling_counselingrequest WHERE email LIKE '%@loadtest.example.org'",
    )
    return collections.Counter(line for line in out.splitlines() if line)


def _wait_for_mail(stack: Stack, expected: int, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and sum(_recipients(stack).values()) < expected:
        time.sleep(1)
    time.sleep(3)  # anything sent twice would arrive now


def _stats(prefix: Path) -> list[dict]:
    with open(f"{prefix}_stats.csv", newline="") as file:
        return list(csv.DictReader(file))


def _print_stats(rows: list[dict]) -> None:
    print(
        f"\n{'page type':24} {'requests':>9} {'req/s':>7} {'p50':>6} {'p95':>6} {'p99':>6} {'fail':>5}"
    )
    for row in rows:
        name = row["Name"] if row["Name"] != "Aggregated" else "all"
        print(
            f"{name:24} {row['Request Count']:>9} {float(row['Requests/s']):7.1f}"
            f" {row['50%']:>6} {row['95%']:>6} {row['99%']:>6} {row['Failure Count']:>5}"
        )
    print("(latencies in ms, as locust measures them through nginx and TLS)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds of load (60)")
    parser.add_argument("--users", type=int, default=40, help="simultaneous simulated users (40)")
    parser.add_argument("--spawn-rate", type=float, default=10)
    parser.add_argument("--instances", type=int, default=2, help="gunicorn instances (2)")
    parser.add_argument("--workers", type=int, help="gunicorn workers per instance")
    parser.add_argument("--faults", action="store_true", help="kill an instance, stop Redis")
    parser.add_argument("--dir", type=Path, help="stack folder (default: temporary)")
    parser.add_argument("--keep", action="store_true", help="keep the stack folder")
    args = parser.parse_args()
    if args.faults and args.instances < 2:
        parser.error("--faults kills one instance: it needs --instances 2 or more")

    directory = args.dir or Path(tempfile.mkdtemp(prefix="ballad-loadtest-"))
    stack = Stack(directory, instances=args.instances, workers=args.workers)
    accepted_file = directory / "accepted.txt"
    prefix = directory / "locust"
    fault_log: list[str] = []
    try:
        stack.start()
        accepted_file.unlink(missing_ok=True)
        env = {
            **os.environ,
            "BALLAD_LOADTEST_ACCEPTED": str(accepted_file),
            "BALLAD_LOADTEST_COUNSELOR_PASSWORD": COUNSELOR_PASSWORD,
            "BALLAD_LOADTEST_COUNSELOR_TOTP": COUNSELOR_TOTP_SECRET,
        }
        command = [
            sys.executable, "-m", "locust", "-f", str(ROOT / "benchmarks/locustfile.py"),
            "--headless", "--host", stack.url, "--users", str(args.users),
            "--spawn-rate", str(args.spawn_rate), "--run-time", f"{args.duration}s",
            "--stop-timeout", "10", "--csv", str(prefix), "--only-summary",
            "--loglevel", "WARNING", "--exit-code-on-error", "0",
        ]  # fmt: skip
        print(
            f"locust: {args.users} users for {args.duration} s against {stack.url} "
            f"({args.instances} instance(s){', with faults' if args.faults else ''})",
            flush=True,
        )
        faults = _faults(stack, args.duration, fault_log) if args.faults else None
        with open(stack.logs / "locust.log", "ab") as log:
            subprocess.run(command, env=env, check=True, cwd=directory, stdout=log, stderr=log)
        if faults:
            faults.join()

        accepted = collections.Counter(
            accepted_file.read_text().split() if accepted_file.exists() else []
        )
        retried_file = Path(f"{accepted_file}.retried")
        retried = len(retried_file.read_text().split()) if retried_file.exists() else 0
        rows = _rows(stack)
        _wait_for_mail(stack, expected=sum(rows.values()))
        mails = _recipients(stack)
        stats = _stats(prefix)
        _print_stats(stats)

        total = next(row for row in stats if row["Name"] == "Aggregated")
        failures = int(total["Failure Count"])
        exactly_once = set(accepted) == set(rows) == set(mails) and all(
            count == 1 for counter in (accepted, rows, mails) for count in counter.values()
        )
        print(
            f"\nsubmissions accepted {sum(accepted.values())}, rows {sum(rows.values())}, "
            f"confirmation e-mails {sum(mails.values())}: "
            + ("each exactly once" if exactly_once else "MISMATCH")
        )
        if retried:
            print(f"submissions whose answer was lost and that were sent again: {retried}")
        for line in fault_log:
            print(f"fault at {line}")
        print(f"failed requests: {failures}")
        summary = {
            "instances": args.instances,
            "users": args.users,
            "duration": args.duration,
            "faults": fault_log,
            "rps": float(total["Requests/s"]),
            "failures": failures,
            "accepted": sum(accepted.values()),
            "rows": sum(rows.values()),
            "mails": sum(mails.values()),
            "exactly_once": exactly_once,
            "pages": {
                row["Name"]: {key: row[key] for key in ("Requests/s", "50%", "95%", "99%")}
                for row in stats
            },
        }
        results = ROOT / "benchmarks/results"
        results.mkdir(exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        (results / f"loadtest-{stamp}.json").write_text(json.dumps(summary, indent=2))
        ok = exactly_once and sum(rows.values()) > 0 and (args.faults or failures == 0)
        return 0 if ok else 1
    finally:
        stack.stop()
        if args.keep or args.dir:
            print(f"stack folder kept: {directory} (logs in {directory / 'logs'})")
        else:
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
