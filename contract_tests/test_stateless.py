"""Stateless contract tests: every operation of ``openapi.yaml``, all phases, all checks.

schemathesis runs its examples, coverage and fuzzing phases with positive and negative data for each
operation. Each operation starts from fresh demo data (in-process) with seeded resources, and
:class:`~contract_tests.suite.Steering` points most cases at them. Two guards make sure this tested
something: every operation answered at least one 2xx, and enough calls overall did.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from schemathesis import Case

from .conftest import call_passed, run_is_failing
from .hooks import offers_jsonl
from .profiles import current_profile
from .seeding import forget, seed
from .suite import StatusLog, Steering, load_schema
from .target import target_from_env
from .users import User

PROFILE = current_profile()
TARGET = target_from_env()
SCHEMA = load_schema(TARGET, PROFILE)
LOG = StatusLog()

# At least this share of the schema-valid generated calls (OPTIONS excluded) must succeed, over a whole run
# of the module.
MIN_SUCCESS_RATIO = 0.30
# The ratio is only meaningful over many calls (it is skipped when `-k` selects a handful of operations).
MIN_CALLS_FOR_RATIO = 300


@pytest.fixture(scope="module", autouse=True)
def success_ratio_guard(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if run_is_failing(request):
        return  # the failure already reported says more than a ratio would
    ok, total = LOG.totals()
    print(f"schema-valid calls answered 2xx: {ok} of {total}")
    if total >= MIN_CALLS_FOR_RATIO:
        assert ok / total >= MIN_SUCCESS_RATIO, (
            f"only {ok} of {total} schema-valid calls got a 2xx ({ok / total:.0%}); wrong token or "
            f"unreachable data? per operation: { {k: dict(c) for k, c in sorted(LOG.statuses.items())} }"
        )


@pytest.fixture
def steering(request: pytest.FixtureRequest) -> Iterator[Steering]:
    """Fresh state and seeded resources for one operation; fails it if none of its calls got a 2xx."""
    TARGET.reset()
    user = User(TARGET, "first")
    seeded = seed(user)
    yield Steering(user, seeded)
    forget(user, seeded)
    label = getattr(request.node, "operation_label", None)
    if label is None or not call_passed(request.node):
        return
    method, path = label.split(" ", 1)
    problems = LOG.problems(label, streaming=offers_jsonl(SCHEMA[path][method]))
    if problems:
        pytest.fail("; ".join(problems))


@SCHEMA.parametrize()
# The fixture holds per-operation state on purpose: fresh demo data and seed for all of an operation's cases.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_operation_conforms(case: Case[Any], steering: Steering) -> None:
    steering.steer(case)
    kwargs = TARGET.call_kwargs()
    response = case.call(**kwargs)
    LOG.record(case, response)
    case.validate_response(response, transport_kwargs=kwargs)
