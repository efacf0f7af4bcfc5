"""Script conversion (Traditional/Simplified) and character-level filters."""

from govtext.script.backend import OpenCCBackend, describe_backend, detect_backend

__all__ = ["OpenCCBackend", "describe_backend", "detect_backend"]
