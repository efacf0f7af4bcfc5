"""Version of govtext."""

__version__ = "0.1.0"
