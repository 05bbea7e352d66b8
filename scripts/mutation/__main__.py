"""``python -m scripts.mutation``: the same as ``scripts/mutants``."""

import sys

from .cli import main

sys.exit(main())
