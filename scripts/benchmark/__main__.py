"""``python -m scripts.benchmark``: the same as ``scripts/bench``."""

import sys

from .cli import main

sys.exit(main())
