"""Contract tests for any implementation of ``openapi.yaml``: behaviour, not only shapes.

Behavioural properties derived from the spec (its links and ``x-contract`` extensions): read-your-writes,
delete means gone, paging and counts, isolation of two users, sharing, completions, boundary values, a
model-based state machine; plus schemathesis (stateless, stateful, ``object_level_authorization`` with two
peers, and its CLI). ``README.md`` next to this file says how to run them against a live server, what
each property checks, and which planted bugs (``scripts/mutants``) they catch.

By default every test calls the bundled mock server in-process (ASGI, no network) with fresh demo data.
Environment variables:

``CONTRACT_BASE_URL``, ``CONTRACT_TOKEN``, ``CONTRACT_OTHER_TOKEN``
    A live server (URL including ``/api/v1``) and the bearer tokens of two different users. Live mode
    needs nothing from ``mock_server``. Without ``CONTRACT_OTHER_TOKEN`` the two-user tests are skipped.
``CONTRACT_PROFILE`` (``quick`` | ``ci``)
    The budget; default ``ci`` when ``CI`` is true, else ``quick`` (:mod:`contract_tests.profiles`).
``CONTRACT_SEED``
    The generation seed (default fixed, so runs repeat); an integer, or ``random``.
``CONTRACT_REPORTS``
    Where reports go (default ``reports/``).
``CI``
    ``true`` selects the ci profile and writes JUnit XML to ``reports/pytest-junit.xml``.

The command ``h2ogpte-contract URL --token T --other-token T2`` (:mod:`contract_tests.cli`) runs it all.
"""
