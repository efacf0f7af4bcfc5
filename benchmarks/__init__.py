"""govtext benchmarks: speed, memory, scaling and quality against a baseline.

Run ``python benchmarks/run.py`` from the project root (``--quick`` for a
smoke run); see ``benchmarks/README.md``.
"""
