"""Building the toolkit's three distributions as wheels, and an offline wheelhouse of their dependencies."""
