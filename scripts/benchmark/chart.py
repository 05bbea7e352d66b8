"""Draw the run as a PNG: requests per second and p99 latency of each server, scenario by scenario."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: no display on a server or in CI

import matplotlib.pyplot as plt

from .results import Results, summarize
from .scenarios import SCENARIOS

__all__ = ["write_chart"]

_COLOURS = {"mock": "#1f77b4", "ceiling": "#7f7f7f", "prism-quiet": "#ff7f0e", "prism-default": "#d62728"}


def write_chart(results: Results, path: Path) -> int:
    """Write the chart for the connection count nearest 16; return the connection count shown."""
    conns = min(results.connections, key=lambda c: abs(c - 16))
    table = summarize(results.matrix)
    scenarios = [s for s in SCENARIOS if (("mock", s.name, conns) in table)]
    figure, (top, bottom) = plt.subplots(2, 1, figsize=(11, 7.5), sharex=True)
    width = 0.8 / len(results.targets)
    for index, target in enumerate(results.targets):
        xs = [i + (index - (len(results.targets) - 1) / 2) * width for i in range(len(scenarios))]
        cells = [table.get((target.name, s.name, conns)) for s in scenarios]
        colour = _COLOURS.get(target.name)
        top.bar(xs, [c.rps if c else 0 for c in cells], width, label=target.label, color=colour)
        bottom.bar(xs, [c.p99_ms if c else 0 for c in cells], width, label=target.label, color=colour)
        for x, cell in zip(xs, cells, strict=True):
            if cell is None:
                top.text(x, 0, "n/a", ha="center", va="bottom", fontsize=7, rotation=90)
    top.set_ylabel("requests/s (streams/s when streamed)")
    top.set_title(f"Throughput and p99 latency at {conns} connections (higher is better above, lower below)")
    top.legend(ncols=len(results.targets), fontsize=8, loc="upper right")
    top.grid(axis="y", alpha=0.3)
    bottom.set_ylabel("p99 latency, ms (first line when streamed)")
    bottom.grid(axis="y", alpha=0.3)
    bottom.set_xticks(range(len(scenarios)), [s.title for s in scenarios], rotation=15)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return conns
