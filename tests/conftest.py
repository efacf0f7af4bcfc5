"""Shared pytest configuration.

Hypothesis runs derandomized by default, so the suite is deterministic: the
same checkout passes or fails the same way on every machine. To hunt for new
counter-examples, run with ``HYPOTHESIS_PROFILE=explore`` (random, more
examples); add whatever it finds as an explicit regression case.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_BASE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", _BASE, max_examples=100, derandomize=True)
settings.register_profile("dev", _BASE, max_examples=50, derandomize=True)
settings.register_profile("explore", _BASE, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
