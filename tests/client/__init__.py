"""Tests of the generated typed client (gpte_client/) and of scripts/generate_client."""
