"""The planted bugs: each one targeted text edit of the mock server, as a realistic slip would make it.

Each edit names its file, the exact text it replaces (which must occur exactly once, so a mutant that no
longer applies after a refactoring fails loudly instead of silently testing the unbroken server) and the
text that replaces it. They sit in the layers whose code changes least: controllers (``mock_server/api``),
the services' visible behaviour and the views.
"""

from __future__ import annotations

from .access import ACCESS_MUTANTS
from .mutant import CLASSES, Mutant
from .records import RECORD_MUTANTS

__all__ = ["CLASSES", "MUTANTS", "Mutant"]

MUTANTS: tuple[Mutant, ...] = RECORD_MUTANTS + ACCESS_MUTANTS
