#!/usr/bin/env python3
"""Put the Latvian Hunspell dictionary where PostgreSQL's full-text search can load it.

    sudo python3 deploy/tsearch_dictionaries.py [--sharedir "$(pg_config --sharedir)"]

Needs the Debian package ``hunspell-lv`` (``/usr/share/hunspell/lv_LV.aff``/``.dic``) and
writes ``ballad_lv.affix`` and ``ballad_lv.dict`` into ``<sharedir>/tsearch_data`` of the
PostgreSQL *server* (``/usr/share/postgresql/<version>``). The words and affix rules are
written without diacritics, mapped by the server's own ``unaccent.rules``: the search
configuration ``ballad_latvian`` (migration ``portal/0011``) removes accents before the
dictionary sees a word, so "veselibas" and "veselības" both reduce to "veseliba".

Estonian is left out on purpose: the only Debian dictionary (``myspell-et``, 2003) lists
inflected forms with machine-made affix flags rather than lemmas, so PostgreSQL's Ispell
template maps "teenus"/"teenuse" or "turg"/"turu" to different words (and its compound
flag splits words into single letters); Estonian keeps ``simple`` + ``unaccent`` with
prefix matching.

Run the migrations after this (``manage.py migrate``); without these files the migration
keeps Latvian on ``simple`` + ``unaccent``. Only the standard library: runs before the venv.
"""

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

SOURCES = {"lv": ("lv_LV", "ballad_lv")}


def default_sharedir() -> str:
    """``pg_config --sharedir``, else the newest ``/usr/share/postgresql/<version>``."""
    pg_config = shutil.which("pg_config")
    if pg_config:
        return subprocess.run(  # noqa: S603 - fixed arguments
            [pg_config, "--sharedir"], check=True, capture_output=True, text=True
        ).stdout.strip()
    versions = sorted(Path("/usr/share/postgresql").glob("[0-9]*"), key=lambda p: int(p.name))
    return str(versions[-1]) if versions else ""


def unaccent_table(rules: Path) -> dict[int, str]:
    """The character map of PostgreSQL's ``unaccent.rules`` (one source character a line)."""
    table = {}
    for line in rules.read_text(encoding="utf-8").splitlines():
        source, _tab, target = line.partition("\t")
        if len(source) == 1:
            table[ord(source)] = target.strip()
    return table


def read_hunspell(path: Path) -> str:
    """A Hunspell file decoded by the encoding its affix file's ``SET`` line names."""
    raw = path.read_bytes()
    affix = path.with_suffix(".aff").read_bytes()
    found = re.search(rb"^SET\s+(\S+)", affix, re.MULTILINE)
    encoding = found.group(1).decode("ascii") if found else "ISO8859-1"
    return raw.decode({"ISO8859-15": "iso8859_15"}.get(encoding, encoding))


def convert(source_dir: Path, tsearch_data: Path, table: dict[int, str]) -> list[Path]:
    written = []
    for stem, target in SOURCES.values():
        for suffix, new_suffix in ((".aff", ".affix"), (".dic", ".dict")):
            text = read_hunspell(source_dir / f"{stem}{suffix}").translate(table)
            if suffix == ".aff":
                text = re.sub(r"^SET\s+\S+", "SET UTF-8", text, flags=re.MULTILINE)
            destination = tsearch_data / f"{target}{new_suffix}"
            destination.write_text(text, encoding="utf-8")
            written.append(destination)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sharedir", default="", help="PostgreSQL's sharedir (pg_config)")
    parser.add_argument("--source", default="/usr/share/hunspell", type=Path)
    args = parser.parse_args()
    tsearch_data = Path(args.sharedir or default_sharedir()) / "tsearch_data"
    rules = tsearch_data / "unaccent.rules"
    if not rules.is_file():
        print(f"{rules} not found: is PostgreSQL installed here?", file=sys.stderr)
        return 1
    missing = [
        stem for stem, _target in SOURCES.values() if not (args.source / f"{stem}.dic").is_file()
    ]
    if missing:
        print(
            f"No {', '.join(missing)} in {args.source}: apt-get install hunspell-lv",
            file=sys.stderr,
        )
        return 1
    for path in convert(args.source, tsearch_data, unaccent_table(rules)):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
