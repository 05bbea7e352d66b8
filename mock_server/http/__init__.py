"""HTTP glue below the API and the admin API: ASGI layers that know nothing of h2oGPTe."""
