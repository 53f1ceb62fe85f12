"""Helpers shared by the tests, importable from any test module (``pythonpath = ["tests"]``):
``from support.maps import load``. Fixtures and hooks live in ``conftest.py``, helpers here.

- ``paths``: the checkout (``ROOT``), the test data folders, ``../shared`` (``SHARED``)
- ``markers``: what a test needs (``needs_dot``, ``browser``, ...), skipped with a reason when absent
- ``maps``: inline maps loaded for compact assertions (``load``, ``where``)
- ``processes``: argmap as a real program in its own process
- ``drawing``, ``embed``, ``interop``, ``injection``, ``hostile``, ``fuzz``, ``solvers``,
  ``rulecheck``: helpers of one part of the suite
- ``browser``, ``serve``, ``argdown_cli``, ``mermaid``: real outside programs the tests drive
"""
