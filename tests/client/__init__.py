"""Tests of the generated typed client (generated_client/) and of scripts/generate_client."""
