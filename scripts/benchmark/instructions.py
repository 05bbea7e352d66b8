"""Instructions per request of each tree's in-memory mock, counted by valgrind's callgrind.

In process, wall time still moves by a few per cent with whatever else a shared machine runs; the
instructions a request executes do not (callgrind simulates the CPU: two runs of the same tree agree
within 1-2%, the rest being garbage collections and allocator luck). Each tree runs ``inprocess.py``
under valgrind with ``--callgrind``, so only the loops of requests are counted: a small C library, built
here from valgrind's own header, switches counting on before each loop and dumps the count after it.
Needs Debian's ``valgrind`` (with its headers) and a C compiler.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from . import inprocess
from .inprocess import READS

__all__ = ["HEADER", "REQUESTS", "count_trees", "instructions_table", "missing"]

HEADER = Path("/usr/include/valgrind/callgrind.h")
REQUESTS = 2000  # per read: enough for a few garbage collections to average out

_TOGGLE = """\
#include <valgrind/callgrind.h>
void start(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void stop(void) { CALLGRIND_STOP_INSTRUMENTATION; CALLGRIND_DUMP_STATS; }
"""


def missing() -> str | None:
    """What this machine lacks to count instructions, or None."""
    if shutil.which("valgrind") is None or not HEADER.exists():
        return "valgrind with its headers (Debian package valgrind)"
    if shutil.which("cc") is None:
        return "a C compiler (cc)"
    return None


def _total(dump: Path) -> int:
    # A dump's header says "summary: 0" here; its last lines give the count.
    for line in reversed(dump.read_text().splitlines()):
        if line.startswith("totals:"):
            return int(line.split()[1])
    raise RuntimeError(f"{dump} holds no totals")


def _count_tree(tree: Path, requests: int, toggle: Path, out: Path) -> dict[str, float]:
    out.mkdir()
    subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={out}/callgrind.%p",
            "-q",
            sys.executable,
            "-P",
            inprocess.__file__,
            "--callgrind",
            str(toggle),
            "--requests",
            str(requests),
        ],
        cwd=tree,
        # A fixed hash seed: the same dict layouts, so the same instructions, in every run.
        env={**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"},
        check=True,
        capture_output=True,
    )
    # One dump per read (callgrind.<pid>.1, .2, ...), in READS' order; the file without a number is the
    # count after the last dump, at exit.
    dumps = sorted(out.glob("callgrind.*.*"), key=lambda p: int(p.suffix[1:]))
    return {read: _total(dump) / requests for read, dump in zip(READS, dumps, strict=True)}


def count_trees(
    trees: Mapping[str, Path], requests: int, say: Callable[[str], None]
) -> dict[str, dict[str, float]]:
    """Name -> read -> instructions per request, for each tree (a checkout) in turn."""
    with tempfile.TemporaryDirectory(prefix="bench-instructions-") as tmp:
        source, toggle = Path(tmp, "toggle.c"), Path(tmp, "toggle.so")
        source.write_text(_TOGGLE)
        subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", str(toggle), str(source)], check=True)
        found = {}
        for name, tree in trees.items():
            say(f"instructions under callgrind: {name}")
            found[name] = _count_tree(tree, requests, toggle, Path(tmp, name))
        return found


def instructions_table(counted: Mapping[str, Mapping[str, float]], requests: int = REQUESTS) -> list[str]:
    """``count_trees``' results for "memory" against "memory_base" as Markdown lines."""
    lines = [
        "",
        f"Instructions per request (valgrind's callgrind, {requests:,} requests of each read after a"
        " warm-up; the same count, within 1-2%, however busy the machine):",
        "",
        "| request | in memory | previous in memory | previous in memory |",
        "|---|---|---|---|",
    ]
    for read, title in READS.items():
        now, before = counted["memory"][read], counted["memory_base"][read]
        lines.append(f"| {title} | {now:,.0f} | {before:,.0f} | {now / before:.2f}\u00d7 |")
    return lines
