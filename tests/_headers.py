"""The ``Authorization`` headers of the tests' requests, built from the mock's default tokens."""

from typing import Final

from mock_server.settings import ADMIN_TOKEN, DEMO_TOKEN

__all__ = ["ADMIN", "USER"]

# The admin API's token (``--admin-token``'s default).
ADMIN: Final = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
# The seeded demo user's API key.
USER: Final = {"Authorization": f"Bearer {DEMO_TOKEN}"}
