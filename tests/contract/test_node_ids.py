"""Every contract test has a node id of its own: pytest-xdist (scripts/test runs the suite on every core),
``--lf`` and ``--deselect`` know tests by id, and one id for many tests runs just one of them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

from contract_tests.spec import REPO
from tests.spec._spec import operations


def test_every_contract_test_has_its_own_node_id() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONTRACT_")}
    command = [
        sys.executable,
        "-m",
        "pytest",
        "--collect-only",
        "-q",
        "-p",
        "no:cacheprovider",
        "contract_tests",
    ]
    listed = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert listed.returncode == 0, listed.stdout[-2000:] + listed.stderr[-2000:]
    ids = [line for line in listed.stdout.splitlines() if "::" in line]
    repeated = {node_id: n for node_id, n in Counter(ids).items() if n > 1}
    assert ids and not repeated, repeated
    # schemathesis makes one test per operation of the spec; each must be there under its own id.
    stateless = [i for i in ids if i.startswith("contract_tests/test_stateless.py::test_operation_conforms[")]
    assert len(stateless) == len(list(operations()))
