"""README's recipes, run as written against a fresh server."""
