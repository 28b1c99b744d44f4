"""``assert_valid_html({name: html, …})``: the Nu HTML Checker (vnu.jar from npm) over many pages at once.

One Java start per call, so collect every page of a test first and validate them together.
"""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_JAR = ROOT / ".cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar"


def _jar() -> Path | None:
    jar = Path(os.environ.get("VNU_JAR") or DEFAULT_JAR)
    return jar if jar.exists() and shutil.which("java") else None


def html_errors(pages: dict[str, str]) -> list[str]:
    jar = _jar()
    if jar is None:
        if os.environ.get("CI"):
            pytest.fail(
                "The Nu HTML Checker is missing: run `make install-test` (needs npm and java)"
            )
        pytest.skip("The Nu HTML Checker is not installed (make install-test)")
    with tempfile.TemporaryDirectory(prefix="ballad-vnu-") as folder:
        names = {}
        for index, (name, html) in enumerate(pages.items()):
            path = Path(folder) / f"page{index}.html"
            path.write_text(html, encoding="utf-8")
            names[path.name] = name
        result = subprocess.run(  # noqa: S603 - fixed arguments
            ["java", "-Xss1m", "-jar", str(jar), "--errors-only", "--format", "json", folder],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = []
    for message in messages:
        if message.get("type") == "error" or message.get("subType") == "fatal":
            url = message.get("url", "?")
            page = names.get(url.rsplit("/", 1)[-1], url)
            errors.append(f"{page}:{message.get('lastLine', '?')}: {message.get('message')}")
    return errors


def assert_valid_html(pages: dict[str, str]) -> None:
    errors = html_errors(pages)
    assert not errors, "The Nu HTML Checker found errors:\n" + "\n".join(errors)
