"""The production topology on 127.0.0.1, from the files in deploy/, with its own servers.

    .venv/bin/python -m benchmarks.stack [--instances 2] [--dir /tmp/ballad-stack]

brings up, each as its own process and never touching the machine's shared servers:

- PostgreSQL 15 (``initdb`` in the stack folder, port 5515),
- Redis (port 6415, no persistence),
- an SMTP sink (``aiosmtpd`` writing every message to a Maildir, port 2515),
- the portal: migrate, load_demo, collectstatic (DJANGO_DEBUG off), then two gunicorn
  instances with ``deploy/gunicorn.conf.py`` (ports 8151, 8152) and the ``task_worker``,
- nginx with ``deploy/nginx/ballad.conf`` (rewritten only for host, ports and paths) on
  https://127.0.0.1:8443/ with a self-signed certificate from ``deploy/make-cert.sh``.

It prints the address and waits; Ctrl-C stops everything. ``benchmarks/loadtest.py``
uses :class:`Stack` to run locust against it and to kill pieces mid-run.
"""

import argparse
import mailbox
import os
import re
import secrets
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PG_BIN = Path(
    os.environ.get(
        "BALLAD_PG_BIN",
        next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), "/usr/bin"),
    )
)
PORTS = {"postgres": 5515, "redis": 6415, "smtp": 2515, "https": 8443, "http": 8088}
APP_PORTS = (8151, 8152, 8153, 8154)
# The demo counselors get this password in the stack only (load_demo leaves them without one
# when DEBUG is off); the load test signs in with it.
COUNSELOR_PASSWORD = "stack-only-counselor-password"  # noqa: S105
# ... and this TOTP secret (staff need a second factor for the admin, portal/two_factor.py).
COUNSELOR_TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"  # noqa: S105


