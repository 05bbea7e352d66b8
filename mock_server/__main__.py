"""``python -m mock_server``: run the mock server."""

from .cli import main

raise SystemExit(main())
