"""The benchmark behind ``scripts/bench``: the mock server against Stoplight Prism and a framework ceiling.

Modules, one job each: ``dataset`` fills a store, ``ceiling`` is the bare constant-body app, ``serve`` runs
either in a server process, ``servers`` starts and stops the servers, ``scenarios`` says what is requested,
``wrk`` and ``streaming`` generate load, ``matrix`` runs the main comparison, ``scale``, ``memory`` and
``decode`` the other measurements, ``report`` and ``chart`` present the results, ``cli`` ties them together.
"""
