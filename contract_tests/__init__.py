"""Contract tests: schemathesis against any implementation of ``openapi.yaml``, proven to catch faults.

Run them with pytest (they are part of ``scripts/test``)::

    .venv/bin/python -m pytest contract_tests                 # quick profile, in-process mock server
    CI=true .venv/bin/python -m pytest contract_tests         # ci profile, plus reports/pytest-junit.xml

By default every test calls the bundled mock server in-process (ASGI, no network), with fresh demo data
for each operation of the stateless tests and for each scenario of the stateful ones.

Environment variables:

``CONTRACT_BASE_URL`` and ``CONTRACT_TOKEN``
    Run the stateless and stateful tests against a live server instead, e.g.
    ``CONTRACT_BASE_URL=http://127.0.0.1:8000/api/v1 CONTRACT_TOKEN=demo-token``. The URL includes
    ``/api/v1``; the token is a valid bearer token of one user. A live server keeps its state: the tests
    create their own collections, sessions and templates (and delete what the stateless set-up created).
    ``CONTRACT_TOKEN`` alone changes the token sent to the in-process server (default ``demo-token``).
    The fault-injection and CLI tests always use their own local servers.
``CONTRACT_PROFILE`` (``quick`` | ``ci``)
    The budget (examples per operation, stateful scenarios and steps, fault and CLI runs). Default:
    ``ci`` when ``CI`` is true, else ``quick``; see :mod:`contract_tests.profiles`.
``CONTRACT_SEED``
    The generation seed (default fixed, so runs repeat); an integer, or ``random``.
``CI``
    ``true`` selects the ci profile and writes JUnit XML to ``reports/pytest-junit.xml``.

Modules:

- :mod:`~contract_tests.test_stateless` - every operation; examples, coverage and fuzzing phases;
  positive and negative data; every check; cases steered at seeded resources; success guards.
- :mod:`~contract_tests.test_stateful` - state machines over the spec's links and inferred ones.
- :mod:`~contract_tests.test_cli` - ``st run openapi.yaml --url ...`` with ``schemathesis.toml``, reports
  in ``reports/``.
- :mod:`~contract_tests.test_faults` - each planted fault (:mod:`~contract_tests.faults`) is caught by the
  expected check, and the unbroken server passes the same runs.
- :mod:`~contract_tests.hooks` - the ``application/jsonl`` deserializer, the ``jsonl_stream_conforms``
  check and the hooks both pytest and the CLI load (``hooks = "contract_tests.hooks"``).
- :mod:`~contract_tests.target`, :mod:`~contract_tests.suite`, :mod:`~contract_tests.engine`,
  :mod:`~contract_tests.profiles` - the server under test, schema loading and case steering, a bounded
  engine run, and the budgets.

The CLI against a running server (from the repo root, which holds ``schemathesis.toml``)::

    CONTRACT_TOKEN=demo-token .venv/bin/st run openapi.yaml --url http://127.0.0.1:8000/api/v1 \\
        --max-examples 10 --report junit --report-dir reports
"""
