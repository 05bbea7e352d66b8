"""The benchmark compares like with like: the ceiling answers the reads byte for byte as the mock does,
and the in-process layer breakdown runs."""

from __future__ import annotations

import pytest
from litestar.testing import TestClient

from mock_server import Settings, create_app
from mock_server.store import InMemoryStore
from scripts.benchmark import backends, inprocess, instructions, layers, startup
from scripts.benchmark.ceiling import constant_bodies, create_ceiling_app
from scripts.benchmark.dataset import fill
from scripts.benchmark.matrix import Cell, Measurement
from scripts.benchmark.scenarios import SCALE_SCENARIOS, Scenario
from scripts.benchmark.servers import ROOT


@pytest.mark.parametrize("scenario", SCALE_SCENARIOS, ids=lambda s: s.name)
def test_the_ceiling_answers_each_read_as_the_mock_does(scenario: Scenario) -> None:
    store = InMemoryStore()
    dataset = fill(store, 100, 1000)
    ceiling = create_ceiling_app(constant_bodies(store, dataset))
    mock = create_app(Settings(), store)
    request = scenario.request
    answers = []
    for app in (mock, ceiling):
        with TestClient(app) as client:
            response = client.request(request.method, f"/api/v1{request.path}", headers=dict(request.headers))
            assert response.status_code == scenario.status
            answers.append(response.content)
    assert answers[0] == answers[1]
    assert len(answers[0]) > 300


def test_the_layer_breakdown_measures_every_variant(capsys: pytest.CaptureFixture[str]) -> None:
    assert layers.main(["--runs", "1", "--requests", "20"]) == 0
    out = capsys.readouterr().out
    for variant in (
        "framework ceiling",
        "ceiling + offset/limit",
        "mock without auth, faults and log",
        "mock",
    ):
        assert out.count(variant) >= 1, variant
    # Both reads are measured, each with a figure per variant.
    assert "get a session" in out and "list sessions" in out
    figures = [line.split()[-1] for line in out.splitlines() if line.startswith("  ")]
    assert len(figures) == 6 + 8 and all(float(f) > 0 for f in figures)


def test_the_startup_benchmark_times_both_servers() -> None:
    figures = startup.measure(rounds=1)
    assert figures["mock_s"] > 0 and figures["reference_s"] > 0
    assert figures["ratio"] == figures["mock_s"] / figures["reference_s"]


def test_the_backend_report_gives_ratios_of_the_in_memory_backend_and_the_round_trip() -> None:
    def cell(target: str, scenario: str, connections: int, rps: float) -> Measurement:
        return Measurement(
            target=target,
            scenario=scenario,
            connections=connections,
            round=1,
            cell=Cell(rps=rps, p50_ms=1000 / rps, p99_ms=2000 / rps, requests=int(rps), errors=0),
        )

    rates = {"memory": 4000.0, "memory_base": 4000.0, "sqlite": 3000.0, "postgresql": 1000.0}
    matrix = [
        cell(target, scenario, connections, rate)
        for target, rate in rates.items()
        for scenario in ("list_sessions", "get_session", "create_session", "list_messages")
        for connections in (1, 16)
    ]
    text = backends.report(
        backends.BackendResults(base="0123456789abcdef", matrix=matrix, pg_round_trip_us=87.4), (1, 16)
    )
    assert "| get a session | 16 | 4,000 | 1.00\u00d7 | 0.75\u00d7 | 0.25\u00d7 |" in text
    assert "took 87 µs in this run" in text
    assert "at one connection in 250 µs (p50)" in text


def test_the_in_process_comparison_measures_both_trees_and_reports_time_ratios() -> None:
    # The same checkout twice: every read measured in each "tree", once per round, by the file's own run
    # (small runs: this checks what is measured and reported, not the figures).
    trees = {"memory": ROOT, "memory_base": ROOT}
    found = inprocess.compare_trees(trees, 1, 0, lambda _: None, runs=2, requests=500)
    assert {name: sorted(reads) for name, reads in found.items()} == {
        name: sorted(inprocess.READS) for name in ("memory", "memory_base")
    }
    assert all(len(v) == 1 and v[0] > 0 for reads in found.values() for v in reads.values())
    # A current tree 10% slower than the previous commit reads as 1.10x, as a throughput ratio would.
    slower = {
        "memory": {read: [33.0] for read in inprocess.READS},
        "memory_base": {read: [30.0] for read in inprocess.READS},
    }
    assert "| get a session | 33.0 | 30.0 | 1.10\u00d7 |" in inprocess.in_process_table(slower)


def test_callgrind_counts_each_reads_instructions_and_the_table_gives_their_ratio() -> None:
    assert instructions.missing() is None
    found = instructions.count_trees({"memory": ROOT}, 50, lambda _: None)
    # A read through the whole app runs a few hundred thousand instructions; a count of the warm-up or
    # of the start-up would be tens of millions, and a count of nothing zero.
    assert sorted(found["memory"]) == sorted(inprocess.READS)
    assert all(100_000 < count < 2_000_000 for count in found["memory"].values()), found
    slower = {"memory": {read: 330_000.0 for read in inprocess.READS}}
    slower["memory_base"] = {read: 300_000.0 for read in inprocess.READS}
    assert "| list messages | 330,000 | 300,000 | 1.10\u00d7 |" in instructions.instructions_table(slower)