def _wait(check, *, what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except Exception:  # noqa: S110 - still starting
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not come up within {seconds:.0f} s")


def _tls_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def fetch(url: str, *, timeout: float = 5) -> int:
    """Status of a GET to ``url`` (self-signed TLS accepted)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout, context=_tls_context()) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


class Stack:
    def __init__(self, directory: Path, *, instances: int = 2, workers: int | None = None):
        self.dir = directory
        self.instances = instances
        self.workers = workers
        self.processes: dict[str, subprocess.Popen] = {}
        self.logs = directory / "logs"
        self.url = f"https://{HOST}:{PORTS['https']}"
        self.database_url = f"postgres://postgres@{HOST}:{PORTS['postgres']}/ballad"
        self.maildir = directory / "maildir"
        self.as_postgres = os.geteuid() == 0  # initdb refuses to run as root

    # --- environment ------------------------------------------------------
    @property
    def env(self) -> dict[str, str]:
        base = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "BALLAD_", "REDIS_", "DATABASE_", "EMAIL_"))
        }
        secret_file = self.dir / "secret_key"
        if not secret_file.exists():
            secret_file.write_text(secrets.token_urlsafe(50))
        return {
            **base,
            "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
            "BALLAD_BENCH_STATIC_ROOT": str(self.dir / "staticfiles"),
            "DJANGO_SECRET_KEY": secret_file.read_text(),
            "DJANGO_ALLOWED_HOSTS": f"{HOST},localhost",
            "DJANGO_CSRF_TRUSTED_ORIGINS": self.url,
            "DJANGO_TRUSTED_PROXY_COUNT": "1",
            "DJANGO_SITE_URL": self.url,
            "DATABASE_URL": self.database_url,
            "REDIS_URL": f"redis://{HOST}:{PORTS['redis']}/0",
            "EMAIL_URL": f"smtp://{HOST}:{PORTS['smtp']}?timeout=5",
            "DJANGO_MEDIA_ROOT": str(self.dir / "media"),
            # The load test comes from one address: the per-IP limit would stop it after
            # ten requests. The per-address limit stays (every simulated SME is unique).
            "BALLAD_COUNSELING_LIMIT_PER_IP": "100000000",
            "DJANGO_LOG_LEVEL": "WARNING",
        }

    def _spawn(self, name: str, command: list[str], **kwargs) -> subprocess.Popen:
        self.logs.mkdir(parents=True, exist_ok=True)
        log = open(self.logs / f"{name}.log", "ab")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, **kwargs
        )
        self.processes[name] = process
        return process

    def _manage(self, *args: str) -> None:
        subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, check=True)

    # --- the pieces -------------------------------------------------------
    def start_postgres(self) -> None:
        data = self.dir / "pg"
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_postgres else []
        if not data.exists():
            data.mkdir(parents=True)
            if self.as_postgres:
                shutil.chown(data, "postgres")
                shutil.chown(self.dir, "postgres")
            subprocess.run(
                [
                    *prefix,
                    str(PG_BIN / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        options = (
            f"-p {PORTS['postgres']} -c listen_addresses={HOST} -c unix_socket_directories={data}"
            " -c max_connections=200 -c shared_buffers=128MB"
        )
        subprocess.run(
            [
                *prefix,
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(data / "server.log"),
                "-o",
                options,
                "-w",
                "start",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        self.psql("postgres", "SELECT 1 FROM pg_database WHERE datname='ballad'", create=True)

    def psql(self, database: str, sql: str, *, create: bool = False) -> str:
        url = f"postgres://postgres@{HOST}:{PORTS['postgres']}/{database}"
        out = subprocess.run(
            [str(PG_BIN / "psql"), url, "-tAc", sql], check=True, capture_output=True, text=True
        ).stdout.strip()
        if create and not out:
            subprocess.run([str(PG_BIN / "psql"), url, "-qc", "CREATE DATABASE ballad"], check=True)
        return out

    def stop_postgres(self) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_postgres else []
        subprocess.run(
            [*prefix, str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "pg"), "-m", "fast", "stop"],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def start_redis(self) -> None:
        self._spawn(
            "redis",
            [
                "redis-server",
                "--port",
                str(PORTS["redis"]),
                "--bind",
                HOST,
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
            ],
        )
        _wait(
            lambda: (
                subprocess.run(
                    ["redis-cli", "-p", str(PORTS["redis"]), "ping"], capture_output=True, text=True
                ).stdout.strip()
                == "PONG"
            ),
            what="Redis",
        )

    def stop_redis(self) -> None:
        self._stop("redis")

    def start_smtp(self) -> None:
        mailbox.Maildir(self.maildir, create=True)
        self._spawn(
            "smtp",
            [
                sys.executable,
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                f"{HOST}:{PORTS['smtp']}",
                "-c",
                "aiosmtpd.handlers.Mailbox",
                str(self.maildir),
            ],
        )
        time.sleep(1)

    def messages(self) -> list:
        return list(mailbox.Maildir(self.maildir, create=False))

    def prepare_portal(self) -> None:
        self._manage("migrate", "--no-input", "-v", "0")
        self._manage("createcachetable")
        self._manage("load_demo")
        self._manage("collectstatic", "--no-input", "-v", "0")
        self._manage("compilemessages", "--ignore=.venv", "-v", "0")
        self._manage(
            "shell",
            "-c",
            "from allauth.mfa.totp.internal.auth import TOTP\n"
            "from portal.models import User\n"
            "from portal.two_factor import staff_has_second_factor\n"
            "for user in User.objects.filter(email__startswith='counselor.'):\n"
            f"    user.set_password({COUNSELOR_PASSWORD!r}); user.save()\n"
            "    if not staff_has_second_factor(user):\n"
            f"        TOTP.activate(user, {COUNSELOR_TOTP_SECRET!r})",
        )

    def start_instance(self, index: int) -> None:
        port = APP_PORTS[index]
        env = {
            **self.env,
            "GUNICORN_BIND": f"{HOST}:{port}",
            "BALLAD_INSTANCE": f"web-{port}",
            "GUNICORN_PROC_NAME": f"ballad-stack-{port}",
        }
        if self.workers:
            env["GUNICORN_WORKERS"] = str(self.workers)
        self._spawn(
            f"web-{index}",
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                str(ROOT / "deploy/gunicorn.conf.py"),
                "ballad.wsgi",
            ],
            cwd=ROOT,
            env=env,
        )
        headers = {"Host": HOST, "X-Forwarded-Proto": "https"}

        def healthy():
            request = urllib.request.Request(f"http://{HOST}:{port}/healthz", headers=headers)
            with urllib.request.urlopen(request, timeout=2) as response:
                return response.status == 200

        _wait(healthy, what=f"gunicorn on {port}", seconds=60)

    def kill_instance(self, index: int) -> None:
        """SIGKILL the whole instance (master and workers): a crash, not a graceful stop."""
        process = self.processes.pop(f"web-{index}")
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def kill_worker(self) -> None:
        """SIGKILL the task worker (as the OOM killer would), then start a new one (systemd's
        ``Restart=always``): the new one finds the dead one's running task and queues it again."""
        process = self.processes.pop("worker")
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        self.start_worker()

    def start_worker(self) -> None:
        self._spawn(
            "worker",
            [sys.executable, "manage.py", "task_worker", "--interval", "0.5"],
            cwd=ROOT,
            env={**self.env, "BALLAD_INSTANCE": "worker"},
        )

    def nginx_config(self) -> str:
        site = (ROOT / "deploy/nginx/ballad.conf").read_text()
        servers = "\n".join(
            f"    server {HOST}:{APP_PORTS[i]} max_fails=1 fail_timeout=10s;"
            for i in range(self.instances)
        )
        site = re.sub(r"(upstream ballad_app \{\n)(    server .*\n)+", rf"\g<1>{servers}\n", site)
        site = site.replace("listen 443 ssl http2;", f"listen {HOST}:{PORTS['https']} ssl http2;")
        site = site.replace("listen 80;", f"listen {HOST}:{PORTS['http']};")
        site = re.sub(r"\s*listen \[::\]:\d+.*;", "", site)
        site = site.replace("server_name ballad.example.org;", f"server_name {HOST} localhost;")
        site = site.replace("/etc/ssl/ballad/", f"{self.dir}/tls/")
        site = site.replace("/srv/ballad/app/staticfiles/", f"{self.dir}/staticfiles/")
        site = site.replace("/var/log/nginx/", f"{self.logs}/")
        site = site.replace("/var/cache/nginx/ballad", f"{self.dir}/nginx-cache")
        modules = "".join(
            f"load_module {path};\n"
            for path in sorted(Path("/usr/lib/nginx/modules").glob("ngx_http_brotli_*.so"))
        )
        if not modules:
            site = site.replace("brotli_static on;", "")
        temp = self.dir / "nginx-temp"
        temp.mkdir(exist_ok=True)
        return (
            f"{modules}worker_processes 1;\npid {self.dir}/nginx.pid;\n"
            f"error_log {self.logs}/nginx-main.log warn;\n"
            "events { worker_connections 4096; }\n"
            "http {\n    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n"
            "    sendfile on;\n    keepalive_timeout 65;\n"
            + "".join(
                f"    {kind}_temp_path {temp}/{kind};\n"
                for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
            )
            + site
            + "\n}\n"
        )

    def start_nginx(self) -> None:
        tls = self.dir / "tls"
        if not (tls / "cert.pem").exists():
            subprocess.run(
                [str(ROOT / "deploy/make-cert.sh"), str(tls), HOST],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        conf = self.dir / "nginx.conf"
        conf.write_text(self.nginx_config())
        subprocess.run(["nginx", "-t", "-q", "-c", str(conf)], check=True)
        self._spawn("nginx", ["nginx", "-c", str(conf), "-g", "daemon off;"])
        _wait(lambda: fetch(f"{self.url}/healthz") == 200, what="nginx")

    def _stop(self, name: str) -> None:
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    # --- all of it --------------------------------------------------------
    def start(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        self.dir.chmod(0o755)  # PostgreSQL and nginx's workers run as other users
        print(f"Stack folder {self.dir}", flush=True)
        self.start_postgres()
        self.start_redis()
        self.start_smtp()
        print("PostgreSQL, Redis and the SMTP sink are up; preparing the portal", flush=True)
        self.prepare_portal()
        for index in range(self.instances):
            self.start_instance(index)
        self.start_worker()
        self.start_nginx()
        print(f"The portal answers on {self.url}/ ({self.instances} instances)", flush=True)

    def stop(self) -> None:
        for name in ["nginx", *sorted(self.processes)]:
            self._stop(name)
        self.stop_postgres()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--instances", type=int, default=2, choices=range(1, len(APP_PORTS) + 1))
    parser.add_argument("--dir", type=Path, help="stack folder (default: a new temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the stack folder afterwards")
    args = parser.parse_args()
    directory = args.dir or Path(tempfile.mkdtemp(prefix="ballad-stack-"))
    stack = Stack(directory, instances=args.instances)
    try:
        stack.start()
        print("Ctrl-C stops it.", flush=True)
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        stack.stop()
        if not (args.keep or args.dir):
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
